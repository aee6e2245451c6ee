"""Administration for the example client: the Lync policy keys (HKLM wins over HKCU, either over the user's
choice), Advanced Connection Settings (automatic or manual servers), and the sign-in failure logs."""

AUTOMATIC = {"mode": "automatic", "internalServer": "", "externalServer": ""}
CONNECTION_LABELS = ("Automatic configuration", "Manual configuration", "Internal server name", "External server name")


def policy(admin, name):
    """The value that wins: the computer's key, then the user's; None when neither sets it (Not configured)."""
    machine = admin["policies"]["machine"].get(name)
    return machine if machine is not None else admin["policies"]["user"].get(name)


def windows_credentials(admin):
    """AS-11: the domain account's Windows credentials sign in, unless "Require logon credentials" is set."""
    return admin["domainAccount"] is not None and policy(admin, "disableNTCredentials") is not True


def idcrl_proxy(admin):
    """KB 3123662: the proxies Lync hands the Sign-In Assistant, from HttpProxyControlFlags (bit 0x1: not Internet
    Explorer's named proxy; bit 0x2: not the proxy for SIP over HTTPS); None when the value is not configured."""
    flags = policy(admin, "httpProxyControlFlags")
    if flags is None:
        return None
    return {"sipHttpsProxy": flags & 0x2 == 0, "namedProxy": flags & 0x1 == 0}


def saving_allowed(admin):
    return policy(admin, "savePassword") is not False


def servers_to_try(admin, domain):
    connection = admin["connection"]
    if connection["mode"] == "automatic":
        # FS-09: Autodiscover, internal name first (S16), then the SIP records (S14); not the federation SRV record
        return [f"lyncdiscoverinternal.{domain}", f"lyncdiscover.{domain}", f"_sip._tls.{domain}", f"sip.{domain}"]
    names = []
    for name in (connection["internalServer"].strip(), connection["externalServer"].strip()):
        if name and name not in names:
            names.append(name)
    return names


def connection_dialog(admin):
    return {"kind": "connectionSettings", **admin["connection"]}


def on_connection_dialog(dialog, event):
    """Changes the dialog in place; answers "OK" or "Cancel" when the dialog is done, else None."""
    kind = event["type"]
    automatic, manual, internal, external = CONNECTION_LABELS
    if kind == "user.toggle" and event["control"] in (automatic, manual):
        is_manual = event["on"] if event["control"] == manual else not event["on"]
        dialog["mode"] = "manual" if is_manual else "automatic"
    elif kind == "user.type" and not event["secret"] and event["field"] in (internal, external):
        dialog["internalServer" if event["field"] == internal else "externalServer"] = event["text"].strip()
    elif kind == "user.click" and event["control"] in ("OK", "Cancel"):
        return event["control"]
    elif kind == "user.closeWindow":
        return "Cancel"
    return None


def connection_window(dialog):
    automatic, manual, internal, external = CONNECTION_LABELS
    return {"id": "connectionSettings", "title": "Advanced Connection Settings", "visible": True, "foreground": True,
            "screen": "dialog", "controls": [
                {"kind": "checkbox", "name": automatic, "checked": dialog["mode"] == "automatic"},
                {"kind": "checkbox", "name": manual, "checked": dialog["mode"] == "manual"},
                {"kind": "textbox", "name": internal, "value": dialog["internalServer"], "secret": False},
                {"kind": "textbox", "name": external, "value": dialog["externalServer"], "secret": False},
                {"kind": "button", "name": "OK"}, {"kind": "button", "name": "Cancel"}]}
