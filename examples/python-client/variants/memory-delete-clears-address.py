"""Memory: Delete my sign-in info empties the sign-in address box too (the alternative of an assumption, shipped as
the only behaviour)."""
import _variant
import lync_client

_assumption = lync_client.assumption
lync_client.assumption = lambda name, default: False if name == "addressKeptAfterDelete" else _assumption(name, default)
_variant.run()
