package lync.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The contact list (KB 2435699): kept on the service, added to and removed from here, and cached in CoreContact.cache in
 * the sip_ folder. A damaged cache file loses the list until it is deleted.
 */
final class Contacts {
  static final String ADD_BOX = "Add a Contact";
  static final String ADD_BUTTON = "Add to Contacts List";
  static final String REMOVE = "Remove from Contacts List";
  static final String MENU = "Right-click ";

  private final LyncClient client;
  private final Platform platform;
  /** Whose list this is; null before the first sign-in. */
  private String owner;
  private boolean damaged;
  private List<String> addresses = new ArrayList<>();
  private String adding = "";

  Contacts(LyncClient client, Platform platform) {
    this.client = client;
    this.platform = platform;
  }

  /** Read before registering, so the answer comes before anything the service sends; a reconnect keeps the list. */
  void beforeRegister(boolean reconnecting) {
    String address = client.address().toLowerCase(Locale.ROOT);
    if (!(reconnecting && address.equals(owner))) {
      owner = address;
      addresses = new ArrayList<>();
      adding = "";
    }
    damaged = platform.readContactCache(address);
  }

  /** The service sends a contact's presence: one not in the list yet was added, here or elsewhere. */
  void arrived(String address) {
    String key = address.toLowerCase(Locale.ROOT);
    if (owner == null || addresses.contains(key)) return;
    List<String> next = new ArrayList<>(addresses);
    next.add(key);
    setList(next);
  }

  private void setList(List<String> next) {
    addresses = next;
    if (damaged) return;
    List<String> sorted = new ArrayList<>(next);
    sorted.sort(null);
    platform.writeContactCache(owner, sorted);
  }

  void type(String text) {
    if (owner != null) adding = text.trim();
  }

  void add() {
    LyncClient.Session session = client.session();
    if (owner == null || session == null || !client.isSignedIn() || adding.isEmpty()) return;
    String contact = adding.toLowerCase(Locale.ROOT);
    adding = "";
    platform.send(client.newRequestId(), new Net.ContactChange("contactAdd", session.endpoint(), session.id(), contact));
  }

  /** True when the menu was a contact's right-click menu. */
  boolean onMenu(String menu, List<String> path) {
    if (menu == null || !menu.startsWith(MENU)) return false;
    if (path.size() == 1 && path.get(0).equals(REMOVE)) remove(menu.substring(MENU.length()));
    return true;
  }

  private void remove(String address) {
    LyncClient.Session session = client.session();
    String key = address.toLowerCase(Locale.ROOT);
    if (owner == null || session == null || !client.isSignedIn() || !addresses.contains(key)) return;
    client.presence.contacts.remove(key);
    List<String> next = new ArrayList<>(addresses);
    next.remove(key);
    setList(next);
    platform.send(client.newRequestId(), new Net.ContactChange("contactRemove", session.endpoint(), session.id(), key));
  }

  /** The contacts shown, in alphabetical order; none while the cache is damaged. */
  List<String> shown() {
    List<String> out = new ArrayList<>();
    if (owner == null || damaged) return out;
    out.addAll(addresses);
    out.sort(null);
    return out;
  }

  List<View.Control> controls() {
    List<View.Control> out = new ArrayList<>();
    if (owner == null || !client.isSignedIn()) return out;
    out.add(new View.TextBox(ADD_BOX, adding, false));
    out.add(new View.Button(ADD_BUTTON));
    return out;
  }
}
