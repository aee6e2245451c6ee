"""Errors: the sign-in failure log is uploaded even when DisableAutomaticSendTracing is set by the user's policy."""
import _variant
import lync_client

_policy = lync_client.lync_admin.policy


class _Admin:
    def __getattr__(self, name):
        return getattr(lync_client.lync_admin_module, name)

    @staticmethod
    def policy(admin, name):
        if name == "disableAutomaticSendTracing":
            return admin["policies"]["machine"].get(name)
        return _policy(admin, name)


lync_client.lync_admin_module = lync_client.lync_admin
lync_client.lync_admin = _Admin()
_variant.run()
