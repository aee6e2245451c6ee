"""Errors: the clock-skew message without its title "Can't sign in to Lync"."""
import _variant
import lync_client

lync_client.CLOCK_TITLE = None
_variant.run()
