"""The address book in the example client (FS-15): downloaded after a random wait of up to GalDownloadInitialDelay
minutes (default 60; the harness draws the wait), then searched from the box in the main window."""

import lync_admin

TIMER = "address book download"
SEARCH_BOX = "Find someone"
RESULTS = "Search results"
NOTHING_FOUND = "No results found."


class AddressBook:
    def __init__(self, client):
        self.client = client
        self.address = None      # whose address book this is
        self.request_id = None   # the download under way
        self.entries = None      # None until the download arrives
        self.query = ""

    def signed_in(self):
        if self.address == self.client.address:
            return  # this sign-in address already has it, or is waiting for it
        self.address, self.request_id, self.entries, self.query = self.client.address, None, None, ""
        minutes = lync_admin.policy(self.client.admin, "galDownloadInitialDelay")
        if minutes == 0:
            self.timer()  # a wait of 0: the download begins at once
        else:
            self.client.peer.call("timer.set", {"name": TIMER, "ms": (60 if minutes is None else minutes) * 60_000, "random": True})

    def timer(self):
        session = self.client.session
        if self.client.phase != "signedIn" or session is None:
            self.address = None  # signed out before the wait ended: the next sign-in waits again
            return
        self.request_id = self.client.new_id()
        self.client.peer.call("net.request", {"requestId": self.request_id, "request": {
            "kind": "addressBook", "host": session["endpoint"], "sessionId": session["id"]}})

    def response(self, request_id, response):
        """True when the answer was the address book's."""
        if self.request_id is None or request_id != self.request_id:
            return False
        self.request_id = None
        if response["ok"] and response["kind"] == "addressBook":
            self.entries = response["entries"]
        return True

    def search(self, text):
        if self.address is not None:
            self.query = text

    def controls(self):
        box = {"kind": "textbox", "name": SEARCH_BOX, "value": self.query, "secret": False}
        wanted = self.query.lower()
        if not wanted:
            return [box]
        found = [e["name"] for e in self.entries or [] if wanted in e["name"].lower()]
        return [box, {"kind": "label", "name": RESULTS, "text": ", ".join(found) if found else NOTHING_FOUND}]
