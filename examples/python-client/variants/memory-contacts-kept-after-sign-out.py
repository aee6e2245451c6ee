"""Memory: Sign Out keeps the presence choice and the contact list, as a dropped connection does (MU-06)."""
import _variant
import lync_contacts
import lync_presence

_signed_out = lync_presence.Presence.signed_out
_before_register = lync_contacts.Contacts.before_register


def signed_out(self, keep_choice=False):
    _signed_out(self, keep_choice=True)


def before_register(self):
    kept = list(self.addresses)
    _before_register(self)
    self.addresses = kept + [a for a in self.addresses if a not in kept]


lync_presence.Presence.signed_out = signed_out
lync_contacts.Contacts.before_register = before_register
_variant.run()
