"""Timing: a delayed sign-in retries every 60 seconds instead of every 30."""
import _variant
import lync_client

lync_client.RETRY_MS = 60_000
_variant.run()
