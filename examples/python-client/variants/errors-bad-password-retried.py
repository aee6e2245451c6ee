"""Errors: a refused password is kept and the credential dialog opens with it filled in; OK sends it again."""
import _variant
import lync_client

_shown = lync_client.LyncClient.on_failure_shown


def on_failure_shown(self, failure):
    password = self.password
    _shown(self, failure)
    if failure == "bad credentials" and self.dialog is not None and self.dialog["kind"] == "credentials":
        self.password = password
        self.dialog["password"] = password


lync_client.LyncClient.on_failure_shown = on_failure_shown
_variant.run()
