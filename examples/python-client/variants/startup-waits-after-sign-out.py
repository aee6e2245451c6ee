"""Startup: after a Sign Out by hand, the next start waits at the sign-in window instead of signing in with the saved
password (the alternative of an assumption, shipped as the only behaviour)."""
import _variant
import lync_client

_assumption = lync_client.assumption
lync_client.assumption = lambda name, default: False if name == "autoSignInAfterManualSignOut" else _assumption(name, default)
_variant.run()
