package lync.core;

/**
 * Every seam between the client core and the computer it runs on, one small interface each. A real client implements
 * these with the registry, the Windows credential manager, sockets, OS timers and its UI toolkit; the protocol adapter
 * implements them with calls to the harness. The core never reads a clock, a socket or a file by itself.
 */
public final class Ports {
  private Ports() {}

  /** HKCU settings, the policy keys, the Run entry. */
  public interface Registry {
    Settings.UserSettings readSettings();

    void writeSettings(Settings.Patch patch);

    Settings.Admin readAdmin();

    void writeConnection(Settings.Connection connection);

    void setRunAtLogon(boolean enabled);
  }

  /** The Windows credential cache, one entry per sign-in address. */
  public interface Credentials {
    Settings.Credential readCredential(String address);

    void writeCredential(Settings.Credential entry);

    void deleteCredential(String address);
  }

  /** KB 2435699: CoreContact.cache in the sip_ folder of a sign-in address. */
  public interface ContactCache {
    /** Whether the file is damaged (an absent file is not). */
    boolean readContactCache(String address);

    void writeContactCache(String address, java.util.List<String> contacts);
  }

  /** KB 2436962: Outlook 2013's mail profiles of the Windows user. */
  public interface Outlook {
    /** The default profile's mailbox address, or null without Outlook 2013 or a default profile. */
    String readDefaultProfileAddress();
  }

  /** Sends a request; its answer comes later to {@link LyncClient#onResponse}. */
  public interface Network {
    void send(int requestId, Net.Request request);
  }

  /** Named one-shot timers; a fired timer comes to {@link LyncClient#onTimer}. random: a delay drawn in [0, ms]. */
  public interface Timers {
    void setTimer(String name, long ms, boolean random);

    void clearTimer(String name);
  }

  /** Windows, toasts, the state SDK applications see, and the end of the process. */
  public interface Desktop {
    void render(View.Screen screen);

    void alert(String title, String text);

    void sdkState(String state);

    void exit();
  }

  /** The client's own log files and the automatic upload of sign-in failure logs. */
  public interface Diagnostics {
    void writeLog(String line);

    void uploadLog(String address, String failure);
  }
}
