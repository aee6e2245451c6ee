"""Startup: the main window always opens, even at logon with "Show Lync in the foreground" cleared."""
import _variant
import lync_client

_start = lync_client.LyncClient.start


def start(self, from_run_key):
    _start(self, False)


lync_client.LyncClient.start = start
_variant.run()
