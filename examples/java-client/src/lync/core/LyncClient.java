package lync.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The client core: sign-in, sign-out, dialogs, reconnecting. It knows nothing of the protocol; it is driven by the
 * on* methods (what the user, Windows, the network and the timers do) and acts only through {@link Platform}.
 */
public final class LyncClient {
  enum Phase { STARTING, SIGNED_OUT, SIGNING_IN, SIGNED_IN, RECONNECTING, EXITED }

  enum MainWindow { SHOWN, HIDDEN, MINIMIZED }

  record Message(String title, String text) {}

  record Session(String id, String endpoint) {}

  /** One sign-in attempt: the request it waits for and what it has learnt so far. */
  static final class Attempt {
    int requestId;
    final boolean automatic;
    int server;
    String stage = "discover";
    String pool;
    Net.Register registration;
    boolean usedSaved;
    boolean windowsCredentials;

    Attempt(int requestId, boolean automatic, int server) {
      this.requestId = requestId;
      this.automatic = automatic;
      this.server = server;
    }
  }

  static final String RETRY_TIMER = "sign-in retry";
  static final String IDENTITY_HOST = "login.microsoftonline.com";
  static final String EXCHANGE_HOST = "outlook.office365.com";
  static final int MAX_EXCHANGE_PROMPTS = 3;
  static final String EXCHANGE_EWS_URL = "https://outlook.office365.com/EWS/Exchange.asmx";
  static final String EXCHANGE_RETRY_TIMER = "exchange retry";
  private static final List<String> DEFAULT_TRUSTED = List.of("lync.com", "outlook.com", "lync.glbdns.microsoft.com", "microsoftonline.com");

  private final Platform platform;
  private final Assumptions assumptions;
  private final String version;
  final Presence presence;
  final AddressBook addressBook;
  final Contacts contacts;
  final Conversation conversation;

  Phase phase = Phase.STARTING;
  private boolean fromRunKey;
  Settings.UserSettings settings;
  private Settings.Admin admin;
  String address = "";
  private Secret password;
  /** FS-05: the user name typed in the credential dialog when it is not the address; null: the saved one, or the address. */
  private String userName;
  boolean savePassword;
  boolean passwordBox;
  Message message;
  MainWindow mainWindow = MainWindow.HIDDEN;
  Dialogs.Dialog dialog;
  private Settings.Credential saved;
  private Secret certificate;
  private Session session;
  Boolean remoteUser;
  private Attempt attempt;
  private int nextRequestId = 1;
  private Integer exchangeRequestId;
  private int exchangePrompts;
  boolean exchangeReady;
  /** Autodiscover answered: Configuration Information shows the EWS URLs. */
  boolean exchangeDiscovered;
  /** Why the Exchange connection is down: "turned down", "cancelled", "unreachable", or null. */
  private String exchangeTrouble;
  /** A password typed in the Exchange prompt with Save my password ticked, saved once Exchange accepts it. */
  private Secret exchangeToSave;

  private View.Screen lastScreen;
  private String lastSdkState;

  public LyncClient(Platform platform, Assumptions assumptions, String version) {
    this.platform = platform;
    this.assumptions = assumptions;
    this.version = version;
    this.presence = new Presence(this, platform);
    this.addressBook = new AddressBook(this, platform);
    this.contacts = new Contacts(this, platform);
    this.conversation = new Conversation(this, platform);
  }

  // ---- what the parts and the screen read ----

  Assumptions assumptions() {
    return assumptions;
  }

  Settings.Admin admin() {
    return admin;
  }

  String address() {
    return address;
  }

  Session session() {
    return session;
  }

  boolean isSignedIn() {
    return phase == Phase.SIGNED_IN;
  }

  int newRequestId() {
    return nextRequestId++;
  }

  public boolean exited() {
    return phase == Phase.EXITED;
  }

  boolean hasTypedPassword() {
    return password != null;
  }

  boolean passwordSavingAllowed() {
    return !Boolean.FALSE.equals(admin == null ? null : admin.policy(Settings.PolicyValues::savePassword));
  }

  // ---- events from Windows ----

  public void onStarted(boolean fromRunKey) {
    this.fromRunKey = fromRunKey;
    refresh();
    settings = platform.readSettings();
    admin = platform.readAdmin();
    if (settings.inactiveMinutes() != null) presence.inactiveMinutes = settings.inactiveMinutes();
    if (settings.awayMinutes() != null) presence.awayMinutes = settings.awayMinutes();
    address = settings.signInAddress();
    if (Boolean.TRUE.equals(admin.policy(Settings.PolicyValues::preventRun))) {
      end();
      return;
    }
    savePassword = passwordSavingAllowed() && assumptions.savePasswordCheckedByDefault();
    if (address.isEmpty()) {
      showSignInScreen();
    } else {
      Settings.Credential entry = platform.readCredential(address);
      if (passwordSavingAllowed()) {
        saved = entry;
        if (entry != null && entry.password() != null) savePassword = true;
      } else {
        saved = entry == null ? null : new Settings.Credential(entry.address(), entry.userName(), null, null, entry.endpoint());
        savePassword = false;
      }
      boolean allowed = !settings.signedOutByUser() || assumptions.autoSignInAfterManualSignOut();
      if (allowed && signsInUntyped(true)) {
        mainWindow = windowAtStart();
        phase = Phase.SIGNING_IN;
        startAttempt(true, 0);
      } else {
        showSignInScreen();
      }
    }
    refresh();
  }

  private MainWindow windowAtStart() {
    return settings.showInForeground() || !fromRunKey ? MainWindow.SHOWN : MainWindow.HIDDEN;
  }

  private void showSignInScreen() {
    phase = Phase.SIGNED_OUT;
    mainWindow = windowAtStart();
    passwordBox = saved != null;
  }

  public void onLoggingOff() {
    end();
  }

  public void onSessionLocked(boolean locked) {
    presence.lock(locked);
    refresh();
  }

  public void onNetworkChanged(boolean online) {
    if (!online) connectionLost();
    else if (phase == Phase.RECONNECTING || (phase == Phase.SIGNING_IN && dialog == null)) startAttempt(true, 0);
    refresh();
  }

  public void onUserInput() {
    presence.input();
    refresh();
  }

  // ---- the service, the network and the timers ----

  public void onServiceMessage(String from, String text) {
    if (isSignedIn()) {
      platform.alert(from, text);
      conversation.received(from, text);
      refresh();
    }
  }

  /** reason: "offline", or "not federated" (the recipient is in another organization and federation refused it). */
  public void onNotDelivered(String to, String reason) {
    if (isSignedIn()) platform.alert("Lync", "not federated".equals(reason) ? Messages.notFederated(to) : Messages.notDelivered(to));
  }

  public void onConnectionLost() {
    connectionLost();
    refresh();
  }

  public void onContactPresence(String contact, String availability) {
    contacts.arrived(contact);
    presence.contact(contact, availability);
    refresh();
  }

  public void onSdkSignOut() {
    signOut();
    refresh();
  }

  public void onTimer(String name) {
    if (name.equals(Presence.IDLE_TIMER) || name.equals(Presence.AWAY_TIMER)) presence.onTimer(name);
    else if (name.equals(EXCHANGE_RETRY_TIMER)) exchangeRetryFired();
    else if (name.equals(RETRY_TIMER) && (phase == Phase.SIGNING_IN || phase == Phase.RECONNECTING)) startAttempt(true, 0);
    refresh();
  }

  public void onResponse(int requestId, Net.Response response) {
    if (!conversation.onResponse(requestId, response) && !addressBook.onResponse(requestId, response)) {
      if (exchangeRequestId != null && exchangeRequestId == requestId) onExchange(response);
      else if (attempt != null && attempt.requestId == requestId) onAttemptResponse(response);
    }
    refresh();
  }

  // ---- the user ----

  public void onClick(String window, String control) {
    if (!window.equals("main")) onDialog(window, "click", control, null, null, false);
    else if (control.equals("Minimize")) mainWindow = MainWindow.MINIMIZED;
    else if (control.equals(Contacts.ADD_BUTTON)) contacts.add();
    else if (phase == Phase.SIGNED_OUT && dialog == null) {
      if (control.equals("Delete my sign-in info") || control.equals("Delete my sign-in information")) dialog = new Dialogs.ConfirmDelete();
      else if (control.equals("Sign In")) clickSignIn();
    }
    afterUserAction();
  }

  public void onType(String window, String field, String text, Secret secret) {
    if (window.equals("conversation")) {
      if (field.equals(Conversation.BOX) && text != null) conversation.send(text);
    } else if (!window.equals("main")) onDialog(window, "type", field, text, secret, false);
    else if (field.equals(AddressBook.BOX) && text != null) addressBook.search(text);
    else if (field.equals(Contacts.ADD_BOX) && text != null) contacts.type(text);
    else if (secret != null) password = secret;
    else if (text != null) {
      address = text.trim();
      userName = null;
      message = null;
    }
    afterUserAction();
  }

  public void onToggle(String window, String control, boolean on) {
    if (!window.equals("main")) onDialog(window, "toggle", control, null, null, on);
    else if (control.equals("Save my password") && passwordSavingAllowed()) savePassword = on;
    afterUserAction();
  }

  public void onMenu(String window, List<String> path, String menu) {
    if (Presence.MENU.equals(menu)) {
      if (path.size() == 1) presence.choose(path.get(0));
    } else if (menu != null && menu.startsWith(Contacts.MENU) && path.equals(List.of(Conversation.SEND_IM))) {
      conversation.open(menu.substring(Contacts.MENU.length()));
    } else if (contacts.onMenu(menu, path)) {
      // a contact's right-click menu
    } else {
      switch (String.join(" > ", path)) {
        case "File > Close" -> closeMain();
        case "File > Sign Out" -> signOut();
        case "File > Exit" -> end();
        case "Tools > Options" -> {
          if (dialog == null) dialog = optionsDialog();
        }
        default -> {}
      }
    }
    afterUserAction();
  }

  public void onCloseWindow(String window) {
    if (window.equals("main")) closeMain();
    else if (window.equals("conversation")) conversation.close();
    else onDialog(window, "close", null, null, null, false);
    afterUserAction();
  }

  public void onIconClick() {
    mainWindow = MainWindow.SHOWN;
    afterUserAction();
  }

  public void onIconMenu(String item, boolean ctrl) {
    if (ctrl && item.equals(Screens.CONFIGURATION_INFORMATION)) {
      if (dialog == null) dialog = new Dialogs.ConfigurationInformation();
    } else {
      switch (item) {
        case "Exit" -> end();
        case "Sign Out" -> signOut();
        case "Open Lync" -> mainWindow = MainWindow.SHOWN;
        default -> {}
      }
    }
    afterUserAction();
  }

  /** Using Lync is using the computer (NR-12). */
  private void afterUserAction() {
    presence.input();
    refresh();
  }

  private void clickSignIn() {
    if (address.isEmpty()) return;
    if (!passwordBox && !signsInUntyped(false)) {
      passwordBox = true;
      message = null;
      return;
    }
    if (passwordBox && password == null) return;
    phase = Phase.SIGNING_IN;
    startAttempt(false, 0);
  }

  private Dialogs.Options optionsDialog() {
    Dialogs.Options o = new Dialogs.Options();
    o.autoStart = settings.runAtLogon();
    o.showInForeground = settings.showInForeground();
    o.minimize = Boolean.TRUE.equals(settings.minimizeToNotificationArea());
    o.reopen = Boolean.TRUE.equals(settings.reopenConversations());
    o.saveConversations = conversation.save;
    o.inactive = String.valueOf(presence.inactiveMinutes);
    o.away = String.valueOf(presence.awayMinutes);
    return o;
  }

  private void closeMain() {
    if (dialog != null) onDialog(Screens.windowId(dialog), "close", null, null, null, false);
    mainWindow = MainWindow.HIDDEN;
    dialog = null;
  }

  /** A click, typing, a tick or the X on the dialog that is open. */
  private void onDialog(String window, String action, String control, String text, Secret secret, boolean on) {
    if (dialog == null || !window.equals(Screens.windowId(dialog))) return;
    String button = action.equals("click") ? control : action.equals("close") ? "Cancel" : null;
    if (dialog instanceof Dialogs.Options o) {
      if (action.equals("toggle")) {
        switch (control) {
          case Screens.AUTO_START -> o.autoStart = on;
          case Screens.FOREGROUND -> o.showInForeground = on;
          case Screens.MINIMIZE_OPTION -> o.minimize = on;
          case Screens.REOPEN_OPTION -> o.reopen = on;
          case Conversation.OPTION -> {
            if (isSignedIn()) o.saveConversations = on;
          }
          default -> {}
        }
      } else if (action.equals("type") && text != null) {
        if (control.equals(Screens.INACTIVE_FIELD)) o.inactive = text;
        else if (control.equals(Screens.AWAY_FIELD)) o.away = text;
      } else if ("Advanced".equals(button)) {
        dialog = new Dialogs.ConnectionSettings(o, admin.connection());
      } else if ("OK".equals(button)) {
        dialog = null;
        platform.setRunAtLogon(o.autoStart);
        platform.writeSettings(Settings.Patch.none().withShowInForeground(o.showInForeground).withGeneral(o.minimize, o.reopen));
        presence.setMinutes(o.inactive, o.away);
        platform.writeSettings(Settings.Patch.none().withMinutes(presence.inactiveMinutes, presence.awayMinutes));
        settings = new Settings.UserSettings(settings.signInAddress(), o.showInForeground, settings.trustedServers(),
            settings.signedOutByUser(), o.autoStart, presence.inactiveMinutes, presence.awayMinutes, o.minimize, o.reopen);
        conversation.setOption(o.saveConversations);
      } else if ("Cancel".equals(button)) {
        dialog = null;
      }
    } else if (dialog instanceof Dialogs.ConnectionSettings c) {
      if (action.equals("toggle")) c.manual = control.equals(Screens.MANUAL) ? on : !on;
      else if (action.equals("type") && text != null) {
        if (control.equals(Screens.INTERNAL)) c.internalServer = text.trim();
        else c.externalServer = text.trim();
      } else if ("OK".equals(button)) {
        Settings.Connection connection = new Settings.Connection(c.manual, c.internalServer, c.externalServer);
        admin = new Settings.Admin(admin.machine(), admin.user(), connection, admin.tracing(), admin.domainAccount());
        platform.writeConnection(connection);
        dialog = c.options;
      } else if ("Cancel".equals(button)) dialog = c.options;
    } else if (dialog instanceof Dialogs.ConfirmDelete) {
      if ("Yes".equals(button)) deleteSignInInfo();
      else if (button != null) dialog = null;
    } else if (dialog instanceof Dialogs.Trust t) {
      if (action.equals("toggle") && control.equals("Always trust this server")) t.always = on;
      else if ("Connect".equals(button)) {
        dialog = null;
        if (t.always) {
          List<String> trusted = new ArrayList<>(settings.trustedServers());
          trusted.add(t.host);
          settings = new Settings.UserSettings(settings.signInAddress(), settings.showInForeground(), trusted, settings.signedOutByUser(),
              settings.runAtLogon(), settings.inactiveMinutes(), settings.awayMinutes(), settings.minimizeToNotificationArea(),
              settings.reopenConversations());
          platform.writeSettings(Settings.Patch.none().withTrustedServers(trusted));
        }
        continueWithCredentials(attempt == null ? "" : attempt.pool);
      } else if ("Cancel".equals(button)) {
        dialog = null;
        fail(null, false);
      }
    } else if (dialog instanceof Dialogs.Credentials d) {
      if (action.equals("type") && secret != null) d.password = secret;
      else if (action.equals("type") && text != null && "User name".equals(control) && !d.exchange) d.userName = text.trim();
      else if (action.equals("toggle") && d.exchange && control.equals("Save my password") && passwordSavingAllowed()) d.savePassword = on;
      else if ("OK".equals(button) && d.password != null) {
        dialog = null;
        if (d.exchange) sendExchange(d.password, d.savePassword ? d.password : null);
        else {
          String typed = d.userName == null ? "" : d.userName;
          userName = typed.isEmpty() || typed.equalsIgnoreCase(address) ? null : typed;
          password = d.password;
          startAttempt(false, 0);
        }
      } else if ("Cancel".equals(button)) {
        dialog = null;
        if (d.exchange) exchangeTrouble = "cancelled";
        else {
          password = null;
          fail(message, true);
        }
      }
    } else if (dialog instanceof Dialogs.ConfigurationInformation) {
      if (button != null) dialog = null;
    }
  }

  private void deleteSignInInfo() {
    dialog = null;
    platform.deleteCredential(address);
    saved = null;
    userName = null;
    certificate = null;
    passwordBox = true;
    message = null;
    if (!assumptions.addressKeptAfterDelete()) {
      address = "";
      platform.writeSettings(Settings.Patch.none().withSignInAddress(""));
    }
  }

  // ---- signing in ----

  private Settings.Credential savedForAddress() {
    return saved != null && saved.address().equals(address) ? saved : null;
  }

  private boolean hasSavedCredentials() {
    Settings.Credential s = savedForAddress();
    return s != null && (s.password() != null || s.certificate() != null);
  }

  private boolean windowsCredentialsAllowed() {
    return admin.domainAccount() != null && !Boolean.TRUE.equals(admin.policy(Settings.PolicyValues::disableNTCredentials));
  }

  /** Saved credentials, or the Windows credentials (at start: only for an address signed in with before). */
  private boolean signsInUntyped(boolean atStart) {
    return hasSavedCredentials() || (windowsCredentialsAllowed() && (!atStart || savedForAddress() != null));
  }

  private String domain() {
    return address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
  }

  /** The names one attempt tries in turn (docs: Finding the server). */
  private List<String> serversToTry() {
    Settings.Connection c = admin.connection();
    List<String> names = new ArrayList<>();
    if (!c.manual()) {
      String d = domain();
      names.addAll(List.of("lyncdiscoverinternal." + d, "lyncdiscover." + d, "_sip._tls." + d, "sip." + d));
    } else {
      for (String n : List.of(c.internalServer(), c.externalServer())) if (!n.isEmpty() && !names.contains(n)) names.add(n);
      if (names.isEmpty()) names.add("lyncdiscover." + domain());
    }
    return names;
  }

  private void startAttempt(boolean automatic, int server) {
    int id = newRequestId();
    if (!automatic) message = null;
    dialog = null;
    attempt = new Attempt(id, automatic, server);
    platform.clearTimer(RETRY_TIMER);
    platform.send(id, new Net.Discover(serversToTry().get(server)));
  }

  private boolean trusted(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    List<String> domains = new ArrayList<>(DEFAULT_TRUSTED);
    domains.add(domain());
    for (String d : domains) if (h.equals(d) || h.endsWith("." + d)) return true;
    return settings.trustedServers().contains(h);
  }

  private void onAttemptResponse(Net.Response response) {
    if (response instanceof Net.Failed f) {
      onAttemptFailure(f.failure());
      return;
    }
    if (response instanceof Net.Discovered d) {
      attempt.pool = d.pool();
      if (trusted(d.webServices())) continueWithCredentials(d.pool());
      else {
        attempt.stage = "trust";
        dialog = new Dialogs.Trust(d.webServices().toLowerCase(Locale.ROOT));
      }
    } else if (response instanceof Net.Authenticated a) {
      certificate = a.certificate();
      register(new Net.Register(attempt.pool, address, a.token(), null, version, null));
    } else if (response instanceof Net.Registered r) {
      signedIn(r);
    }
  }

  private void continueWithCredentials(String pool) {
    if (attempt == null) return;
    Settings.Credential s = savedForAddress();
    Secret cert = certificate != null ? certificate : s == null ? null : s.certificate();
    if (cert != null) {
      attempt.usedSaved = certificate == null;
      String host = s != null && s.endpoint() != null ? s.endpoint() : pool;
      register(new Net.Register(host, address, null, cert, version, null));
      return;
    }
    Secret pw = password != null ? password : s == null ? null : s.password();
    if (pw == null && !windowsCredentialsAllowed()) {
      fail(null, true);
      return;
    }
    int id = newRequestId();
    attempt.requestId = id;
    attempt.stage = "authenticate";
    attempt.usedSaved = password == null;
    attempt.windowsCredentials = pw == null;
    platform.send(id, new Net.Authenticate(IDENTITY_HOST, userNameToPresent(), pw, idcrlProxy()));
  }

  /** FS-05: the user name typed in the User name box, else the one saved beside the address, else the address. */
  private String userNameToPresent() {
    Settings.Credential s = savedForAddress();
    return userName != null ? userName : s != null ? s.userName() : address;
  }

  /** KB 3123662: HttpProxyControlFlags bit 0x1 takes IE's named proxy away, bit 0x2 the proxy for SIP over HTTPS; null when not configured. */
  private Net.IdcrlProxy idcrlProxy() {
    Integer flags = admin == null ? null : admin.policy(Settings.PolicyValues::httpProxyControlFlags);
    return flags == null ? null : new Net.IdcrlProxy((flags & 0x2) == 0, (flags & 0x1) == 0);
  }

  private void register(Net.Register request) {
    contacts.beforeRegister(phase == Phase.RECONNECTING);
    int id = newRequestId();
    attempt.requestId = id;
    attempt.stage = "register";
    attempt.registration = request;
    platform.send(id, request);
  }

  private void signedIn(Net.Registered r) {
    Settings.Credential s = savedForAddress();
    boolean keep = passwordSavingAllowed() && savePassword;
    Secret pw = password != null ? password : s == null ? null : s.password();
    Secret cert = certificate != null ? certificate : s == null ? null : s.certificate();
    Settings.Credential entry = new Settings.Credential(address, userNameToPresent(), keep ? pw : null, keep ? cert : null, r.endpoint());
    phase = Phase.SIGNED_IN;
    session = new Session(r.sessionId(), r.endpoint());
    remoteUser = r.remoteUser();
    conversation.save = r.saveConversations() == null || r.saveConversations();
    attempt = null;
    message = null;
    dialog = null;
    saved = entry;
    exchangePrompts = 0;
    exchangeReady = false;
    exchangeDiscovered = false;
    exchangeTrouble = null;
    platform.writeCredential(entry);
    platform.writeSettings(Settings.Patch.none().withSignInAddress(address).withSignedOutByUser(false));
    sendExchange(pw, null);
    presence.afterSignIn();
    addressBook.afterSignIn(r.addressBook());
    outlookAddress = platform.readDefaultProfileAddress();
  }

  private void sendExchange(Secret pw, Secret toSave) {
    exchangeRequestId = newRequestId();
    exchangeToSave = toSave;
    platform.send(exchangeRequestId, new Net.Exchange(EXCHANGE_HOST, address, pw));
  }

  /**
   * Exchange's answer: accepted (a password typed with Save my password is saved), no answer (say so, try again
   * later), or turned down (ask, at most three times, then say the features are unavailable).
   */
  private void onExchange(Net.Response response) {
    exchangeRequestId = null;
    Secret toSave = exchangeToSave;
    exchangeToSave = null;
    exchangeReady = !(response instanceof Net.Failed);
    if (!(response instanceof Net.Failed f)) {
      exchangeDiscovered = true;
      exchangeTrouble = null;
      if (toSave != null && saved != null && passwordSavingAllowed()) {
        saved = new Settings.Credential(saved.address(), saved.userName(), toSave, saved.certificate(), saved.endpoint());
        platform.writeCredential(saved);
      }
      conversation.exchangeAccepted();
      return;
    }
    if (f.failure().equals("not responding") || f.failure().equals("offline")) {
      exchangeTrouble = "unreachable";
      if (isSignedIn()) platform.setTimer(EXCHANGE_RETRY_TIMER, assumptions.exchangeRetrySeconds() * 1000L, false);
      return;
    }
    exchangeDiscovered = true;
    if (!f.failure().equals("exchange needs credentials") || !isSignedIn() || dialog != null) return;
    if (exchangePrompts >= MAX_EXCHANGE_PROMPTS) {
      exchangeTrouble = "turned down";
      return;
    }
    exchangePrompts++;
    Dialogs.Credentials prompt = new Dialogs.Credentials(true);
    dialog = prompt;
  }

  private void exchangeRetryFired() {
    if (!isSignedIn() || !"unreachable".equals(exchangeTrouble) || exchangeRequestId != null) return;
    Settings.Credential s = saved != null && saved.address().equals(address) ? saved : null;
    sendExchange(password != null ? password : s == null ? null : s.password(), null);
  }

  /** KB 2436962: the mailbox address of the default Outlook profile read at the last sign-in (null: none). */
  private String outlookAddress;

  /** The line the contact list shows while signed in with a default Outlook profile for another address (letter case aside). */
  String outlookNotice() {
    if (phase != Phase.SIGNED_IN || outlookAddress == null || outlookAddress.equalsIgnoreCase(address)) return null;
    return assumptions.outlookProfileMismatchMessage();
  }

  /** EWS stopped answering while connected: the connection is down, Lync says so and tries again later. */
  void exchangeLost() {
    if (!exchangeReady) return;
    exchangeReady = false;
    exchangeTrouble = "unreachable";
    if (isSignedIn()) platform.setTimer(EXCHANGE_RETRY_TIMER, assumptions.exchangeRetrySeconds() * 1000L, false);
  }

  /** The line the contact list shows while the Exchange connection is down. */
  String exchangeNotice() {
    if (phase != Phase.SIGNED_IN || exchangeTrouble == null) return null;
    return exchangeTrouble.equals("unreachable") ? assumptions.exchangeUnreachableMessage() : assumptions.exchangeTurnedDownMessage();
  }

  private void onAttemptFailure(String failure) {
    String before = address;
    boolean discovering = attempt.stage.equals("discover");
    boolean manual = admin.connection().manual();
    if (discovering && (failure.equals("no such record") || (manual && failure.equals("not responding")))) {
      if (attempt.server + 1 < serversToTry().size()) {
        Message keep = message;
        startAttempt(attempt.automatic, attempt.server + 1);
        message = keep;
        return;
      }
      if (manual) fail(new Message(null, Messages.SERVER_UNAVAILABLE), false);
      else onFailure(failure);
    } else if (!fallBackToHttp(failure)) {
      onFailure(failure);
    }
    if (admin.tracing()) platform.writeLog("sign-in failed for " + before + ": " + failure);
    if (attempt == null && !Boolean.TRUE.equals(admin.policy(Settings.PolicyValues::disableAutomaticSendTracing)))
      platform.uploadLog(before, failure);
  }

  /** FS-16: a registration over TLS that gets no answer goes again over HTTP, unless a policy forbids it. */
  private boolean fallBackToHttp(String failure) {
    Net.Register sent = attempt.registration;
    if (!attempt.stage.equals("register") || sent == null || "http".equals(sent.transport()) || !failure.equals("not responding"))
      return false;
    if (!assumptions.httpFallback() || Boolean.TRUE.equals(admin.policy(Settings.PolicyValues::disableHttpConnect))) return false;
    register(sent.overHttp());
    return true;
  }

  private void onFailure(String failure) {
    switch (failure) {
      case "offline" -> retrying(assumptions.networkDelayMessage());
      case "identity provider unreachable" -> retrying(Messages.IDENTITY_UNREACHABLE);
      case "certificate chain not trusted" -> retrying(Messages.CERTIFICATE_RETRY);
      case "no such record" -> fail(plain(Messages.noServerFor(domain())), false);
      case "not responding" -> fail(plain(toSavedEndpoint() ? assumptions.staleEndpointMessage() : Messages.SERVER_UNAVAILABLE), false);
      // TE-13, KB 2630976: Lync cannot tell the user the password expired; it asks again, as for a wrong one.
      case "bad credentials", "password expired" -> badCredentials();
      case "clock skew" -> fail(new Message(Messages.CLOCK_TITLE, Messages.CLOCK), false);
      case "sign-in address not found" -> fail(plain(Messages.ADDRESS_NOT_FOUND), false);
      case "client version not supported" -> fail(plain(Messages.VERSION_NOT_SUPPORTED), false);
      case "certificate rejected" -> fail(plain(Messages.CERTIFICATE_REJECTED), false);
      case "certificate stale after outage" -> fail(plain(Messages.CERTIFICATE_STALE), false);
      default -> {}
    }
  }

  private static Message plain(String text) {
    return new Message(null, text);
  }

  private boolean toSavedEndpoint() {
    Net.Register r = attempt == null ? null : attempt.registration;
    Settings.Credential s = savedForAddress();
    return r != null && r.token() == null && s != null && Objects.equals(r.host(), s.endpoint());
  }

  private void retrying(String text) {
    if (!assumptions.signInAutoRetry()) {
      fail(plain(text), false);
      return;
    }
    if (phase != Phase.RECONNECTING) message = plain(text);
    platform.setTimer(RETRY_TIMER, assumptions.signInRetrySeconds() * 1000L, false);
  }

  private void badCredentials() {
    if (attempt.windowsCredentials) {
      fail(assumptions.windowsCredentialsTurnedDown().equals("password box and message") ? plain(Messages.BAD_CREDENTIALS) : null, true);
      return;
    }
    if (attempt.usedSaved) {
      fail(plain(Messages.BAD_CREDENTIALS), false);
      return;
    }
    String outcome = assumptions.wrongPasswordOutcome();
    String tried = userNameToPresent();
    password = null;
    saved = null;
    if (outcome.equals("message")) {
      fail(plain(Messages.BAD_CREDENTIALS), true);
      return;
    }
    certificate = null;
    message = outcome.equals("both") ? plain(Messages.BAD_CREDENTIALS) : null;
    mainWindow = MainWindow.SHOWN;
    dialog = new Dialogs.Credentials(tried);
  }

  /** The attempt ends: the sign-in screen, shown, with the message. */
  private void fail(Message shown, boolean showPasswordBox) {
    phase = Phase.SIGNED_OUT;
    attempt = null;
    session = null;
    certificate = null;
    message = shown;
    mainWindow = MainWindow.SHOWN;
    passwordBox = showPasswordBox || !hasSavedCredentials();
    platform.clearTimer(RETRY_TIMER);
  }

  private void connectionLost() {
    if (!isSignedIn()) return;
    phase = Phase.RECONNECTING;
    session = null;
    message = plain(Messages.CONNECTION_LOST);
    platform.setTimer(RETRY_TIMER, assumptions.signInRetrySeconds() * 1000L, false);
    presence.afterSignOut(true);
  }

  // ---- leaving ----

  private void signOut() {
    if (phase != Phase.SIGNED_IN && phase != Phase.SIGNING_IN && phase != Phase.RECONNECTING) return;
    conversation.close();
    platform.clearTimer(RETRY_TIMER);
    clearExchangeRetry();
    unregister();
    phase = Phase.SIGNED_OUT;
    attempt = null;
    certificate = null;
    dialog = null;
    message = null;
    password = null;
    mainWindow = MainWindow.SHOWN;
    passwordBox = !hasSavedCredentials();
    platform.writeSettings(Settings.Patch.none().withSignedOutByUser(true));
    presence.afterSignOut(false);
  }

  private void clearExchangeRetry() {
    if ("unreachable".equals(exchangeTrouble)) platform.clearTimer(EXCHANGE_RETRY_TIMER);
  }

  private void unregister() {
    if (session != null) platform.send(newRequestId(), new Net.Unregister(session.endpoint(), session.id()));
    session = null;
  }

  /** Exit, log-off or a policy that forbids running: sign out if signed in, then end the process. */
  private void end() {
    if (phase == Phase.EXITED) return;
    conversation.close();
    phase = Phase.EXITED;
    dialog = null;
    mainWindow = MainWindow.HIDDEN;
    refresh();
    platform.clearTimer(RETRY_TIMER);
    clearExchangeRetry();
    unregister();
    presence.afterSignOut(false);
    platform.exit();
  }

  // ---- drawing ----

  /** Tells the desktop what changed: the SDK state, then the windows. Nothing after the process ended. */
  private void refresh() {
    if (lastScreen != null && lastScreen.windows().isEmpty() && lastScreen.icon() == null) return;
    String sdk = Screens.sdkState(this);
    if (sdk != null && !sdk.equals(lastSdkState)) {
      lastSdkState = sdk;
      platform.sdkState(sdk);
    }
    View.Screen now = Screens.draw(this);
    if (!now.equals(lastScreen)) {
      lastScreen = now;
      platform.render(now);
    }
  }
}
