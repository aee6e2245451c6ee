package lync.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * FS-15 (KB 2435699): Lync Online keeps no copy of the address book. Each search typed in the Find someone box is one
 * web request to the Address Book Web Query service, whose URL the registration gave; the line under the box shows
 * what the service found, or that it could not be reached.
 */
final class AddressBook {
  static final String BOX = "Find someone";
  static final String RESULTS = "Search results";

  private final LyncClient client;
  private final Platform platform;
  /** The service's URL; null before the first sign-in (no search box then). */
  private String url;
  private Integer pendingId;
  /** null: no answer (nothing typed, or under way); otherwise the people found, unless the service was unreachable. */
  private List<Net.Person> found;
  private boolean unreachable;
  private String query = "";

  AddressBook(LyncClient client, Platform platform) {
    this.client = client;
    this.platform = platform;
  }

  String url() {
    return url == null ? "" : url;
  }

  void afterSignIn(String serviceUrl) {
    url = serviceUrl;
    pendingId = null;
    found = null;
    unreachable = false;
    query = "";
  }

  void search(String text) {
    if (url == null) return;
    query = text;
    pendingId = null;
    found = null;
    unreachable = false;
    LyncClient.Session session = client.session();
    String wanted = text.strip();
    if (session == null || wanted.isEmpty()) return;
    pendingId = client.newRequestId();
    platform.send(pendingId, new Net.AddressBook(host(url), session.id(), wanted));
  }

  private static String host(String serviceUrl) {
    try {
      String h = URI.create(serviceUrl).getHost();
      return (h != null ? h : serviceUrl).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return serviceUrl.toLowerCase(Locale.ROOT);
    }
  }

  /** True when the answer was the search's. */
  boolean onResponse(int requestId, Net.Response response) {
    if (pendingId == null || pendingId != requestId) return false;
    pendingId = null;
    if (response instanceof Net.AddressBookEntries e) found = e.entries();
    else unreachable = true;
    return true;
  }

  List<View.Control> controls(String noResults) {
    List<View.Control> out = new ArrayList<>();
    if (url == null) return out;
    out.add(new View.TextBox(BOX, query, false));
    if (unreachable) out.add(new View.Label(RESULTS, Messages.ADDRESS_BOOK_UNREACHABLE));
    else if (found != null) {
      List<String> names = new ArrayList<>();
      for (Net.Person p : found) names.add(p.name());
      out.add(new View.Label(RESULTS, names.isEmpty() ? noResults : String.join(", ", names)));
    }
    return out;
  }
}
