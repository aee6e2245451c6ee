"""Startup: the foreground option read for every start: started by hand with it cleared, the window stays hidden."""
import _variant
import lync_client

_start = lync_client.LyncClient.start


def start(self, from_run_key):
    _start(self, True)


lync_client.LyncClient.start = start
_variant.run()
