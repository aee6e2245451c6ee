"""Shared start of every variant: the example client's modules on the path, then the client itself once the variant
has changed the one behaviour it is about. A variant is a plausible bug a client team could ship; the variants suite
(npm run test:variants) checks that the gate catches each one."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import client  # noqa: E402  (the example's entry, after the path is set)
from lync_protocol import Peer, ProtocolError  # noqa: E402


def run():
    try:
        sys.exit(client.serve(Peer()))
    except ProtocolError as error:
        print(f"python example variant: {error}", file=sys.stderr)
        sys.exit(2)
