package lync.core;

import java.util.List;

/**
 * Where the catalog leaves a behaviour open, the reading this client plays. The defaults are Lync's documented or
 * most likely behaviour; the harness may switch a scenario to another reading (SIGNIN_ASSUMPTIONS).
 */
public record Assumptions(
    boolean savePasswordCheckedByDefault,
    boolean autoSignInAfterManualSignOut,
    boolean addressKeptAfterDelete,
    boolean taskbarButtonWhenClosed,
    String wrongPasswordOutcome,
    int signInRetrySeconds,
    boolean signInAutoRetry,
    String networkDelayMessage,
    String staleEndpointMessage,
    List<String> presenceChoices,
    boolean manualPresenceHoldsWhenIdle,
    boolean httpFallback,
    String windowsCredentialsTurnedDown,
    String noSearchResultsText,
    String sdkStateWhileReconnecting,
    int exchangeRetrySeconds,
    String exchangeUnreachableMessage,
    String exchangeTurnedDownMessage,
    String outlookProfileMismatchMessage,
    String conversationsWhileExchangeDown,
    String conversationSavedWhen) {

  public static Assumptions defaults() {
    return new Assumptions(
        true,
        true,
        true,
        true,
        "both",
        30,
        true,
        Messages.NETWORK_UNAVAILABLE,
        Messages.SERVER_UNAVAILABLE,
        List.of("Available", "Busy", "Do Not Disturb", "Be Right Back", "Off Work", "Appear Away"),
        true,
        true,
        "password box",
        "No results found.",
        "SigningIn",
        300,
        Messages.EXCHANGE_UNREACHABLE,
        Messages.EXCHANGE_TURNED_DOWN,
        Messages.OUTLOOK_PROFILE_MISMATCH,
        "saved when Exchange answers",
        "window closed");
  }
}
