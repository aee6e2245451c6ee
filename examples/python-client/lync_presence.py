"""Presence in the example client: the choice from the presence menu, the lock and idle time, what it tells the
service, and its contacts' presence as the service pushes it."""

import json
import os

IDLE_TIMER = "presence idle"
AWAY_TIMER = "presence away"
IDLE_MS = 5 * 60_000
AWAY_MS = 5 * 60_000
CHOICES = ["Available", "Busy", "Do Not Disturb", "Be Right Back", "Off Work", "Appear Away"]
RESET = "Reset Status"


def choice_holds_when_idle():
    """An assumption the example reads (SIGNIN_ASSUMPTIONS): does a choice by hand hold through idle and lock?"""
    return json.loads(os.environ.get("SIGNIN_ASSUMPTIONS") or "{}").get("manualPresenceHoldsWhenIdle", True)


class Presence:
    def __init__(self, client):
        self.client = client
        self.choice = None       # None: set by Lync from activity
        self.locked = False
        self.activity = "active"  # active, inactive, away
        self.published = None
        self.contacts = {}
        self.holds = choice_holds_when_idle()

    def own(self):
        """What colleagues should see, or None when not signed in. A choice by hand holds through idle and lock,
        unless the assumption says idle time and the lock replace it."""
        if self.client.phase != "signedIn":
            return None
        if self.choice and (self.holds or (not self.locked and self.activity == "active")):
            return "Away" if self.choice == "Appear Away" else self.choice
        if self.locked or self.activity == "away":
            return "Away"
        return "Inactive" if self.activity == "inactive" else "Available"

    def publish(self):
        now = self.own()
        session = self.client.session
        if now is None or now == self.published or session is None:
            return
        self.published = now
        self.client.peer.call("net.request", {"requestId": self.client.new_id(), "request": {
            "kind": "publish", "host": session["endpoint"], "sessionId": session["id"], "availability": now,
            "byUser": self.choice is not None}})

    def restart_idle(self):
        self.client.peer.call("timer.clear", {"name": AWAY_TIMER})
        self.client.peer.call("timer.set", {"name": IDLE_TIMER, "ms": IDLE_MS})

    def stop_idle(self):
        self.client.peer.call("timer.clear", {"name": IDLE_TIMER})
        self.client.peer.call("timer.clear", {"name": AWAY_TIMER})

    def signed_in(self):
        self.activity = "active"
        self.published = "Available"  # the service starts every new endpoint at Available
        self.restart_idle()
        self.publish()

    def signed_out(self, keep_choice=False):
        """A lost connection keeps the choice and the contacts (shown as unknown); a sign-out or exit keeps neither,
        so the next person to sign in here sees nothing of this one's (MU-06)."""
        self.published = None
        self.activity = "active"
        if not keep_choice:
            self.choice = None
            self.contacts = {}
        self.stop_idle()

    def input(self):
        if self.client.phase != "signedIn" or self.locked:
            return
        self.activity = "active"
        self.restart_idle()
        self.publish()

    def lock(self, locked):
        self.locked = locked
        self.activity = "active"
        if self.client.phase != "signedIn":
            return
        if locked:
            self.stop_idle()
        else:
            self.restart_idle()
        self.publish()

    def timer(self, name):
        if self.client.phase != "signedIn" or self.locked:
            return
        if name == IDLE_TIMER:
            self.activity = "inactive"
            self.client.peer.call("timer.set", {"name": AWAY_TIMER, "ms": AWAY_MS})
        else:
            self.activity = "away"
        self.publish()

    def choose(self, item):
        if self.client.phase != "signedIn":
            return
        if item == RESET or item == "Available":
            self.choice = None
        elif item in CHOICES:
            self.choice = item
        else:
            return
        self.publish()

    def contact(self, address, availability):
        self.contacts[address.lower()] = availability

    def controls(self):
        signed_in = self.client.phase == "signedIn"
        controls = [{"kind": "label", "name": "My presence", "text": self.own() or "Presence unknown"}]
        if signed_in:
            controls.append({"kind": "menu", "name": "Presence", "items": [{"name": c} for c in CHOICES + [RESET]]})
        for address in self.client.contacts.shown():
            controls.append({"kind": "label", "name": f"Contact {address}",
                             "text": self.contacts.get(address, "Presence Unknown") if signed_in else "Presence Unknown"})
            if signed_in:
                controls.append({"kind": "menu", "name": f"Right-click {address}", "items": [{"name": "Remove from Contacts List"}]})
        return controls
