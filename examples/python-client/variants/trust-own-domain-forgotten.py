"""Trust: only the four default domains are trusted; a server in the user's own SIP domain gets the trust prompt."""
import _variant
import lync_client


def trusted(self, fqdn):
    host = fqdn.lower()
    return any(host == d or host.endswith("." + d) for d in lync_client.TRUSTED_DOMAINS) or host in self.settings["trustedServers"]


lync_client.LyncClient.trusted = trusted
_variant.run()
