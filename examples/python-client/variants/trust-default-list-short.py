"""Trust: the default Trusted Domain List without outlook.com (copied from an older list)."""
import _variant
import lync_client

lync_client.TRUSTED_DOMAINS = [d for d in lync_client.TRUSTED_DOMAINS if d != "outlook.com"]
_variant.run()
