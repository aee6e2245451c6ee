package lync.core;

/** The dialogs the client can show over its main window; at most one at a time. */
final class Dialogs {
  private Dialogs() {}

  sealed interface Dialog permits Options, ConnectionSettings, ConfirmDelete, Trust, Credentials, ConfigurationInformation {}

  static final class Options implements Dialog {
    boolean autoStart;
    boolean showInForeground;
    boolean minimize;
    boolean reopen;
    boolean saveConversations;
    String inactive;
    String away;
  }

  /** Advanced Connection Settings, opened over the Options dialog it returns to. */
  static final class ConnectionSettings implements Dialog {
    final Options options;
    boolean manual;
    String internalServer;
    String externalServer;

    ConnectionSettings(Options options, Settings.Connection c) {
      this.options = options;
      this.manual = c.manual();
      this.internalServer = c.internalServer();
      this.externalServer = c.externalServer();
    }
  }

  static final class ConfirmDelete implements Dialog {}

  static final class Trust implements Dialog {
    final String host;
    boolean always;

    Trust(String host) {
      this.host = host;
    }
  }

  /** The password prompt: for a sign-in (a refused password) or for the Exchange connection. */
  static final class Credentials implements Dialog {
    final boolean exchange;
    Secret password;
    /** FS-05: the User name box of a sign-in prompt (the Office 365 user ID); null for the Exchange prompt. */
    String userName;
    /** The Exchange prompt's own "Save my password", unticked when it opens. */
    boolean savePassword;

    Credentials(boolean exchange) {
      this.exchange = exchange;
    }

    Credentials(String userName) {
      this.exchange = false;
      this.userName = userName;
    }
  }

  static final class ConfigurationInformation implements Dialog {}
}
