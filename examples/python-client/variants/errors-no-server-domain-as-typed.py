"""Errors: "couldn't find a Lync Server for <domain>" names the domain as typed, case and all, and trusts as typed."""
import _variant
import lync_client

lync_client.domain_of = lambda address: address[address.find("@") + 1:]
_variant.run()
