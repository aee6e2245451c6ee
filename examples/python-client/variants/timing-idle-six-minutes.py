"""Timing: Inactive after 6 idle minutes instead of 5 (the boundary counted from the wrong side)."""
import _variant
import lync_presence

lync_presence.IDLE_MS = 6 * 60_000
_variant.run()
