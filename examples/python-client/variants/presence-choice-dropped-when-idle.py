"""Presence: a status chosen by hand is replaced by Inactive and Away when idle, whatever the assumption says."""
import _variant
import lync_presence

lync_presence.choice_holds_when_idle = lambda: False
_variant.run()
