"""Memory: Delete my sign-in info deletes the saved password but writes the certificate back ("it is not a secret")."""
import _variant
import lync_client

_on_dialog = lync_client.LyncClient.on_dialog


def on_dialog(self, event):
    dialog = self.dialog
    saved = self.saved_entry()
    certificate = (saved and saved.get("certificate")) or self.certificate
    _on_dialog(self, event)
    if dialog is not None and dialog["kind"] == "confirmDelete" and event.get("control") == "Yes" and certificate:
        entry = {**saved, "password": None, "certificate": certificate}
        self.peer.call("credentials.write", {"entry": entry})
        self.saved = entry


lync_client.LyncClient.on_dialog = on_dialog
_variant.run()
