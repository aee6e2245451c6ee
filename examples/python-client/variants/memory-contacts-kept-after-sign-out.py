"""Memory: Sign Out keeps the presence choice and the contact list, as a dropped connection does (MU-06)."""
import _variant
import lync_presence

_signed_out = lync_presence.Presence.signed_out


def signed_out(self, keep_choice=False):
    _signed_out(self, keep_choice=True)


lync_presence.Presence.signed_out = signed_out
_variant.run()
