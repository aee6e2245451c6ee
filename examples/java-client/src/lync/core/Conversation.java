package lync.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IM conversations and their history in the Exchange mailbox (KB 2787614): the conversation window opened by Send an IM,
 * each message sent through the service, and the ended conversation saved through EWS in the Conversation History
 * folder when "Save IM conversations in my email Conversation History folder" is on (kept by the service).
 */
final class Conversation {
  static final String SEND_IM = "Send an IM";
  static final String BOX = "Message box";
  static final String LINES = "Conversation";
  static final String OPTION = "Save IM conversations in my email Conversation History folder";

  private final LyncClient client;
  private final Platform platform;
  /** The contact of the open conversation; null when none is open. */
  String with;
  private List<Net.Line> lines = new ArrayList<>();
  /** The option as the service keeps it: on until a registration says otherwise. */
  boolean save = true;
  /** Ended while Exchange was not connected, held until it accepts the connection again. */
  private final List<Ended> held = new ArrayList<>();
  private final Map<Integer, Ended> saving = new HashMap<>();

  /** An ended conversation: the contact, and its lines. */
  private record Ended(String with, List<Net.Line> lines) {}

  Conversation(LyncClient client, Platform platform) {
    this.client = client;
    this.platform = platform;
  }

  void open(String contact) {
    String key = contact.toLowerCase(Locale.ROOT);
    if (!client.isSignedIn() || client.session() == null || (with != null && !with.equals(key))) return;
    if (with == null) {
      with = key;
      lines = new ArrayList<>();
    }
  }

  void send(String text) {
    LyncClient.Session session = client.session();
    String line = text.trim();
    if (with == null || session == null || !client.isSignedIn() || line.isEmpty()) return;
    lines.add(new Net.Line(client.address().toLowerCase(Locale.ROOT), line));
    platform.send(client.newRequestId(), new Net.InstantMessage(session.endpoint(), session.id(), with, line));
    savedAsItGoes();
  }

  void received(String from, String text) {
    if (with == null || !with.equals(from.toLowerCase(Locale.ROOT))) return;
    lines.add(new Net.Line(with, text));
    savedAsItGoes();
  }

  private void savedAsItGoes() {
    if (!client.assumptions().conversationSavedWhen().equals("each message") || !save || !client.exchangeReady) return;
    saveAll(List.of(new Ended(with, new ArrayList<>(lines))));
  }

  /** The window is closed (or the session ends): the conversation has ended. */
  void close() {
    if (with == null) return;
    Ended ended = new Ended(with, lines);
    with = null;
    lines = new ArrayList<>();
    if (!save || ended.lines().isEmpty()) return;
    if (client.assumptions().conversationSavedWhen().equals("each message") && client.exchangeReady) return;
    if (client.exchangeReady) saveAll(List.of(ended));
    else if (client.assumptions().conversationsWhileExchangeDown().equals("saved when Exchange answers")) held.add(ended);
  }

  /** Exchange accepted the connection: the conversations held meanwhile are saved now. */
  void exchangeAccepted() {
    List<Ended> all = new ArrayList<>(held);
    held.clear();
    saveAll(all);
  }

  private void saveAll(List<Ended> conversations) {
    for (Ended c : conversations) {
      int id = client.newRequestId();
      saving.put(id, c);
      List<String> participants = List.of(client.address().toLowerCase(Locale.ROOT), c.with());
      platform.send(id, new Net.SaveConversation(LyncClient.EXCHANGE_HOST, client.address(), participants, c.lines()));
    }
  }

  /** OK in Options: a changed option is told to the service. */
  void setOption(boolean on) {
    LyncClient.Session session = client.session();
    if (on == save || session == null || !client.isSignedIn()) return;
    save = on;
    platform.send(client.newRequestId(), new Net.SaveConversationsOption(session.endpoint(), session.id(), on));
  }

  /**
   * The answer to a save; false for any other. Saved: done. No answer: held again (as the assumption says) and the
   * Exchange connection is down. Any other failure (a full mailbox): dropped without a word.
   */
  boolean onResponse(int requestId, Net.Response response) {
    Ended c = saving.remove(requestId);
    if (c == null) return false;
    if (response instanceof Net.Failed f && (f.failure().equals("not responding") || f.failure().equals("offline"))) {
      if (client.assumptions().conversationsWhileExchangeDown().equals("saved when Exchange answers")) held.add(c);
      client.exchangeLost();
    }
    return true;
  }

  View.Window window() {
    if (with == null || !client.isSignedIn()) return null;
    StringBuilder text = new StringBuilder();
    for (Net.Line l : lines) text.append(text.length() == 0 ? "" : "\n").append(l.from()).append(": ").append(l.text());
    List<View.Control> controls = List.of(new View.Label(LINES, text.toString()), new View.TextBox(BOX, "", false));
    return new View.Window("conversation", with, true, client.dialog == null, "dialog", controls);
  }
}
