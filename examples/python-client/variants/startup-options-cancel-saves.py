"""Startup: Cancel in Options saves the startup options as OK does."""
import _variant
import lync_client

_on_dialog = lync_client.LyncClient.on_dialog


def on_dialog(self, event):
    if self.dialog is not None and self.dialog["kind"] == "options" and event["type"] == "user.click" \
            and event.get("window") == "options" and event.get("control") == "Cancel":
        event = {**event, "control": "OK"}
    return _on_dialog(self, event)


lync_client.LyncClient.on_dialog = on_dialog
_variant.run()
