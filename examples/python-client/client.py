#!/usr/bin/env python3
"""An example Lync 2013 client for signin-sim, in Python with its standard library only.

Written from docs/client-protocol.md and the help article "Sign in to and sign out of Lync": first sign-in,
automatic sign-in at the next logon, Close, Sign Out, Exit, Delete my sign-in info, the startup options, and the
common sign-in errors. What it leaves out is listed, with reasons, in expectations.json.

Run it through the gate:  npm run gate -- --client "python3 examples/python-client/client.py" \\
                                          --expect examples/python-client/expectations.json
"""

import sys

from lync_client import LyncClient
from lync_protocol import PROTOCOL_VERSION, Peer, ProtocolError

MAX_REQUESTS = 10_000_000


def serve(peer):
    client = None
    for _ in range(MAX_REQUESTS):
        request = peer.next_request()
        if request is None:
            return 0  # the harness closed stdin: Windows is done with us
        request_id, method, params = request
        if method == "initialize":
            if params["protocolVersion"] != PROTOCOL_VERSION:
                peer.refuse(request_id, -32002, f"this client speaks {PROTOCOL_VERSION}")
                return 2
            client = LyncClient(peer, params["identity"])
            peer.answer(request_id, {"protocolVersion": PROTOCOL_VERSION,
                                     "client": {"name": "python example", "version": "1.0"},
                                     "capabilities": ["screen"]})
        elif client is None:
            peer.refuse(request_id, -32600, f"{method} before initialize")
            return 2
        elif method == "client/deliver":
            client.handle(params["event"])
            peer.answer(request_id, {})
            if client.exited:
                return 0
        elif method == "client/screen":
            peer.answer(request_id, {"view": client.view()})
    return 0


if __name__ == "__main__":
    try:
        sys.exit(serve(Peer()))
    except ProtocolError as error:
        print(f"python example client: {error}", file=sys.stderr)
        sys.exit(2)
