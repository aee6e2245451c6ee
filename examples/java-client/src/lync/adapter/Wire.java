package lync.adapter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lync.core.Net;
import lync.core.Secret;
import lync.core.Settings;
import lync.core.View;

/** Converts between the core's types and the protocol's JSON shapes (docs/client-protocol.md, Shapes). */
final class Wire {
  private Wire() {}

  // ---- reading what the harness sends; a missing or mistyped field is an error (-32602) ----

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object v, String path) {
    if (v instanceof Map<?, ?> m) return (Map<String, Object>) m;
    throw new Rpc.Error(-32602, path + ": expected an object");
  }

  static String string(Map<String, Object> m, String field) {
    if (m.get(field) instanceof String s) return s;
    throw new Rpc.Error(-32602, field + ": expected a string");
  }

  static String optString(Map<String, Object> m, String field) {
    Object v = m.get(field);
    if (v == null) return null;
    if (v instanceof String s) return s;
    throw new Rpc.Error(-32602, field + ": expected a string or null");
  }

  static boolean bool(Map<String, Object> m, String field) {
    if (m.get(field) instanceof Boolean b) return b;
    throw new Rpc.Error(-32602, field + ": expected true or false");
  }

  static Boolean optBool(Map<String, Object> m, String field) {
    Object v = m.get(field);
    if (v == null) return null;
    if (v instanceof Boolean b) return b;
    throw new Rpc.Error(-32602, field + ": expected true or false");
  }

  static int integer(Map<String, Object> m, String field) {
    if (m.get(field) instanceof Long l) return Math.toIntExact(l);
    throw new Rpc.Error(-32602, field + ": expected an integer");
  }

  static Integer optInteger(Map<String, Object> m, String field) {
    return m.get(field) == null ? null : integer(m, field);
  }

  static List<String> strings(Map<String, Object> m, String field) {
    if (!(m.get(field) instanceof List<?> l)) throw new Rpc.Error(-32602, field + ": expected a list");
    List<String> out = new ArrayList<>();
    for (Object o : l) {
      if (!(o instanceof String s)) throw new Rpc.Error(-32602, field + ": expected strings");
      out.add(s);
    }
    return out;
  }

  static Secret optSecret(Map<String, Object> m, String field) {
    String s = optString(m, field);
    return s == null ? null : new Secret(s);
  }

  static Settings.UserSettings settings(Object v) {
    Map<String, Object> m = object(v, "settings.read");
    return new Settings.UserSettings(
        string(m, "signInAddress"),
        bool(m, "showInForeground"),
        strings(m, "trustedServers"),
        bool(m, "signedOutByUser"),
        bool(m, "runAtLogon"),
        optInteger(m, "inactiveMinutes"),
        optInteger(m, "awayMinutes"),
        optBool(m, "minimizeToNotificationArea"),
        optBool(m, "reopenConversations"));
  }

  private static Settings.PolicyValues policies(Object v) {
    Map<String, Object> m = object(v, "policies");
    return new Settings.PolicyValues(
        optBool(m, "savePassword"),
        optBool(m, "preventRun"),
        optBool(m, "disableNTCredentials"),
        optBool(m, "disableAutomaticSendTracing"),
        optBool(m, "disableHttpConnect"),
        optInteger(m, "galDownloadInitialDelay"),
        optInteger(m, "httpProxyControlFlags"));
  }

  static Settings.Connection connection(Object v) {
    Map<String, Object> m = object(v, "connection");
    return new Settings.Connection("manual".equals(string(m, "mode")), string(m, "internalServer"), string(m, "externalServer"));
  }

  static Settings.Admin admin(Object v) {
    Map<String, Object> m = object(v, "admin.read");
    Map<String, Object> p = object(m.get("policies"), "policies");
    return new Settings.Admin(policies(p.get("machine")), policies(p.get("user")), connection(m.get("connection")), bool(m, "tracing"),
        optString(m, "domainAccount"));
  }

  static Settings.Credential credential(Object v) {
    Object entry = object(v, "credentials.read").get("entry");
    if (entry == null) return null;
    Map<String, Object> m = object(entry, "entry");
    return new Settings.Credential(string(m, "address"), string(m, "userName"), optSecret(m, "password"), optSecret(m, "certificate"),
        optString(m, "endpoint"));
  }

  /** The answer to outlook.readDefaultProfile: the default profile's mailbox address, or null. */
  static String profileAddress(Object v) {
    Object profile = object(v, "outlook.readDefaultProfile").get("profile");
    return profile == null ? null : string(object(profile, "profile"), "address");
  }

  static boolean damaged(Object v) {
    return bool(object(v, "contacts.readCache"), "damaged");
  }

  static Net.Response response(Object v) {
    Map<String, Object> m = object(v, "response");
    if (!bool(m, "ok")) return new Net.Failed(string(m, "failure"));
    String kind = string(m, "kind");
    switch (kind) {
      case "discovered":
        return new Net.Discovered(string(m, "webServices"), string(m, "pool"));
      case "authenticated":
        return new Net.Authenticated(new Secret(string(m, "token")), new Secret(string(m, "certificate")));
      case "registered":
        return new Net.Registered(string(m, "sessionId"), string(m, "endpoint"), string(m, "addressBook"), optBool(m, "remoteUser"),
            optBool(m, "saveConversations"));
      case "addressBook": {
        List<Net.Person> people = new ArrayList<>();
        if (!(m.get("entries") instanceof List<?> l)) throw new Rpc.Error(-32602, "entries: expected a list");
        for (Object o : l) {
          Map<String, Object> e = object(o, "entries[]");
          people.add(new Net.Person(string(e, "address"), string(e, "name")));
        }
        return new Net.AddressBookEntries(people);
      }
      default:
        return new Net.Done(kind);
    }
  }

  // ---- writing what the core sends ----

  static Map<String, Object> map(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
    return m;
  }

  private static String reveal(Secret s) {
    return s == null ? null : s.reveal();
  }

  static Map<String, Object> patch(Settings.Patch p) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (p.signInAddress() != null) m.put("signInAddress", p.signInAddress());
    if (p.showInForeground() != null) m.put("showInForeground", p.showInForeground());
    if (p.trustedServers() != null) m.put("trustedServers", new ArrayList<Object>(p.trustedServers()));
    if (p.signedOutByUser() != null) m.put("signedOutByUser", p.signedOutByUser());
    if (p.inactiveMinutes() != null) m.put("inactiveMinutes", p.inactiveMinutes());
    if (p.awayMinutes() != null) m.put("awayMinutes", p.awayMinutes());
    if (p.minimizeToNotificationArea() != null) m.put("minimizeToNotificationArea", p.minimizeToNotificationArea());
    if (p.reopenConversations() != null) m.put("reopenConversations", p.reopenConversations());
    return m;
  }

  static Map<String, Object> connection(Settings.Connection c) {
    return map("mode", c.manual() ? "manual" : "automatic", "internalServer", c.internalServer(), "externalServer", c.externalServer());
  }

  static Map<String, Object> credential(Settings.Credential e) {
    return map("address", e.address(), "userName", e.userName(), "password", reveal(e.password()), "certificate", reveal(e.certificate()),
        "endpoint", e.endpoint());
  }

  static Map<String, Object> request(Net.Request r) {
    if (r instanceof Net.Discover d) return map("kind", "discover", "host", d.host());
    if (r instanceof Net.Authenticate a) {
      Map<String, Object> m = map("kind", "authenticate", "host", a.host(), "userName", a.userName(), "password", reveal(a.password()));
      if (a.idcrlProxy() != null)
        m.put("idcrlProxy", map("sipHttpsProxy", a.idcrlProxy().sipHttpsProxy(), "namedProxy", a.idcrlProxy().namedProxy()));
      return m;
    }
    if (r instanceof Net.Register g) {
      Map<String, Object> m = map("kind", "register", "host", g.host(), "address", g.address(), "token", reveal(g.token()), "certificate",
          reveal(g.certificate()), "clientVersion", g.clientVersion());
      if (g.transport() != null) m.put("transport", g.transport());
      return m;
    }
    if (r instanceof Net.Unregister u) return map("kind", "unregister", "host", u.host(), "sessionId", u.sessionId());
    if (r instanceof Net.Exchange x) return map("kind", "exchange", "host", x.host(), "address", x.address(), "password", reveal(x.password()));
    if (r instanceof Net.Publish p)
      return map("kind", "publish", "host", p.host(), "sessionId", p.sessionId(), "availability", p.availability(), "byUser", p.byUser());
    if (r instanceof Net.ContactChange c)
      return map("kind", c.kind(), "host", c.host(), "sessionId", c.sessionId(), "contact", c.contact());
    if (r instanceof Net.InstantMessage i)
      return map("kind", "instantMessage", "host", i.host(), "sessionId", i.sessionId(), "to", i.to(), "text", i.text());
    if (r instanceof Net.SaveConversationsOption o) return map("kind", "saveConversations", "host", o.host(), "sessionId", o.sessionId(), "on", o.on());
    if (r instanceof Net.SaveConversation c) {
      List<Object> lines = new ArrayList<>();
      for (Net.Line l : c.lines()) lines.add(map("from", l.from(), "text", l.text()));
      return map("kind", "saveConversation", "host", c.host(), "address", c.address(), "participants", new ArrayList<Object>(c.participants()),
          "lines", lines);
    }
    Net.AddressBook b = (Net.AddressBook) r;
    return map("kind", "addressBook", "host", b.host(), "sessionId", b.sessionId(), "query", b.query());
  }

  static Map<String, Object> view(View.Screen s) {
    List<Object> windows = new ArrayList<>();
    for (View.Window w : s.windows()) {
      List<Object> controls = new ArrayList<>();
      for (View.Control c : w.controls()) controls.add(control(c));
      windows.add(map("id", w.id(), "title", w.title(), "visible", w.visible(), "foreground", w.foreground(), "screen", w.screen(), "controls",
          controls));
    }
    Object icon = null;
    if (s.icon() != null) {
      Map<String, Object> i = map("tooltip", s.icon().tooltip(), "menu", new ArrayList<Object>(s.icon().menu()));
      if (s.icon().ctrlMenu() != null) i.put("ctrlMenu", new ArrayList<Object>(s.icon().ctrlMenu()));
      icon = i;
    }
    return map("windows", windows, "icon", icon, "taskbarButton", s.taskbarButton());
  }

  private static Map<String, Object> control(View.Control c) {
    if (c instanceof View.Label l) return map("kind", "label", "name", l.name(), "text", l.text());
    if (c instanceof View.TextBox t) return map("kind", "textbox", "name", t.name(), "value", t.value(), "secret", t.secret());
    if (c instanceof View.CheckBox b) {
      Map<String, Object> m = map("kind", "checkbox", "name", b.name(), "checked", b.checked());
      if (b.disabled()) m.put("disabled", true);
      return m;
    }
    if (c instanceof View.Button b) return map("kind", "button", "name", b.name());
    if (c instanceof View.Link l) return map("kind", "link", "name", l.name());
    View.Menu menu = (View.Menu) c;
    return map("kind", "menu", "name", menu.name(), "items", items(menu.items()));
  }

  private static List<Object> items(List<View.MenuItem> items) {
    List<Object> out = new ArrayList<>();
    for (View.MenuItem i : items) {
      Map<String, Object> m = map("name", i.name());
      if (i.items() != null) m.put("items", items(i.items()));
      out.add(m);
    }
    return out;
  }
}
