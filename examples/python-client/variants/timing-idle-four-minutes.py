"""Timing: Inactive after 4 idle minutes instead of 5 (an off-by-one in the minutes)."""
import _variant
import lync_presence

lync_presence.IDLE_MS = 4 * 60_000
_variant.run()
