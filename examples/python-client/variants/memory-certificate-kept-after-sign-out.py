"""Memory: Sign Out keeps this session's certificate, so the next sign-in registers with it without asking."""
import _variant
import lync_client

_sign_out = lync_client.LyncClient.sign_out


def sign_out(self):
    certificate = self.certificate
    _sign_out(self)
    self.certificate = certificate


lync_client.LyncClient.sign_out = sign_out
_variant.run()
