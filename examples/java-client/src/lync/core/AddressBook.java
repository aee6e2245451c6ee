package lync.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** FS-15: the address book, downloaded after a random wait once per sign-in address, and the Find someone box. */
final class AddressBook {
  static final String TIMER = "address book download";
  static final String BOX = "Find someone";
  static final String RESULTS = "Search results";

  private final LyncClient client;
  private final Platform platform;
  /** null: no address book yet; "": it belongs to no sign-in (the wait ended while signed out). */
  private String owner;
  private Integer pendingId;
  private List<Net.Person> entries;
  private String query = "";

  AddressBook(LyncClient client, Platform platform) {
    this.client = client;
    this.platform = platform;
  }

  void afterSignIn() {
    String address = client.address();
    if (address.equals(owner)) return;
    owner = address;
    pendingId = null;
    entries = null;
    query = "";
    Integer configured = client.admin().policy(Settings.PolicyValues::galDownloadInitialDelay);
    int minutes = configured != null ? configured : 60;
    if (minutes > 0) platform.setTimer(TIMER, minutes * 60_000L, true);
    else download();
  }

  void download() {
    if (owner == null) return;
    LyncClient.Session session = client.session();
    if (session == null) {
      owner = "";
      return;
    }
    pendingId = client.newRequestId();
    platform.send(pendingId, new Net.AddressBook(session.endpoint(), session.id()));
  }

  /** True when the answer was the download's. */
  boolean onResponse(int requestId, Net.Response response) {
    if (pendingId == null || pendingId != requestId) return false;
    pendingId = null;
    if (response instanceof Net.AddressBookEntries e) entries = e.entries();
    return true;
  }

  void search(String text) {
    if (owner != null) query = text;
  }

  List<View.Control> controls(String noResults) {
    List<View.Control> out = new ArrayList<>();
    if (owner == null) return out;
    out.add(new View.TextBox(BOX, query, false));
    if (query.isEmpty()) return out;
    String wanted = query.toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    if (entries != null)
      for (Net.Person p : entries) if (p.name().toLowerCase(Locale.ROOT).contains(wanted)) found.add(p.name());
    out.add(new View.Label(RESULTS, found.isEmpty() ? noResults : String.join(", ", found)));
    return out;
  }
}
