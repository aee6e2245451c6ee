"""Presence: after unlocking, the idle count is not restarted: the user is never Inactive until some input."""
import _variant
import lync_presence

_lock = lync_presence.Presence.lock


def lock(self, locked):
    _lock(self, locked)
    if not locked:
        self.client.peer.call("timer.clear", {"name": lync_presence.IDLE_TIMER})


lync_presence.Presence.lock = lock
_variant.run()
