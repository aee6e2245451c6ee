"""Trust: names compared as sent, without folding case (WEBDIR.ONLINE.LYNC.COM gets the trust prompt)."""
import _variant
import lync_client


def trusted(self, fqdn):
    domains = [lync_client.domain_of(self.address)] + lync_client.TRUSTED_DOMAINS
    return any(fqdn == d or fqdn.endswith("." + d) for d in domains) or fqdn in self.settings["trustedServers"]


lync_client.LyncClient.trusted = trusted
_variant.run()
