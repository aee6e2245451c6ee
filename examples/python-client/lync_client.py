"""What the example client does with each event, and what it draws. It keeps its own state and reaches the platform
(settings, credential cache, network, timers, desktop) only through the harness, with blocking calls."""

import json
import os

import lync_admin
from lync_presence import AWAY_TIMER, IDLE_TIMER, Presence
import lync_diagnostics
from lync_address_book import SEARCH_BOX, AddressBook
import lync_contacts
from lync_contacts import Contacts
from lync_outlook import Outlook

RETRY_TIMER = "sign-in retry"
# SO-12: the client's state as applications using the Lync SDK see it (ClientState); reconnecting is still SigningIn
SDK_STATES = {"starting": None, "signedOut": "SignedOut", "signingIn": "SigningIn",
              "reconnecting": "SigningIn", "signedIn": "SignedIn"}
RETRY_MS = 30_000
TRUSTED_DOMAINS = ["lync.com", "outlook.com", "lync.glbdns.microsoft.com", "microsoftonline.com"]
SIGN_IN_HOST = "login.microsoftonline.com"


def assumption(name, default):
    """An assumption of the harness (SIGNIN_ASSUMPTIONS), for the two of leaving Lync the example plays (SO-11, DC-03)."""
    return json.loads(os.environ.get("SIGNIN_ASSUMPTIONS") or "{}").get(name, default)


# The texts Lync shows, as the features quote them.
MESSAGES = {
    "offline": "This operation failed because the network is unavailable at this time. Please try again later.",
    "identity provider unreachable": "The server is not responding or cannot be reached. Sign-in may be delayed while we retry the connection.",
    "certificate chain not trusted": "There was a problem verifying the certificate from the server. Sign-in may be delayed while we retry the connection.",
    "not responding": "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team.",
    "bad credentials": "The username, password or domain appears to be incorrect.",
    "clock skew": "Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel.",
    "sign-in address not found": "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team.",
    "client version not supported": "You may have entered your sign-in address, user name, or password incorrectly, or the authentication service may be incompatible with this version of the program.",
    "certificate rejected": "There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team.",
    "certificate stale after outage": "Cannot sign into Lync. There was a problem verifying the certificate from the server.",
}
CLOCK_TITLE = "Can't sign in to Lync"
CONNECTION_LOST = "Lync lost the connection to the server and is trying to reconnect."
CONFIRM_DELETE = "Are you sure you want to delete your sign-in info from this computer?"
# AS-12: the General page's options and their settings.
GENERAL_OPTIONS = {"Minimize to the notification area instead of the task bar": "minimizeToNotificationArea",
                   "Reopen my conversations when I sign in to Lync": "reopenConversations"}
RETRYING = {"offline", "identity provider unreachable", "certificate chain not trusted"}


SAVE_CONVERSATIONS = "Save IM conversations in my email Conversation History folder"


def not_delivered(to, reason):
    """What Lync says of an instant message the service could not deliver: the recipient is offline, or is in another
    organization and federation refused it (cannot-communicate-with-external-contacts.md)."""
    if reason == "not federated":
        return (f"This message was not delivered to {to} because the address is outside your organization and is not "
                "federated with your company, or the address is incorrect. Please contact your support team with this information.")
    return f"This message wasn't delivered to {to} because they're offline."


def no_server_for(domain):
    return (f"Lync couldn't find a Lync Server for {domain}. "
            "There might be an issue with the Domain Name System (DNS) configuration for your domain.")


def trust_prompt(fqdn):
    return (f"Lync is attempting to connect to: {fqdn} Lync cannot verify that the server is trusted for your "
            "sign-in address. Connect anyway?")


def domain_of(address):
    return address[address.find("@") + 1:].lower()


class LyncClient:
    def __init__(self, peer, identity):
        self.peer = peer
        self.version = identity["version"]
        self.phase = "starting"          # starting, signedOut, signingIn, signedIn, reconnecting
        self.exited = False
        self.settings = None
        self.admin = None                # policies, connection settings, logging (admin.read)
        self.server = 0                  # which of the servers to try this attempt
        self.address = ""
        self.password = None             # typed, kept only for this process
        self.user_name = None            # FS-05: typed in the credential dialog's User name box, when not the address
        self.password_box = False
        self.save_password = True
        self.saved = None                # the credential-cache entry for self.address
        self.certificate = None          # this session's certificate
        self.shown = False
        self.minimized = False
        self.dialog = None
        self.message = None              # (text, title)
        self.attempt = None              # {"stage", "id", "saved", "pool"}
        self.session = None              # {"id", "endpoint"}
        self.inside = ""                 # NR-16: Inside User Status of this session
        self.next_id = 1
        self.last_view = None
        self.last_sdk_state = None
        self.presence = Presence(self)
        self.address_book = AddressBook(self)
        self.contacts = Contacts(self)
        self.outlook = Outlook(self)

    # --- events

    def handle(self, event):
        kind = event["type"]
        if kind == "os.started":
            self.start(event["fromRunKey"])
        elif kind == "os.loggingOff":
            self.exit()
        elif kind == "os.sessionLocked":
            self.presence.lock(event["locked"])  # Away while locked; signed in throughout
        elif kind == "os.userInput":
            self.presence.input()
        elif kind == "service.notDelivered":
            if self.phase == "signedIn":
                self.peer.call("desktop.alert", {"title": "Lync", "text": not_delivered(event["to"], event["reason"])})
        elif kind == "service.presence":
            self.contacts.arrived(event["address"])
            self.presence.contact(event["address"], event["availability"])
        elif kind == "os.networkChanged":
            self.network_changed(event["online"])
        elif kind == "net.response":
            if event["response"].get("kind") == "contactsChanged":
                pass  # the list follows the service's presence, not this answer
            elif not self.address_book.response(event["requestId"], event["response"]):
                self.on_response(event["requestId"], event["response"])
        elif kind == "timer.fired" and event["name"] in (IDLE_TIMER, AWAY_TIMER):
            self.presence.timer(event["name"])
        elif kind == "timer.fired":
            if event["name"] == RETRY_TIMER and self.phase in ("signingIn", "reconnecting"):
                self.begin_attempt()
        elif kind == "service.message":
            if self.phase == "signedIn":
                self.peer.call("desktop.alert", {"title": event["from"], "text": event["text"]})
        elif kind == "service.connectionLost":
            self.connection_lost()
        elif kind == "sdk.signOut":
            self.sign_out()  # SO-12: the SDK application shares this client: its sign-out is the UI's too
        else:
            was_signed_in = self.phase == "signedIn"
            if "window" in event and event["window"] != "main":
                self.on_dialog(event)
            else:
                self.on_main(event)
            if was_signed_in and self.phase == "signedIn" and kind.startswith("user."):
                self.presence.input()  # using Lync, its dialogs too, is using the computer
        if not self.exited:
            self.report_sdk_state(SDK_STATES[self.phase])
            self.render()

    def start(self, from_run_key):
        self.settings = self.peer.call("settings.read")
        self.admin = self.peer.call("admin.read")
        if lync_admin.policy(self.admin, "preventRun") is True:
            self.exit()  # AS-10: no window, no sign-in
            return
        self.address = self.settings["signInAddress"]
        if self.address:
            self.saved = self.peer.call("credentials.read", {"address": self.address})["entry"]
        if not lync_admin.saving_allowed(self.admin):
            self.save_password = False  # AS-08: a password or certificate saved before the policy is not used
            if self.saved:
                self.saved = {**self.saved, "password": None, "certificate": None}
        elif self.saved and self.saved.get("password"):
            self.save_password = True
        self.shown = self.settings["showInForeground"] or not from_run_key
        # SO-11: after a Sign Out by hand, the alternative waits at the sign-in window.
        allowed = not self.settings["signedOutByUser"] or assumption("autoSignInAfterManualSignOut", True)
        if self.signs_in_untyped(True) and allowed:
            self.phase = "signingIn"
            self.begin_attempt()
        else:
            self.phase = "signedOut"
            self.password_box = self.saved is not None

    def on_main(self, event):
        kind = event["type"]
        if kind == "user.menu" and event.get("menu", "Options") == "Presence":
            if len(event["path"]) == 1:
                self.presence.choose(event["path"][0])
        elif kind == "user.menu" and self.contacts.menu(event):
            pass
        elif kind == "user.menu":
            path = " > ".join(event["path"])
            if path == "File > Close":
                self.close()
            elif path == "File > Sign Out":
                self.sign_out()
            elif path == "File > Exit":
                self.exit()
            elif path == "Tools > Options" and self.dialog is None:  # an open dialog is modal
                self.dialog = self.options_dialog()
        elif kind == "user.closeWindow":
            self.close()
        elif kind == "user.iconClick":
            self.shown = True
        elif kind == "user.iconMenu":
            item = event["item"]
            if lync_diagnostics.opens(event):
                if self.dialog is None:  # an open dialog is modal: a trust prompt or credential dialog is not lost
                    self.dialog = {"kind": "configurationInformation"}
            elif item == "Exit":
                self.exit()
            elif item == "Sign Out":
                self.sign_out()
            elif item == "Open Lync":
                self.shown = True
        elif kind == "user.type":
            if event["field"] == "Sign-in address" and not event["secret"]:
                self.address = event["text"].strip()
                self.user_name = None
                self.message = None
            elif event["field"] == "Password" and event["secret"]:
                self.password = event["text"]
            elif event["field"] == SEARCH_BOX and not event["secret"]:
                self.address_book.search(event["text"])
            elif event["field"] == lync_contacts.ADD_BOX and not event["secret"]:
                self.contacts.type(event["text"])
        elif kind == "user.toggle" and event["control"] == "Save my password" and lync_admin.saving_allowed(self.admin):
            self.save_password = event["on"]
        elif kind == "user.click" and event["control"] == lync_contacts.ADD_BUTTON:
            self.contacts.add()
        elif kind == "user.click":
            self.click(event["control"])

    def options_dialog(self):
        return {"kind": "options", "autoStart": self.settings["runAtLogon"],
                "showInForeground": self.settings["showInForeground"],
                **{key: self.settings.get(key, False) for key in GENERAL_OPTIONS.values()}}

    def click(self, control):
        if control == "Minimize":  # AS-12: the title-bar button
            self.minimized = self.shown or self.minimized
            self.shown = False
            return
        if self.phase != "signedOut" or self.dialog is not None:
            return
        if control in ("Delete my sign-in info", "Delete my sign-in information"):
            self.dialog = {"kind": "confirmDelete"}
        elif control == "Sign In" and self.address:
            if not self.password_box and not self.signs_in_untyped(False):
                self.password_box = True
                self.message = None
            elif not self.password_box or self.password is not None:
                self.phase = "signingIn"
                self.begin_attempt()

    def on_dialog(self, event):
        dialog = self.dialog
        if dialog is None or event["window"] != dialog["kind"]:
            return
        kind = event["type"]
        button = event.get("control") if kind == "user.click" else "Cancel" if kind == "user.closeWindow" else None
        if dialog["kind"] == "configurationInformation":
            if button in ("Close", "Cancel"):
                self.dialog = None
            return
        if dialog["kind"] == "connectionSettings":
            done = lync_admin.on_connection_dialog(dialog, event)
            if done == "OK":
                connection = {k: dialog[k] for k in ("mode", "internalServer", "externalServer")}
                self.admin = {**self.admin, "connection": connection}
                self.peer.call("connection.write", {"connection": connection})
            if done:
                self.dialog = dialog["options"]  # back to Options as the user left it (AS-07)
        elif dialog["kind"] == "options":
            if button == "Advanced":
                self.dialog = {**lync_admin.connection_dialog(self.admin), "options": dialog}
            elif kind == "user.toggle" and event["control"] == "Automatically start Lync when I log on to Windows":
                dialog["autoStart"] = event["on"]
            elif kind == "user.toggle" and event["control"] == "Show Lync in the foreground when it starts":
                dialog["showInForeground"] = event["on"]
            elif kind == "user.toggle" and event["control"] in GENERAL_OPTIONS:
                dialog[GENERAL_OPTIONS[event["control"]]] = event["on"]
            elif button == "OK":
                self.peer.call("runAtLogon.set", {"enabled": dialog["autoStart"]})
                general = {key: dialog[key] for key in GENERAL_OPTIONS.values()}
                self.peer.call("settings.write", {"patch": {"showInForeground": dialog["showInForeground"], **general}})
                self.settings = {**self.settings, "runAtLogon": dialog["autoStart"], "showInForeground": dialog["showInForeground"],
                                 **general}
                self.dialog = None
            elif button == "Cancel":
                self.dialog = None
        elif dialog["kind"] == "confirmDelete":
            if button == "Yes":
                self.peer.call("credentials.delete", {"address": self.address})
                if not assumption("addressKeptAfterDelete", True):  # DC-03: the alternative empties the address too
                    self.address = ""
                    self.peer.call("settings.write", {"patch": {"signInAddress": ""}})
                self.saved = None
                self.user_name = None
                self.certificate = None
                self.password_box = True
                self.message = None
                self.dialog = None
            elif button in ("No", "Cancel"):
                self.dialog = None
        elif dialog["kind"] == "trustServer":
            if kind == "user.toggle" and event["control"] == "Always trust this server":
                dialog["always"] = event["on"]
            elif button == "Connect":
                self.dialog = None
                if dialog["always"]:
                    trusted = self.settings["trustedServers"] + [dialog["fqdn"]]
                    self.settings = {**self.settings, "trustedServers": trusted}
                    self.peer.call("settings.write", {"patch": {"trustedServers": trusted}})
                self.continue_with_credentials(self.attempt["pool"])
            elif button == "Cancel":
                self.dialog = None
                self.fail(None, False)
        elif dialog["kind"] == "credentials":
            if kind == "user.type" and event["field"] == "Password" and event["secret"]:
                dialog["password"] = event["text"]
            elif kind == "user.type" and event["field"] == "User name" and not event["secret"]:
                dialog["userName"] = event["text"].strip()
            elif button == "OK" and dialog.get("password"):
                typed = dialog.get("userName") or ""
                self.user_name = None if typed == "" or typed.lower() == self.address.lower() else typed
                self.password = dialog["password"]
                self.dialog = None
                self.begin_attempt()
            elif button == "Cancel":
                self.dialog = None
                self.password = None
                self.fail(self.message, True)

    # --- leaving

    def close(self):
        # A dialog still open is answered Cancel first, so no sign-in is left waiting on it (SO-02).
        if self.dialog is not None:
            self.on_dialog({"type": "user.closeWindow", "window": self.dialog["kind"]})
        self.shown = False
        self.minimized = False
        self.dialog = None

    def end_session(self):
        self.peer.call("timer.clear", {"name": RETRY_TIMER})
        if self.session:
            self.peer.call("net.request", {"requestId": self.new_id(), "request": {
                "kind": "unregister", "host": self.session["endpoint"], "sessionId": self.session["id"]}})
        self.session = None
        self.attempt = None
        self.presence.signed_out()

    def sign_out(self):
        if self.phase not in ("signedIn", "signingIn", "reconnecting"):
            return
        self.end_session()
        self.peer.call("settings.write", {"patch": {"signedOutByUser": True}})
        self.phase = "signedOut"
        self.certificate = None
        self.dialog = None
        self.message = None
        self.password = None
        self.shown = True
        self.password_box = not self.has_saved_credentials()

    def report_sdk_state(self, state):
        if state is not None and state != self.last_sdk_state:
            self.last_sdk_state = state
            self.peer.call("sdk.state", {"state": state})

    def exit(self):
        self.end_session()
        self.report_sdk_state("ShuttingDown")
        self.peer.call("process.exit")
        self.exited = True

    # --- signing in

    def saved_entry(self):
        return self.saved if self.saved and self.saved["address"] == self.address else None

    def has_saved_credentials(self):
        saved = self.saved_entry()
        return bool(saved and (saved["password"] or saved["certificate"]))

    def signs_in_untyped(self, after_sign_in):
        """Saved credentials, or (AS-11) the Windows credentials; at start only for an address signed in with before."""
        windows = lync_admin.windows_credentials(self.admin) and (not after_sign_in or self.saved_entry() is not None)
        return self.has_saved_credentials() or windows

    def new_id(self):
        self.next_id += 1
        return self.next_id - 1

    def send(self, stage, request, **more):
        request_id = self.new_id()
        self.attempt = {**(self.attempt or {}), "stage": stage, "id": request_id, **more}
        self.peer.call("net.request", {"requestId": request_id, "request": request})

    def begin_attempt(self, server=0):
        self.peer.call("timer.clear", {"name": RETRY_TIMER})
        self.server = server
        if self.phase != "reconnecting":
            self.message = None
        self.dialog = None
        self.attempt = {"saved": False, "pool": None}
        # Manual configuration with both server boxes empty names no server: the domain is looked up as automatic does.
        servers = lync_admin.servers_to_try(self.admin, domain_of(self.address))
        host = servers[server] if server < len(servers) else f"lyncdiscover.{domain_of(self.address)}"
        self.send("discover", {"kind": "discover", "host": host})

    def trusted(self, fqdn):
        host = fqdn.lower()
        domains = [domain_of(self.address)] + TRUSTED_DOMAINS
        return any(host == d or host.endswith("." + d) for d in domains) or host in self.settings["trustedServers"]

    def continue_with_credentials(self, pool):
        saved = self.saved_entry()
        certificate = self.certificate or (saved and saved["certificate"])
        if certificate:
            host = (saved and saved["endpoint"]) or pool
            self.register({"kind": "register", "host": host, "address": self.address, "token": None,
                           "certificate": certificate, "clientVersion": self.version},
                          pool=pool, saved=self.certificate is None)
            return
        password = self.password or (saved and saved["password"]) or None
        windows = password is None
        if windows and not lync_admin.windows_credentials(self.admin):
            self.fail(None, True)
            return
        user = self.user_name_to_present()
        # AS-11: no password at all asks the identity provider for the Windows credentials of the domain account
        request = {"kind": "authenticate", "host": SIGN_IN_HOST, "userName": user, "password": password}
        proxies = lync_admin.idcrl_proxy(self.admin)
        if proxies is not None:
            request["idcrlProxy"] = proxies
        self.send("authenticate", request, pool=pool, saved=self.password is None, windows=windows)

    def user_name_to_present(self):
        """FS-05: the user name typed in the User name box, else the one saved beside the address, else the address."""
        saved = self.saved_entry()
        return self.user_name or (saved["userName"] if saved else self.address)

    def register(self, request, **more):
        self.contacts.before_register()
        self.send("register", request, registration=request, **more)

    def http_fallback(self, failure):
        """FS-16: SIP over TLS first; no answer, and the same registration goes over HTTP unless DisableHttpConnect."""
        sent = self.attempt.get("registration") if self.attempt["stage"] == "register" else None
        if sent is None or sent.get("transport") == "http" or failure != "not responding":
            return False
        if lync_admin.policy(self.admin, "disableHttpConnect") is True:
            return False
        self.register({**sent, "transport": "http"})
        return True

    def on_response(self, request_id, response):
        if self.attempt is None or self.attempt["id"] != request_id:
            return
        if not response["ok"]:
            self.on_failure(response["failure"])
        elif response["kind"] == "discovered":
            if self.trusted(response["webServices"]):
                self.continue_with_credentials(response["pool"])
            else:
                self.attempt = {**self.attempt, "stage": "trust", "pool": response["pool"]}
                self.dialog = {"kind": "trustServer", "fqdn": response["webServices"].lower(), "always": False}
        elif response["kind"] == "authenticated":
            self.certificate = response["certificate"]
            self.register({"kind": "register", "host": self.attempt["pool"], "address": self.address,
                           "token": response["token"], "certificate": None, "clientVersion": self.version})
        elif response["kind"] == "registered":
            self.inside = lync_diagnostics.inside_from(response)
            self.signed_in(response["sessionId"], response["endpoint"], response["addressBook"])

    def signed_in(self, session_id, endpoint, address_book_url):
        saved = self.saved_entry()
        kept = self.password is None and saved is not None and saved["password"] is not None
        keep = lync_admin.saving_allowed(self.admin) and (self.save_password or kept)
        password = self.password or (saved and saved["password"]) or None
        entry = {"address": self.address, "userName": self.user_name_to_present(),
                 "password": password if keep else None,
                 "certificate": (self.certificate or (saved and saved["certificate"]) or None) if keep else None,
                 "endpoint": endpoint}
        self.peer.call("credentials.write", {"entry": entry})
        self.peer.call("settings.write", {"patch": {"signInAddress": self.address, "signedOutByUser": False}})
        self.saved = entry
        self.session = {"id": session_id, "endpoint": endpoint}
        self.attempt = None
        self.message = None
        self.dialog = None
        self.phase = "signedIn"
        self.presence.signed_in()
        self.address_book.signed_in(address_book_url)
        self.outlook.signed_in()

    def next_server(self, failure):
        """FS-09 / FS-10: a name with no DNS record (or, manually configured, a server not answering) gives way to the next."""
        manual = self.admin["connection"]["mode"] == "manual"
        if self.attempt is None or self.attempt["stage"] != "discover":
            return False
        if failure != "no such record" and not (manual and failure == "not responding"):
            return False
        if self.server + 1 >= len(lync_admin.servers_to_try(self.admin, domain_of(self.address))):
            return False
        self.begin_attempt(self.server + 1)
        return True

    def on_failure(self, failure):
        if self.next_server(failure):
            return
        if self.admin["tracing"]:
            self.peer.call("log.write", {"line": f"sign-in failed for {self.address}: {failure}"})
        attempting = self.attempt is not None
        if self.http_fallback(failure):
            return
        self.on_failure_shown(failure)
        if attempting and self.attempt is None and self.phase == "signedOut" \
                and lync_admin.policy(self.admin, "disableAutomaticSendTracing") is not True:
            self.peer.call("log.upload", {"address": self.address, "failure": failure})  # FS-14: no prompt

    def on_failure_shown(self, failure):
        if failure == "password expired":
            failure = "bad credentials"  # TE-13, KB 2630976: Lync cannot tell; it asks again as for a wrong password
        if self.admin["connection"]["mode"] == "manual" and self.attempt["stage"] == "discover" \
                and failure in ("no such record", "not responding"):
            self.fail((MESSAGES["not responding"], None), False)  # FS-10: no manual server left
        elif failure in RETRYING:
            if self.phase != "reconnecting":  # while reconnecting, the connection-lost message stays
                self.message = (MESSAGES[failure], None)
            self.peer.call("timer.set", {"name": RETRY_TIMER, "ms": RETRY_MS})
        elif failure == "no such record":
            self.fail((no_server_for(domain_of(self.address)), None), False)
        elif failure == "bad credentials" and self.attempt.get("windows"):
            self.fail(None, True)  # AS-11: the Windows credentials were turned down; ask for the password
        elif failure == "bad credentials":
            if self.attempt["saved"]:
                self.fail((MESSAGES[failure], None), False)
            else:
                # The refused password or certificate is not tried again, nor its saved copy: the dialog's password
                # signs in afresh.
                tried = self.user_name_to_present()
                self.password = None
                self.certificate = None
                self.saved = None
                self.message = (MESSAGES[failure], None)
                self.shown = True
                self.attempt = None
                self.dialog = {"kind": "credentials", "password": None, "userName": tried}
        elif failure == "clock skew":
            self.fail((MESSAGES[failure], CLOCK_TITLE), False)
        else:
            self.fail((MESSAGES.get(failure, MESSAGES["not responding"]), None), False)

    def fail(self, message, password_box):
        self.peer.call("timer.clear", {"name": RETRY_TIMER})
        # The box shows unless saved credentials sign in with no typing, whatever screen was up (a failed reconnection too).
        self.password_box = password_box or not self.has_saved_credentials()
        self.phase = "signedOut"
        self.attempt = None
        self.session = None
        self.certificate = None
        self.message = message
        self.shown = True

    def network_changed(self, online):
        if not online:
            self.connection_lost()
        elif self.phase == "reconnecting" or (self.phase == "signingIn" and self.dialog is None
                                               and (self.attempt or {}).get("stage") != "trust"):
            self.begin_attempt()

    def connection_lost(self):
        if self.phase != "signedIn":
            return
        self.phase = "reconnecting"
        self.session = None
        self.presence.signed_out(keep_choice=True)
        self.message = (CONNECTION_LOST, None)
        self.peer.call("timer.set", {"name": RETRY_TIMER, "ms": RETRY_MS})

    # --- drawing

    def render(self):
        view = self.view()
        text = json.dumps(view, sort_keys=True)
        if text != self.last_view:
            self.last_view = text
            self.peer.call("desktop.render", {"view": view})

    def view(self):
        if self.phase == "starting":
            return {"windows": [], "icon": {"tooltip": "Lync", "menu": ["Exit"]}, "taskbarButton": False}
        busy = self.phase in ("signedIn", "signingIn", "reconnecting")
        windows = [self.main_window()] + ([self.dialog_window()] if self.dialog else [])
        tooltip = {"signedIn": f"Lync - {self.address} - {self.presence.own()}", "signingIn": "Lync - Signing in"}.get(self.phase, "Lync - Not signed in")
        return {"windows": windows,
                "icon": {"tooltip": tooltip, "menu": ["Open Lync", "Sign Out", "Exit"] if busy else ["Open Lync", "Exit"],
                         "ctrlMenu": [lync_diagnostics.MENU_ITEM]},
                "taskbarButton": self.taskbar_button()}

    def taskbar_button(self):
        """Open: a button. Minimized: one unless minimized to the notification area. Closed: the assumption says."""
        if self.shown:
            return True
        if self.minimized:
            return not self.settings.get("minimizeToNotificationArea", False)
        return json.loads(os.environ.get("SIGNIN_ASSUMPTIONS") or "{}").get("taskbarButtonWhenClosed", True)

    def main_window(self):
        busy = self.phase in ("signedIn", "signingIn", "reconnecting")
        file_menu = [{"name": "Close"}] + ([{"name": "Sign Out"}] if busy else []) + [{"name": "Exit"}]
        controls = [{"kind": "button", "name": "Minimize"}, {"kind": "menu", "name": "Options", "items": [{"name": "File", "items": file_menu},
                                                                    {"name": "Tools", "items": [{"name": "Options"}]}]}]
        message = self.message or ((self.outlook.notice(), None) if self.outlook.notice() else None)
        if message:
            text, title = message
            if title:
                controls.append({"kind": "label", "name": "Message title", "text": title})
            controls.append({"kind": "label", "name": "Message", "text": text})
        if self.phase in ("signedIn", "reconnecting"):
            screen = "contacts"
            contacts = "Presence up to date" if self.phase == "signedIn" else "Presence unknown"
            controls += [{"kind": "label", "name": "Signed in as", "text": self.address},
                         *self.presence.controls(),
                         *self.address_book.controls(),
                         *self.contacts.controls(),
                         {"kind": "label", "name": "Contact list", "text": contacts}]
        elif self.phase == "signingIn":
            screen = "signing-in"
            controls += [{"kind": "label", "name": "Status", "text": "Signing in..."},
                         {"kind": "label", "name": "Signing in as", "text": self.address}]
        else:
            screen = "sign-in"
            controls.append({"kind": "textbox", "name": "Sign-in address", "value": self.address, "secret": False})
            if self.password_box:
                controls += [{"kind": "textbox", "name": "Password", "value": "••••••••" if self.password else "", "secret": True},
                             {"kind": "checkbox", "name": "Save my password", "checked": self.save_password}
                             if lync_admin.saving_allowed(self.admin) else
                             {"kind": "checkbox", "name": "Save my password", "checked": False, "disabled": True}]
            controls += [{"kind": "button", "name": "Sign In"}, {"kind": "link", "name": "Delete my sign-in info"}]
        return {"id": "main", "title": "Lync", "visible": self.shown, "foreground": self.shown and self.dialog is None,
                "screen": screen, "controls": controls}

    def dialog_window(self):
        d = self.dialog
        base = {"id": d["kind"], "title": "Lync", "visible": True, "foreground": True, "screen": "dialog"}
        if d["kind"] == "options":
            return {**base, "title": "Lync - Options", "controls": [
                {"kind": "label", "name": "Page", "text": "Personal"},
                {"kind": "checkbox", "name": "Automatically start Lync when I log on to Windows", "checked": d["autoStart"]},
                {"kind": "checkbox", "name": "Show Lync in the foreground when it starts", "checked": d["showInForeground"]},
                *[{"kind": "checkbox", "name": label, "checked": d[key]} for label, key in GENERAL_OPTIONS.items()],
                # Kept by the service, changeable only while signed in; the example never changes it (a known deviation).
                {"kind": "checkbox", "name": SAVE_CONVERSATIONS, "checked": True,
                 **({} if self.phase == "signedIn" else {"disabled": True})},
                {"kind": "button", "name": "Advanced"}, {"kind": "button", "name": "OK"}, {"kind": "button", "name": "Cancel"}]}
        if d["kind"] == "connectionSettings":
            return lync_admin.connection_window(d)
        if d["kind"] == "configurationInformation":
            signed_in = self.phase in ("signedIn", "reconnecting") and self.session is not None
            return lync_diagnostics.window(self.session["endpoint"] if signed_in else "", self.inside if signed_in else "",
                                           self.address_book.url if signed_in else "")
        if d["kind"] == "confirmDelete":
            return {**base, "controls": [{"kind": "label", "name": "Question", "text": CONFIRM_DELETE},
                                         {"kind": "button", "name": "Yes"}, {"kind": "button", "name": "No"}]}
        if d["kind"] == "trustServer":
            return {**base, "controls": [{"kind": "label", "name": "Question", "text": trust_prompt(d["fqdn"])},
                                         {"kind": "checkbox", "name": "Always trust this server", "checked": d["always"]},
                                         {"kind": "button", "name": "Connect"}, {"kind": "button", "name": "Cancel"}]}
        return {**base, "controls": [{"kind": "label", "name": "Question", "text": f"Enter the password for {self.address}"},
                                     {"kind": "textbox", "name": "User name", "value": d.get("userName") or "", "secret": False},
                                     {"kind": "textbox", "name": "Password", "value": "••••••••" if d.get("password") else "", "secret": True},
                                     {"kind": "button", "name": "OK"}, {"kind": "button", "name": "Cancel"}]}
