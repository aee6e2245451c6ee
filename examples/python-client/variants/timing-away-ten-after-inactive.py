"""Timing: Away 10 minutes after Inactive (10 idle minutes read as the second timer's length)."""
import _variant
import lync_presence

lync_presence.AWAY_MS = 10 * 60_000
_variant.run()
