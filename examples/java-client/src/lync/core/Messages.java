package lync.core;

/** The texts Lync shows, as docs/client-protocol.md quotes them. */
public final class Messages {
  private Messages() {}

  public static final String NETWORK_UNAVAILABLE =
      "This operation failed because the network is unavailable at this time. Please try again later.";
  public static final String IDENTITY_UNREACHABLE =
      "The server is not responding or cannot be reached. Sign-in may be delayed while we retry the connection.";
  public static final String CERTIFICATE_RETRY =
      "There was a problem verifying the certificate from the server. Sign-in may be delayed while we retry the connection.";
  public static final String SERVER_UNAVAILABLE =
      "The server is temporarily unavailable. Or we're having trouble connecting to the server. If this continues, please contact your support team.";
  public static final String BAD_CREDENTIALS = "The username, password or domain appears to be incorrect.";
  public static final String CLOCK_TITLE = "Can't sign in to Lync";
  public static final String CLOCK =
      "Cannot sign in to Lync because your computer clock is not set correctly. To check your computer clock settings, open Date and Time in the Control Panel.";
  public static final String ADDRESS_NOT_FOUND =
      "Cannot sign in to Lync because this sign-in address was not found. Verify the sign-in address and try again. If the problem continues, please contact your support team.";
  public static final String VERSION_NOT_SUPPORTED =
      "You may have entered your sign-in address, user name, or password incorrectly, or the authentication service may be incompatible with this version of the program.";
  public static final String CERTIFICATE_REJECTED =
      "There was a problem acquiring a personal certificate required to sign in. If the problem continues, please contact your support team.";
  public static final String CERTIFICATE_STALE =
      "Cannot sign into Lync. There was a problem verifying the certificate from the server.";
  public static final String CONNECTION_LOST = "Lync lost the connection to the server and is trying to reconnect.";
  /** FS-15: a search the Address Book Web Query service cannot answer (KB 2435699). */
  public static final String ADDRESS_BOOK_UNREACHABLE =
      "Cannot synchronize with the corporate address book. This may be because the proxy server setting in your web"
          + " browser does not allow access to the address book. If the problem persists, contact your system administrator.";
  public static final String SIGNING_IN = "Signing in...";
  public static final String CONFIRM_DELETE = "Are you sure you want to delete your sign-in info from this computer?";
  /** After sign-in, Exchange does not answer (the assumption exchangeUnreachableMessage's default). */
  public static final String EXCHANGE_UNREACHABLE =
      "Lync is experiencing connection issues with the Exchange server. Lync will attempt to repair the connection until it is fully restored. History, voice mail, and Outlook-related features might be unavailable or out of date until the connection is restored.";
  /** Exchange turned the credentials down three times, or the user cancelled its prompt (exchangeTurnedDownMessage). */
  public static final String EXCHANGE_TURNED_DOWN =
      "Lync cannot connect to the Exchange server. Lync will attempt to retry the connection. History, voice mail and Outlook-related features will be unavailable.";
  /** KB 2436962's text (Lync 2010's words): the default Outlook profile is for another address (outlookProfileMismatchMessage). */
  public static final String OUTLOOK_PROFILE_MISMATCH =
      "There was a problem connecting to Microsoft Office Outlook. The email address used in your default Outlook profile is different from the sign-in address used in Lync 2010. Change your default Outlook profile to match the sign-in address you are using in Lync, and then sign out and sign back in to Lync.";
  public static final String EXCHANGE_PROMPT =
      "Lync needs your password to connect to Exchange for your calendar and conversation history.";

  public static String noServerFor(String domain) {
    return "Lync couldn't find a Lync Server for " + domain
        + ". There might be an issue with the Domain Name System (DNS) configuration for your domain.";
  }

  public static String trustPrompt(String host) {
    return "Lync is attempting to connect to: " + host
        + " Lync cannot verify that the server is trusted for your sign-in address. Connect anyway?";
  }

  public static String passwordPrompt(String address) {
    return "Enter the password for " + address;
  }

  public static String notDelivered(String to) {
    return "This message wasn't delivered to " + to + " because they're offline.";
  }

  /** cannot-communicate-with-external-contacts.md: a message to another organization that federation refused. */
  public static String notFederated(String to) {
    return "This message was not delivered to " + to
        + " because the address is outside your organization and is not federated with your company, or the address is"
        + " incorrect. Please contact your support team with this information.";
  }
}
