"""Timing: GalDownloadInitialDelay not configured read as 0: the address book downloads at once, not after a
random wait of up to 60 minutes."""
import _variant
import lync_address_book

_policy = lync_address_book.lync_admin.policy


class _Admin:
    @staticmethod
    def policy(admin, name):
        value = _policy(admin, name)
        return 0 if name == "galDownloadInitialDelay" and value is None else value


lync_address_book.lync_admin = _Admin
_variant.run()
