"""Memory: the password is saved at sign-in even with Save my password cleared (the box read only at start)."""
import _variant
import lync_client

_signed_in = lync_client.LyncClient.signed_in


def signed_in(self, session_id, endpoint):
    self.save_password = True
    _signed_in(self, session_id, endpoint)


lync_client.LyncClient.signed_in = signed_in
_variant.run()
