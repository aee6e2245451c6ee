"""Presence: locking Windows does not make the user Away."""
import _variant
import lync_presence

lync_presence.Presence.lock = lambda self, locked: None
_variant.run()
