"""The contact list in the example client (KB 2435699): kept on the service, added to and removed from here, and cached
in CoreContact.cache in the sip_ folder. A damaged cache file loses the list until it is deleted."""

ADD_BOX = "Add a Contact"
ADD_BUTTON = "Add to Contacts List"
REMOVE = "Remove from Contacts List"
MENU = "Right-click "


class Contacts:
    def __init__(self, client):
        self.client = client
        self.address = None    # whose list this is
        self.cache = "unread"  # unread, ok, damaged
        self.addresses = []    # in order of arrival
        self.adding = ""

    def before_register(self):
        """Reads the cache before registering, so its answer comes before anything the service sends; a sign-in starts
        from an empty list, a reconnect keeps it."""
        address = self.client.address.lower()
        if not (self.client.phase == "reconnecting" and self.address == address):
            self.address, self.cache, self.addresses, self.adding = address, "unread", [], ""
        damaged = self.client.peer.call("contacts.readCache", {"address": address})["damaged"]
        self.cache = "damaged" if damaged else "ok"

    def arrived(self, address):
        """The service sends a contact's presence: one not in the list yet was added, here or elsewhere."""
        key = address.lower()
        if self.address is not None and key not in self.addresses:
            self.set_list(self.addresses + [key])

    def set_list(self, addresses):
        self.addresses = addresses
        if self.cache == "ok":
            self.client.peer.call("contacts.writeCache", {"address": self.address, "contacts": sorted(addresses)})

    def type(self, text):
        if self.address is not None:
            self.adding = text.strip()

    def add(self):
        session = self.client.session
        if self.address is None or session is None or self.client.phase != "signedIn" or not self.adding:
            return
        contact, self.adding = self.adding.lower(), ""
        self.client.peer.call("net.request", {"requestId": self.client.new_id(), "request": {
            "kind": "contactAdd", "host": session["endpoint"], "sessionId": session["id"], "contact": contact}})

    def remove(self, address):
        session = self.client.session
        key = address.lower()
        if self.address is None or session is None or self.client.phase != "signedIn" or key not in self.addresses:
            return
        self.client.presence.contacts.pop(key, None)
        self.set_list([a for a in self.addresses if a != key])
        self.client.peer.call("net.request", {"requestId": self.client.new_id(), "request": {
            "kind": "contactRemove", "host": session["endpoint"], "sessionId": session["id"], "contact": key}})

    def menu(self, event):
        """True when the menu was a contact's right-click menu."""
        menu = event.get("menu") or ""
        if not menu.startswith(MENU):
            return False
        if event["path"] == [REMOVE]:
            self.remove(menu[len(MENU):])
        return True

    def shown(self):
        """The contacts shown, in alphabetical order; none while the cache is damaged."""
        return [] if self.address is None or self.cache == "damaged" else sorted(self.addresses)

    def controls(self):
        if self.client.phase != "signedIn" or self.address is None:
            return []
        return [{"kind": "textbox", "name": ADD_BOX, "value": self.adding, "secret": False},
                {"kind": "button", "name": ADD_BUTTON}]
