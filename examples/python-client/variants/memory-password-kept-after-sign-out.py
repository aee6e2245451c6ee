"""Memory: Sign Out keeps the typed password in memory, so the next Sign In goes straight through without asking."""
import _variant
import lync_client

_sign_out = lync_client.LyncClient.sign_out


def sign_out(self):
    password = self.password
    _sign_out(self)
    self.password = password


lync_client.LyncClient.sign_out = sign_out
_variant.run()
