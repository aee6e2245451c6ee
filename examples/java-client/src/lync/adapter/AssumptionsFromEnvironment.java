package lync.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lync.core.Assumptions;

/** The scenario's readings of open behaviours, from SIGNIN_ASSUMPTIONS; a key absent or of another type keeps the default. */
final class AssumptionsFromEnvironment {
  private AssumptionsFromEnvironment() {}

  static Assumptions read(String json) {
    Assumptions d = Assumptions.defaults();
    if (json == null || json.isBlank()) return d;
    Map<String, Object> m = Wire.object(Json.parse(json), "SIGNIN_ASSUMPTIONS");
    return new Assumptions(
        bool(m, "savePasswordCheckedByDefault", d.savePasswordCheckedByDefault()),
        bool(m, "autoSignInAfterManualSignOut", d.autoSignInAfterManualSignOut()),
        bool(m, "addressKeptAfterDelete", d.addressKeptAfterDelete()),
        bool(m, "taskbarButtonWhenClosed", d.taskbarButtonWhenClosed()),
        string(m, "wrongPasswordOutcome", d.wrongPasswordOutcome()),
        m.get("signInRetrySeconds") instanceof Number n ? n.intValue() : d.signInRetrySeconds(),
        bool(m, "signInAutoRetry", d.signInAutoRetry()),
        string(m, "networkDelayMessage", d.networkDelayMessage()),
        string(m, "staleEndpointMessage", d.staleEndpointMessage()),
        strings(m, "presenceChoices", d.presenceChoices()),
        bool(m, "manualPresenceHoldsWhenIdle", d.manualPresenceHoldsWhenIdle()),
        bool(m, "httpFallback", d.httpFallback()),
        string(m, "windowsCredentialsTurnedDown", d.windowsCredentialsTurnedDown()),
        string(m, "noSearchResultsText", d.noSearchResultsText()),
        string(m, "sdkStateWhileReconnecting", d.sdkStateWhileReconnecting()),
        m.get("exchangeRetrySeconds") instanceof Number r ? r.intValue() : d.exchangeRetrySeconds(),
        string(m, "exchangeUnreachableMessage", d.exchangeUnreachableMessage()),
        string(m, "exchangeTurnedDownMessage", d.exchangeTurnedDownMessage()),
        string(m, "outlookProfileMismatchMessage", d.outlookProfileMismatchMessage()),
        string(m, "conversationsWhileExchangeDown", d.conversationsWhileExchangeDown()),
        string(m, "conversationSavedWhen", d.conversationSavedWhen()));
  }

  private static boolean bool(Map<String, Object> m, String key, boolean fallback) {
    return m.get(key) instanceof Boolean b ? b : fallback;
  }

  private static String string(Map<String, Object> m, String key, String fallback) {
    return m.get(key) instanceof String s ? s : fallback;
  }

  private static List<String> strings(Map<String, Object> m, String key, List<String> fallback) {
    if (!(m.get(key) instanceof List<?> l)) return fallback;
    List<String> out = new ArrayList<>();
    for (Object o : l) if (o instanceof String s) out.add(s);
    return out;
  }
}
