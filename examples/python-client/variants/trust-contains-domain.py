"""Trust: a server is trusted when a trusted domain appears anywhere in its name (lync.com.example.net passes)."""
import _variant
import lync_client


def trusted(self, fqdn):
    host = fqdn.lower()
    domains = [lync_client.domain_of(self.address)] + lync_client.TRUSTED_DOMAINS
    return any(d in host for d in domains) or host in self.settings["trustedServers"]


lync_client.LyncClient.trusted = trusted
_variant.run()
