"""SO-09 and NR-16: the Configuration Information window that CTRL + right-click on the notification-area icon opens.

This client never connects to Exchange (FS-06 is not implemented), so Autodiscover never gives it the EWS URLs (both
lines stay empty) and its EWS line always reads "EWS not fully initialized". The intranet flag comes from the registrar's answer: `remoteUser` is true for a session through the Edge.
FS-15: both ABS Server lines show the Address Book Web Query service's URL the registration gave (Lync Online has one)."""

MENU_ITEM = "Configuration Information"
TITLE = "Lync - Configuration Information"


def inside_from(response):
    """The value of 'Inside User Status' for a 'registered' answer: TRUE, FALSE, or empty when the service does not say."""
    remote = response.get("remoteUser")
    return "" if remote is None else ("FALSE" if remote else "TRUE")


def opens(event):
    return event.get("ctrl") is True and event["item"] == MENU_ITEM


def window(endpoint, inside, address_book_url):
    return {"id": "configurationInformation", "title": TITLE, "visible": True, "foreground": True, "screen": "dialog",
            "controls": [{"kind": "label", "name": "SIP Server", "text": endpoint or ""},
                         {"kind": "label", "name": "Inside User Status", "text": inside},
                         {"kind": "label", "name": "ABS Server Internal URL", "text": address_book_url or ""},
                         {"kind": "label", "name": "ABS Server External URL", "text": address_book_url or ""},
                         {"kind": "label", "name": "EWS Internal URL", "text": ""},
                         {"kind": "label", "name": "EWS External URL", "text": ""},
                         {"kind": "label", "name": "EWS Information", "text": "EWS not fully initialized"},
                         {"kind": "button", "name": "Close"}]}
