package lync.core;

import java.util.List;

/** What the core asks of the network, and what comes back. */
public final class Net {
  private Net() {}

  public sealed interface Request permits Discover, Authenticate, Register, Unregister, Exchange, Publish, AddressBook, ContactChange, InstantMessage,
      SaveConversationsOption, SaveConversation {}

  public record Discover(String host) implements Request {}

  /**
   * password null: offer the Windows credentials of the domain account (AS-11). idcrlProxy null: HttpProxyControlFlags is
   * not configured, and the Sign-In Assistant may use both proxies (KB 3123662).
   */
  public record Authenticate(String host, String userName, Secret password, IdcrlProxy idcrlProxy) implements Request {}

  /** KB 3123662: the proxies Lync hands the Sign-In Assistant: the one it uses for SIP over HTTPS, and IE's named proxy. */
  public record IdcrlProxy(boolean sipHttpsProxy, boolean namedProxy) {}

  /** transport null is TLS; "http" is the fallback (FS-16). */
  public record Register(String host, String address, Secret token, Secret certificate, String clientVersion, String transport)
      implements Request {
    public Register overHttp() {
      return new Register(host, address, token, certificate, clientVersion, "http");
    }
  }

  public record Unregister(String host, String sessionId) implements Request {}

  public record Exchange(String host, String address, Secret password) implements Request {}

  public record Publish(String host, String sessionId, String availability, boolean byUser) implements Request {}

  /** FS-15: one search, a web request to the Address Book Web Query service. */
  public record AddressBook(String host, String sessionId, String query) implements Request {}

  /** KB 2435699: kind is contactAdd or contactRemove. */
  public record ContactChange(String kind, String host, String sessionId, String contact) implements Request {}

  /** An instant message typed in the conversation window, sent through the service. */
  public record InstantMessage(String host, String sessionId, String to, String text) implements Request {}

  /** Options > Personal: "Save IM conversations in my email Conversation History folder", kept by the service. */
  public record SaveConversationsOption(String host, String sessionId, boolean on) implements Request {}

  /** One line of a conversation: who wrote it, and what. */
  public record Line(String from, String text) {}

  /** KB 2787614: an ended conversation saved through EWS in the Conversation History folder. */
  public record SaveConversation(String host, String address, List<String> participants, List<Line> lines) implements Request {}

  public sealed interface Response permits Failed, Discovered, Authenticated, Registered, AddressBookEntries, Done {}

  public record Failed(String failure) implements Response {}

  public record Discovered(String webServices, String pool) implements Response {}

  public record Authenticated(Secret token, Secret certificate) implements Response {}

  /** remoteUser null when the registrar did not say. */
  public record Registered(String sessionId, String endpoint, String addressBook, Boolean remoteUser, Boolean saveConversations)
      implements Response {}

  public record Person(String address, String name) {}

  public record AddressBookEntries(List<Person> entries) implements Response {}

  /** unregistered, exchangeConnected, published, contactsChanged: nothing more to know. */
  public record Done(String kind) implements Response {}
}
