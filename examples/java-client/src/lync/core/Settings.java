package lync.core;

import java.util.List;

/** The core's view of its registry and policies: what it reads at start and what it writes back. */
public final class Settings {
  private Settings() {}

  /** The Windows user's Lync settings; null for a setting the registry does not hold. */
  public record UserSettings(
      String signInAddress,
      boolean showInForeground,
      List<String> trustedServers,
      boolean signedOutByUser,
      boolean runAtLogon,
      Integer inactiveMinutes,
      Integer awayMinutes,
      Boolean minimizeToNotificationArea,
      Boolean reopenConversations) {}

  /** Settings to change; a null field is left as it is. */
  public record Patch(
      String signInAddress,
      Boolean showInForeground,
      List<String> trustedServers,
      Boolean signedOutByUser,
      Integer inactiveMinutes,
      Integer awayMinutes,
      Boolean minimizeToNotificationArea,
      Boolean reopenConversations) {
    public static Patch none() {
      return new Patch(null, null, null, null, null, null, null, null);
    }

    public Patch withSignInAddress(String v) {
      return new Patch(v, showInForeground, trustedServers, signedOutByUser, inactiveMinutes, awayMinutes, minimizeToNotificationArea, reopenConversations);
    }

    public Patch withShowInForeground(Boolean v) {
      return new Patch(signInAddress, v, trustedServers, signedOutByUser, inactiveMinutes, awayMinutes, minimizeToNotificationArea, reopenConversations);
    }

    public Patch withTrustedServers(List<String> v) {
      return new Patch(signInAddress, showInForeground, v, signedOutByUser, inactiveMinutes, awayMinutes, minimizeToNotificationArea, reopenConversations);
    }

    public Patch withSignedOutByUser(Boolean v) {
      return new Patch(signInAddress, showInForeground, trustedServers, v, inactiveMinutes, awayMinutes, minimizeToNotificationArea, reopenConversations);
    }

    public Patch withMinutes(Integer inactive, Integer away) {
      return new Patch(signInAddress, showInForeground, trustedServers, signedOutByUser, inactive, away, minimizeToNotificationArea, reopenConversations);
    }

    public Patch withGeneral(Boolean minimize, Boolean reopen) {
      return new Patch(signInAddress, showInForeground, trustedServers, signedOutByUser, inactiveMinutes, awayMinutes, minimize, reopen);
    }
  }

  /** One policy key (HKLM or HKCU); null is Not configured. */
  public record PolicyValues(
      Boolean savePassword,
      Boolean preventRun,
      Boolean disableNTCredentials,
      Boolean disableAutomaticSendTracing,
      Boolean disableHttpConnect,
      Integer galDownloadInitialDelay,
      Integer httpProxyControlFlags) {}

  public record Connection(boolean manual, String internalServer, String externalServer) {}

  /** Policies, Advanced Connection Settings, logging, and the domain account (null for a local account). */
  public record Admin(PolicyValues machine, PolicyValues user, Connection connection, boolean tracing, String domainAccount) {
    /** HKLM wins when it sets a value, else HKCU (AS-09). */
    public <T> T policy(java.util.function.Function<PolicyValues, T> get) {
      T m = get.apply(machine);
      return m != null ? m : get.apply(user);
    }
  }

  /** One credential-cache entry. */
  public record Credential(String address, String userName, Secret password, Secret certificate, String endpoint) {}
}
