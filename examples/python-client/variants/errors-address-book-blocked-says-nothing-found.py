"""Errors: a search the Address Book Web Query service cannot answer (a firewall or proxy blocks it) says "No results
found." instead of KB 2435699's "Cannot synchronize with the corporate address book..." message."""
import _variant
import lync_address_book

lync_address_book.UNREACHABLE = lync_address_book.NOTHING_FOUND
_variant.run()
