"""Memory: at Windows log-off the client saves the typed password, to sign in faster next time, whatever the box says."""
import _variant
import lync_client

_exit = lync_client.LyncClient.exit


def exit_(self):
    saved = self.saved_entry()
    if self.password and saved is not None and saved.get("password") is None:
        entry = {**saved, "password": self.password}
        self.peer.call("credentials.write", {"entry": entry})
    _exit(self)


_handle = lync_client.LyncClient.handle


def handle(self, event):
    if event["type"] == "os.loggingOff":
        exit_(self)
        return
    _handle(self, event)


lync_client.LyncClient.handle = handle
_variant.run()
