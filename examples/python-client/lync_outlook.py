"""Outlook's default mail profile in the example client (KB 2436962): read at every sign-in. A default profile for
another mailbox than the sign-in address (letter case aside) brings a message to the contact list's message line,
until a sign-in reads a matching one."""
import json
import os

# The article's text, in Lync 2010's words; the harness's assumption outlookProfileMismatchMessage may replace it.
MISMATCH = ("There was a problem connecting to Microsoft Office Outlook. The email address used in your default Outlook "
            "profile is different from the sign-in address used in Lync 2010. Change your default Outlook profile to match "
            "the sign-in address you are using in Lync, and then sign out and sign back in to Lync.")


class Outlook:
    def __init__(self, client):
        self.client = client
        self.profile = None  # {"name", "address"} of the default profile read at the last sign-in, or None

    def signed_in(self):
        self.profile = self.client.peer.call("outlook.readDefaultProfile", {})["profile"]

    def notice(self):
        """The message for a default profile of another mailbox, while signed in; None otherwise."""
        if self.client.phase != "signedIn" or self.profile is None:
            return None
        if self.profile["address"].lower() == self.client.address.lower():
            return None
        return json.loads(os.environ.get("SIGNIN_ASSUMPTIONS") or "{}").get("outlookProfileMismatchMessage", MISMATCH)
