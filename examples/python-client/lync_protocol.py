"""The client's end of the signin-sim/4 protocol (docs/client-protocol.md): JSON-RPC 2.0, one object per line on
stdin and stdout, blocking. Everything received from the harness is validated against the shapes of the document."""

import json
import sys

PROTOCOL_VERSION = "signin-sim/4"


class ProtocolError(Exception):
    """The harness sent something this client does not understand: it can only stop."""


# --- Shapes, as the protocol document gives them. A shape is a function(value, path) -> None | raises ProtocolError.

def fail(path, expected, value):
    raise ProtocolError(f"{path}: expected {expected}; got {json.dumps(value)[:60]}")


def string(value, path):
    if not isinstance(value, str):
        fail(path, "a string", value)


def boolean(value, path):
    if not isinstance(value, bool):
        fail(path, "true or false", value)


def integer(value, path):
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        fail(path, "a non-negative integer", value)


def one_of(*values):
    def check(value, path):
        if value not in values:
            fail(path, "one of " + ", ".join(values), value)
    return check


def literal(expected):
    def check(value, path):
        if value != expected:
            fail(path, json.dumps(expected), value)
    return check


def nullable(shape):
    def check(value, path):
        if value is not None:
            shape(value, path)
    return check


def list_of(shape):
    def check(value, path):
        if not isinstance(value, list):
            fail(path, "a list", value)
        for i, item in enumerate(value):
            shape(item, f"{path}[{i}]")
    return check


def record(required, optional=None):
    optional = optional or {}

    def check(value, path):
        if not isinstance(value, dict):
            fail(path, "an object", value)
        for key in value:
            if key not in required and key not in optional:
                raise ProtocolError(f'{path}: unknown field "{key}"')
        for key, shape in required.items():
            if key not in value:
                raise ProtocolError(f"{path}.{key}: missing")
            shape(value[key], f"{path}.{key}")
        for key, shape in optional.items():
            if key in value:
                shape(value[key], f"{path}.{key}")
    return check


def tagged(tag, variants):
    """A union told apart by one field (`type` of an event, `kind` of a response)."""
    def check(value, path):
        if not isinstance(value, dict) or value.get(tag) not in variants:
            fail(f"{path}.{tag}", "one of " + ", ".join(variants), value.get(tag) if isinstance(value, dict) else value)
        variants[value[tag]](value, path)
    return check


AVAILABILITY = one_of(
    "Available", "Busy", "Do Not Disturb", "Be Right Back", "Off Work", "Away", "Inactive", "Offline", "Presence Unknown",
)
WINDOW = one_of("main", "options", "confirmDelete", "trustServer", "credentials", "connectionSettings",
                "configurationInformation")
PLACE = one_of("taskbar", "notification area")
FAILURE = one_of(
    "offline", "no such record", "not responding", "certificate chain not trusted", "identity provider unreachable",
    "bad credentials", "password expired", "clock skew", "sign-in address not found", "client version not supported",
    "certificate rejected", "certificate stale after outage", "exchange needs credentials", "mailbox full",
)


def net_response(value, path):
    if not isinstance(value, dict):
        fail(path, "an object", value)
    if value.get("ok") is False:
        return record({"ok": literal(False), "failure": FAILURE})(value, path)
    tagged("kind", {
        "discovered": record({"ok": literal(True), "kind": string, "webServices": string, "pool": string}),
        "authenticated": record({"ok": literal(True), "kind": string, "token": string, "certificate": string}),
        "registered": record({"ok": literal(True), "kind": string, "sessionId": string, "endpoint": string,
                              "addressBook": string},
                             {"remoteUser": boolean, "saveConversations": boolean}),
        "unregistered": record({"ok": literal(True), "kind": string}),
        "exchangeConnected": record({"ok": literal(True), "kind": string}),
        "published": record({"ok": literal(True), "kind": string}),
        "addressBook": record({"ok": literal(True), "kind": string,
                               "entries": list_of(record({"address": string, "name": string}))}),
        "contactsChanged": record({"ok": literal(True), "kind": string}),
        "messageSent": record({"ok": literal(True), "kind": string}),
        "conversationSaved": record({"ok": literal(True), "kind": string}),
    })(value, path)


def event_shape(fields):
    return record({"type": string, **fields})


EVENT = tagged("type", {
    "os.started": event_shape({"fromRunKey": boolean}),
    "os.loggingOff": event_shape({}),
    "os.sessionLocked": event_shape({"locked": boolean}),
    "os.networkChanged": event_shape({"online": boolean}),
    "os.userInput": event_shape({}),
    "user.click": event_shape({"window": WINDOW, "control": string}),
    "user.type": event_shape({"window": WINDOW, "field": string, "text": string, "secret": boolean}),
    "user.toggle": event_shape({"window": WINDOW, "control": string, "on": boolean}),
    "user.menu": record({"type": string, "window": WINDOW, "path": list_of(string)}, {"menu": string}),
    "user.closeWindow": event_shape({"window": WINDOW}),
    "user.iconClick": event_shape({"place": PLACE}),
    "user.iconMenu": record({"type": string, "place": PLACE, "item": string}, {"ctrl": boolean}),
    "net.response": event_shape({"requestId": integer, "response": net_response}),
    "timer.fired": event_shape({"name": string}),
    "service.message": event_shape({"from": string, "text": string}),
    "service.connectionLost": event_shape({}),
    "service.presence": event_shape({"address": string, "availability": AVAILABILITY}),
    "service.notDelivered": event_shape({"to": string, "reason": one_of("offline", "not federated")}),
    "sdk.signOut": event_shape({}),
})

IDENTITY = record({"computer": string, "windowsUser": string, "version": string, "pid": integer})
HARNESS_PARAMS = {
    "initialize": record({"protocolVersion": string, "identity": IDENTITY, "harness": record({"name": string, "version": string})}),
    "client/deliver": record({"event": EVENT}),
    "client/screen": record({}),
}

EMPTY = record({})
POLICY_KEY = record({}, {"savePassword": boolean, "preventRun": boolean, "disableNTCredentials": boolean,
                         "disableAutomaticSendTracing": boolean, "disableHttpConnect": boolean,
                         "galDownloadInitialDelay": integer, "httpProxyControlFlags": integer})
ENTRY = record({"address": string, "userName": string, "password": nullable(string), "certificate": nullable(string), "endpoint": nullable(string)})
PLATFORM_RESULTS = {
    "settings.read": record({"signInAddress": string, "showInForeground": boolean, "trustedServers": list_of(string),
                             "signedOutByUser": boolean, "runAtLogon": boolean},
                            {"inactiveMinutes": integer, "awayMinutes": integer,
                             "minimizeToNotificationArea": boolean, "reopenConversations": boolean}),
    "credentials.read": record({"entry": nullable(ENTRY)}),
    "contacts.readCache": record({"damaged": boolean}),
    "outlook.readDefaultProfile": record({"profile": nullable(record({"name": string, "address": string}))}),
    "admin.read": record({"policies": record({"machine": POLICY_KEY, "user": POLICY_KEY}),
                          "connection": record({"mode": one_of("automatic", "manual"), "internalServer": string,
                                                "externalServer": string}),
                          "tracing": boolean, "domainAccount": nullable(string)}),
}


# --- Transport

class Peer:
    """One request of the harness at a time; platform calls block until their answer."""

    def __init__(self, reader=sys.stdin, writer=sys.stdout):
        self.reader = reader
        self.writer = writer
        self.next_id = 1

    def _write(self, message):
        self.writer.write(json.dumps({"jsonrpc": "2.0", **message}) + "\n")
        self.writer.flush()

    def _read(self):
        while True:
            line = self.reader.readline()
            if line == "":
                return None
            if line.strip():
                break
        try:
            message = json.loads(line)
        except ValueError as error:
            self._write({"id": None, "error": {"code": -32700, "message": str(error)}})
            raise ProtocolError(f"not JSON: {line[:80]!r}")
        if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
            raise ProtocolError("not a JSON-RPC 2.0 object")
        return message

    def next_request(self):
        """(id, method, params) of the harness's next request, validated; None when stdin is closed."""
        message = self._read()
        if message is None:
            return None
        method = message.get("method")
        if method not in HARNESS_PARAMS or "id" not in message:
            self.refuse(message.get("id"), -32601, f"no method {method!r}")
            raise ProtocolError(f"unexpected message from the harness: {json.dumps(message)[:80]}")
        params = message.get("params")
        try:
            HARNESS_PARAMS[method](params, "params")
        except ProtocolError as error:
            self.refuse(message["id"], -32602, str(error))
            raise
        return message["id"], method, params

    def answer(self, request_id, result):
        self._write({"id": request_id, "result": result})

    def refuse(self, request_id, code, text):
        self._write({"id": request_id, "error": {"code": code, "message": text}})

    def call(self, method, params=None):
        """A platform call: the harness answers at once."""
        request_id = self.next_id
        self.next_id += 1
        self._write({"id": request_id, "method": method, "params": params or {}})
        message = self._read()
        if message is None:
            raise ProtocolError(f"the harness closed stdin while we waited for {method}")
        if "error" in message:
            raise ProtocolError(f"{method} failed: {message['error']}")
        if message.get("id") != request_id or "result" not in message:
            raise ProtocolError(f"expected the answer to {method}; got {json.dumps(message)[:80]}")
        PLATFORM_RESULTS.get(method, EMPTY)(message["result"], "result")
        return message["result"]
