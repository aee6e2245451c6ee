"""Trust: "Always trust this server" is honoured for this sign-in only and never written to the settings."""
import _variant
import lync_client

_on_dialog = lync_client.LyncClient.on_dialog


def on_dialog(self, event):
    if self.dialog is not None and self.dialog["kind"] == "trustServer":
        self.dialog["always"] = False
    return _on_dialog(self, event)


lync_client.LyncClient.on_dialog = on_dialog
_variant.run()
