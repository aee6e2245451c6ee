"""Errors: Sign Out during a delayed sign-in leaves the 30-second retry running, and the retry signs in again."""
import _variant
import lync_client

_sign_out = lync_client.LyncClient.sign_out
_handle = lync_client.LyncClient.handle


def sign_out(self):
    retrying = self.phase == "signingIn"
    _sign_out(self)
    if retrying:
        self.peer.call("timer.set", {"name": lync_client.RETRY_TIMER, "ms": lync_client.RETRY_MS})


def handle(self, event):
    if event["type"] == "timer.fired" and event["name"] == lync_client.RETRY_TIMER and self.phase == "signedOut":
        self.phase = "signingIn"
    _handle(self, event)


lync_client.LyncClient.sign_out = sign_out
lync_client.LyncClient.handle = handle
_variant.run()
