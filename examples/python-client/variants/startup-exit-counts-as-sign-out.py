"""Startup: Exit is recorded as a Sign Out by hand (signedOutByUser), so with the assumption's alternative the next
logon waits for the password after an Exit too. Under the default it shows only in the registry."""
import _variant
import lync_client

_exit = lync_client.LyncClient.exit


def exit_(self):
    if self.phase in ("signedIn", "signingIn", "reconnecting"):
        self.peer.call("settings.write", {"patch": {"signedOutByUser": True}})
    _exit(self)


lync_client.LyncClient.exit = exit_
_variant.run()
