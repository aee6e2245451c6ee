"""Timing: the retry interval one second short (29 s), a timer that subtracts its own start-up time."""
import _variant
import lync_client

lync_client.RETRY_MS = 29_000
_variant.run()
