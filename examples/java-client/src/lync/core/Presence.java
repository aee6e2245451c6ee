package lync.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * The user's own presence (what colleagues should see) and the contacts' presence (NR-07, NR-12, NR-13). Idle time
 * runs on two named timers; what changes is published to the service.
 */
final class Presence {
  static final String IDLE_TIMER = "presence idle";
  static final String AWAY_TIMER = "presence away";
  static final String MENU = "Presence";
  static final String RESET = "Reset Status";

  private enum Activity { ACTIVE, INACTIVE, AWAY }

  private final LyncClient client;
  private final Platform platform;
  private String choice;
  private Activity activity = Activity.ACTIVE;
  private boolean locked;
  private String published;
  final Map<String, String> contacts = new TreeMap<>();
  int inactiveMinutes = 5;
  int awayMinutes = 5;

  Presence(LyncClient client, Platform platform) {
    this.client = client;
    this.platform = platform;
  }

  /** What colleagues should see; null when not signed in. */
  String own() {
    if (!client.isSignedIn()) return null;
    boolean holds = client.assumptions().manualPresenceHoldsWhenIdle();
    if (choice != null && (holds || (!locked && activity == Activity.ACTIVE)))
      return choice.equals("Appear Away") ? "Away" : choice;
    if (locked || activity == Activity.AWAY) return "Away";
    return activity == Activity.INACTIVE ? "Inactive" : "Available";
  }

  private void publish() {
    String now = own();
    LyncClient.Session session = client.session();
    if (now == null || now.equals(published) || session == null) return;
    published = now;
    platform.send(client.newRequestId(), new Net.Publish(session.endpoint(), session.id(), now, choice != null));
  }

  private void restartIdleCount() {
    platform.clearTimer(AWAY_TIMER);
    platform.setTimer(IDLE_TIMER, inactiveMinutes * 60_000L, false);
  }

  /** Signed in, or the connection came back: the service starts from Available. */
  void afterSignIn() {
    published = "Available";
    activity = Activity.ACTIVE;
    restartIdleCount();
    publish();
  }

  /** Signed out, exited, or (lost) the connection dropped: a lost connection keeps the choice and the contacts. */
  void afterSignOut(boolean lost) {
    published = null;
    activity = Activity.ACTIVE;
    if (!lost) {
      choice = null;
      contacts.clear();
    }
    platform.clearTimer(IDLE_TIMER);
    platform.clearTimer(AWAY_TIMER);
  }

  /** Keyboard or mouse input, or any use of Lync. */
  void input() {
    if (!client.isSignedIn()) return;
    activity = Activity.ACTIVE;
    restartIdleCount();
    publish();
  }

  void lock(boolean locked) {
    this.locked = locked;
    activity = Activity.ACTIVE;
    if (!client.isSignedIn()) return;
    if (!locked) restartIdleCount();
    publish();
  }

  /** One of the two idle timers fired. */
  void onTimer(String name) {
    if (name.equals(IDLE_TIMER)) {
      activity = Activity.INACTIVE;
      platform.setTimer(AWAY_TIMER, awayMinutes * 60_000L, false);
    } else {
      activity = Activity.AWAY;
    }
    publish();
  }

  void choose(String item) {
    if (!client.isSignedIn()) return;
    if (item.equals(RESET)) choice = null;
    else if (client.assumptions().presenceChoices().contains(item)) choice = item.equals("Available") ? null : item;
    else return;
    publish();
  }

  void contact(String address, String availability) {
    contacts.put(address.toLowerCase(java.util.Locale.ROOT), availability);
  }

  /** Options > Status: a value outside 1..360 keeps the old one. */
  void setMinutes(String inactive, String away) {
    inactiveMinutes = minutes(inactive, inactiveMinutes);
    awayMinutes = minutes(away, awayMinutes);
  }

  private static int minutes(String text, int fallback) {
    try {
      double d = Double.parseDouble(text.trim());
      if (d == Math.rint(d) && d >= 1 && d <= 360) return (int) d;
    } catch (NumberFormatException e) {
      // not a number: keep the old value
    }
    return fallback;
  }
}
