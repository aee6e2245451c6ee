"""The address book in the example client (FS-15, KB 2435699): Lync Online keeps no copy of it. Each search typed in
the box of the main window is one web request to the Address Book Web Query service, whose URL the registration
gives; the line under the box shows what the service found, or that it could not be reached."""

from urllib.parse import urlsplit

SEARCH_BOX = "Find someone"
RESULTS = "Search results"
NOTHING_FOUND = "No results found."
UNREACHABLE = ("Cannot synchronize with the corporate address book. This may be because the proxy server setting in "
               "your web browser does not allow access to the address book. If the problem persists, contact your "
               "system administrator.")


class AddressBook:
    def __init__(self, client):
        self.client = client
        self.url = None          # the service's URL; None before the first sign-in (no search box then)
        self.request_id = None   # the search under way
        self.outcome = None      # None, a list of entries, or "unreachable"
        self.query = ""

    def signed_in(self, url):
        self.url, self.request_id, self.outcome, self.query = url, None, None, ""

    def search(self, text):
        if self.url is None:
            return
        self.query, self.request_id, self.outcome = text, None, None
        session = self.client.session
        wanted = text.strip()
        if self.client.phase != "signedIn" or session is None or not wanted:
            return
        self.request_id = self.client.new_id()
        host = (urlsplit(self.url).hostname or self.url).lower()
        self.client.peer.call("net.request", {"requestId": self.request_id, "request": {
            "kind": "addressBook", "host": host, "sessionId": session["id"], "query": wanted}})

    def response(self, request_id, response):
        """True when the answer was the search's."""
        if self.request_id is None or request_id != self.request_id:
            return False
        self.request_id = None
        ok = response["ok"] and response["kind"] == "addressBook"
        self.outcome = response["entries"] if ok else "unreachable"
        return True

    def controls(self):
        if self.url is None:
            return []
        box = {"kind": "textbox", "name": SEARCH_BOX, "value": self.query, "secret": False}
        if self.outcome is None:
            return [box]
        if self.outcome == "unreachable":
            text = UNREACHABLE
        else:
            text = ", ".join(e["name"] for e in self.outcome) if self.outcome else NOTHING_FOUND
        return [box, {"kind": "label", "name": RESULTS, "text": text}]
