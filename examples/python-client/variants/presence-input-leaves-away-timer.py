"""Presence: input restarts the idle count but leaves the Away timer running, so an active user turns Away."""
import _variant
import lync_presence


def restart_idle(self):
    self.client.peer.call("timer.set", {"name": lync_presence.IDLE_TIMER, "ms": lync_presence.IDLE_MS})


lync_presence.Presence.restart_idle = restart_idle
_variant.run()
