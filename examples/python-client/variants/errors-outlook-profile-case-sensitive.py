"""Outlook (KB 2436962): the default profile's address compared with the sign-in address letter case and all, so a
profile for Alice@Contoso.com is taken for another mailbox."""
import json
import os

import _variant
import lync_outlook


def notice(self):
    if self.client.phase != "signedIn" or self.profile is None or self.profile["address"] == self.client.address:
        return None
    return json.loads(os.environ.get("SIGNIN_ASSUMPTIONS") or "{}").get("outlookProfileMismatchMessage", lync_outlook.MISMATCH)


lync_outlook.Outlook.notice = notice
_variant.run()
