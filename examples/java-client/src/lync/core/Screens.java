package lync.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Draws the client's windows, icon and taskbar button from its state (docs: Every window, control by control). */
final class Screens {
  private Screens() {}

  static final String AUTO_START = "Automatically start Lync when I log on to Windows";
  static final String FOREGROUND = "Show Lync in the foreground when it starts";
  static final String MINIMIZE_OPTION = "Minimize to the notification area instead of the task bar";
  static final String REOPEN_OPTION = "Reopen my conversations when I sign in to Lync";
  static final String INACTIVE_FIELD = "Show me as Inactive when my status has been idle for this many minutes";
  static final String AWAY_FIELD = "Show me as Away when my status has been Inactive for this many minutes";
  static final String AUTOMATIC = "Automatic configuration";
  static final String MANUAL = "Manual configuration";
  static final String INTERNAL = "Internal server name";
  static final String EXTERNAL = "External server name";
  static final String CONFIGURATION_INFORMATION = "Configuration Information";
  private static final String BULLETS = "••••••••";

  static String windowId(Dialogs.Dialog d) {
    if (d instanceof Dialogs.Options) return "options";
    if (d instanceof Dialogs.ConnectionSettings) return "connectionSettings";
    if (d instanceof Dialogs.ConfirmDelete) return "confirmDelete";
    if (d instanceof Dialogs.Trust) return "trustServer";
    if (d instanceof Dialogs.Credentials) return "credentials";
    return "configurationInformation";
  }

  /** SO-12: the state SDK applications see; null while the process starts. */
  static String sdkState(LyncClient c) {
    return switch (c.phase) {
      case STARTING -> null;
      case SIGNED_OUT -> "SignedOut";
      case SIGNING_IN -> "SigningIn";
      case SIGNED_IN -> "SignedIn";
      case RECONNECTING -> c.assumptions().sdkStateWhileReconnecting();
      case EXITED -> "ShuttingDown";
    };
  }

  static View.Screen draw(LyncClient c) {
    if (c.phase == LyncClient.Phase.EXITED) return new View.Screen(List.of(), null, false);
    if (c.phase == LyncClient.Phase.STARTING) return new View.Screen(List.of(), new View.Icon("Lync", List.of("Exit"), null), false);
    List<View.Window> windows = new ArrayList<>();
    windows.add(main(c));
    View.Window conversation = c.conversation.window();
    if (conversation != null) windows.add(conversation);
    if (c.dialog != null) windows.add(dialog(c, c.dialog));
    boolean active = c.phase != LyncClient.Phase.SIGNED_OUT;
    List<String> menu = active ? List.of("Open Lync", "Sign Out", "Exit") : List.of("Open Lync", "Exit");
    return new View.Screen(windows, new View.Icon(tooltip(c), menu, List.of(CONFIGURATION_INFORMATION)), taskbarButton(c));
  }

  private static String tooltip(LyncClient c) {
    String own = c.presence.own();
    if (own != null) return "Lync - " + c.address + " - " + own;
    return c.phase == LyncClient.Phase.SIGNING_IN ? "Lync - Signing in" : "Lync - Not signed in";
  }

  private static boolean taskbarButton(LyncClient c) {
    return switch (c.mainWindow) {
      case SHOWN -> true;
      case MINIMIZED -> !Boolean.TRUE.equals(c.settings.minimizeToNotificationArea());
      case HIDDEN -> c.assumptions().taskbarButtonWhenClosed();
    };
  }

  private static View.Window main(LyncClient c) {
    List<View.Control> controls = new ArrayList<>();
    controls.add(new View.Button("Minimize"));
    List<View.MenuItem> file = new ArrayList<>();
    file.add(View.MenuItem.leaf("Close"));
    if (c.phase != LyncClient.Phase.SIGNED_OUT) file.add(View.MenuItem.leaf("Sign Out"));
    file.add(View.MenuItem.leaf("Exit"));
    controls.add(new View.Menu("Options", List.of(new View.MenuItem("File", file), new View.MenuItem("Tools", List.of(View.MenuItem.leaf("Options"))))));
    if (c.message != null) {
      if (c.message.title() != null) controls.add(new View.Label("Message title", c.message.title()));
      controls.add(new View.Label("Message", c.message.text()));
    } else if (c.exchangeNotice() != null) {
      controls.add(new View.Label("Message", c.exchangeNotice()));
    } else if (c.outlookNotice() != null) {
      controls.add(new View.Label("Message", c.outlookNotice()));
    }
    String screen;
    switch (c.phase) {
      case SIGNED_IN, RECONNECTING -> {
        screen = "contacts";
        boolean signedIn = c.phase == LyncClient.Phase.SIGNED_IN;
        controls.add(new View.Label("Signed in as", c.address));
        String own = c.presence.own();
        controls.add(new View.Label("My presence", own != null ? own : "Presence unknown"));
        if (signedIn) {
          List<View.MenuItem> items = new ArrayList<>();
          for (String choice : c.assumptions().presenceChoices()) items.add(View.MenuItem.leaf(choice));
          items.add(View.MenuItem.leaf(Presence.RESET));
          controls.add(new View.Menu(Presence.MENU, items));
        }
        for (String contact : c.contacts.shown()) {
          String availability = c.presence.contacts.getOrDefault(contact, "Presence Unknown");
          controls.add(new View.Label("Contact " + contact, signedIn ? availability : "Presence Unknown"));
          if (signedIn) controls.add(new View.Menu(Contacts.MENU + contact, List.of(View.MenuItem.leaf(Conversation.SEND_IM), View.MenuItem.leaf(Contacts.REMOVE))));
        }
        controls.addAll(c.addressBook.controls(c.assumptions().noSearchResultsText()));
        controls.addAll(c.contacts.controls());
        controls.add(new View.Label("Contact list", signedIn ? "Presence up to date" : "Presence unknown"));
      }
      case SIGNING_IN -> {
        screen = "signing-in";
        controls.add(new View.Label("Status", Messages.SIGNING_IN));
        controls.add(new View.Label("Signing in as", c.address));
      }
      default -> {
        screen = "sign-in";
        controls.add(new View.TextBox("Sign-in address", c.address, false));
        if (c.passwordBox) {
          controls.add(new View.TextBox("Password", c.hasTypedPassword() ? BULLETS : "", true));
          boolean allowed = c.passwordSavingAllowed();
          controls.add(new View.CheckBox("Save my password", allowed && c.savePassword, !allowed));
        }
        controls.add(new View.Button("Sign In"));
        controls.add(new View.Link("Delete my sign-in info"));
      }
    }
    boolean visible = c.mainWindow == LyncClient.MainWindow.SHOWN;
    return new View.Window("main", "Lync", visible, visible && c.dialog == null, screen, controls);
  }

  private static View.Window dialog(LyncClient c, Dialogs.Dialog d) {
    List<View.Control> controls = new ArrayList<>();
    String title = "Lync";
    if (d instanceof Dialogs.Options o) {
      title = "Lync - Options";
      controls.add(new View.Label("Page", "Personal"));
      controls.add(new View.CheckBox(AUTO_START, o.autoStart, false));
      controls.add(new View.CheckBox(FOREGROUND, o.showInForeground, false));
      controls.add(new View.CheckBox(MINIMIZE_OPTION, o.minimize, false));
      controls.add(new View.CheckBox(REOPEN_OPTION, o.reopen, false));
      // Kept by the service: it can be changed only while signed in.
      controls.add(new View.CheckBox(Conversation.OPTION, o.saveConversations, !c.isSignedIn()));
      controls.add(new View.Button("Advanced"));
      controls.add(new View.Label("Status page", "Status"));
      controls.add(new View.TextBox(INACTIVE_FIELD, o.inactive, false));
      controls.add(new View.TextBox(AWAY_FIELD, o.away, false));
      controls.add(new View.Button("OK"));
      controls.add(new View.Button("Cancel"));
    } else if (d instanceof Dialogs.ConnectionSettings s) {
      title = "Advanced Connection Settings";
      controls.add(new View.CheckBox(AUTOMATIC, !s.manual, false));
      controls.add(new View.CheckBox(MANUAL, s.manual, false));
      controls.add(new View.TextBox(INTERNAL, s.internalServer, false));
      controls.add(new View.TextBox(EXTERNAL, s.externalServer, false));
      controls.add(new View.Button("OK"));
      controls.add(new View.Button("Cancel"));
    } else if (d instanceof Dialogs.ConfirmDelete) {
      controls.add(new View.Label("Question", Messages.CONFIRM_DELETE));
      controls.add(new View.Button("Yes"));
      controls.add(new View.Button("No"));
    } else if (d instanceof Dialogs.Trust t) {
      controls.add(new View.Label("Question", Messages.trustPrompt(t.host)));
      controls.add(new View.CheckBox("Always trust this server", t.always, false));
      controls.add(new View.Button("Connect"));
      controls.add(new View.Button("Cancel"));
    } else if (d instanceof Dialogs.Credentials p) {
      controls.add(new View.Label("Question", p.exchange ? Messages.EXCHANGE_PROMPT : Messages.passwordPrompt(c.address)));
      if (!p.exchange) controls.add(new View.TextBox("User name", p.userName == null ? "" : p.userName, false));
      controls.add(new View.TextBox("Password", p.password != null ? BULLETS : "", true));
      if (p.exchange) {
        boolean allowed = c.passwordSavingAllowed();
        controls.add(new View.CheckBox("Save my password", allowed && p.savePassword, !allowed));
      }
      controls.add(new View.Button("OK"));
      controls.add(new View.Button("Cancel"));
    } else {
      title = "Lync - Configuration Information";
      boolean signedIn = c.session() != null;
      controls.add(new View.Label("SIP Server", signedIn ? c.session().endpoint() : ""));
      String inside = !signedIn || c.remoteUser == null ? "" : c.remoteUser ? "FALSE" : "TRUE";
      controls.add(new View.Label("Inside User Status", inside));
      String abs = signedIn ? c.addressBook.url() : "";
      controls.add(new View.Label("ABS Server Internal URL", abs));
      controls.add(new View.Label("ABS Server External URL", abs));
      String ews = signedIn && c.exchangeDiscovered ? LyncClient.EXCHANGE_EWS_URL : "";
      controls.add(new View.Label("EWS Internal URL", ews));
      controls.add(new View.Label("EWS External URL", ews));
      controls.add(new View.Label("EWS Information", signedIn && c.exchangeReady ? "EWS Status OK" : "EWS not fully initialized"));
      controls.add(new View.Button("Close"));
    }
    return new View.Window(windowId(d), title, true, true, "dialog", controls);
  }
}
