"""Trust: a server is trusted when its name ends with a trusted domain, without the dot (evilcontoso.com passes
for contoso.com, notlync.com for lync.com)."""
import _variant
import lync_client


def trusted(self, fqdn):
    host = fqdn.lower()
    domains = [lync_client.domain_of(self.address)] + lync_client.TRUSTED_DOMAINS
    return any(host.endswith(d) for d in domains) or host in self.settings["trustedServers"]


lync_client.LyncClient.trusted = trusted
_variant.run()
