import type { Secret } from './secret';
import type { Availability } from './presence/presence-types';
import type { DirectoryEntry } from './address-book';

/** FS-16: SIP over TLS, or the HTTP fallback. */
export type SipTransport = 'tls' | 'http';

/**
 * KB 3123662: which proxies Lync hands the Sign-In Assistant (IDCRL) for its way to the identity provider. With neither,
 * the assistant finds its proxy by automatic detection (the automatic configuration script), or goes direct.
 */
export interface IdcrlProxy {
  /** The proxy Lync uses for SIP over HTTPS, as IDCRL's named proxy (HttpProxyControlFlags bit 0x2 not set). */
  readonly sipHttpsProxy: boolean;
  /** The named proxy of Internet Explorer's LAN settings (HttpProxyControlFlags bit 0x1 not set). */
  readonly namedProxy: boolean;
}

/** What the client asks of the network. The fake network resolves the host, applies faults and routes to the service. */
export type NetRequest =
  | { readonly kind: 'discover'; readonly host: string }
  /**
   * Signs in to the identity provider. `password: null` asks it to accept the Windows credentials of the domain account
   * the user is logged on with instead (AS-11: single sign-on; the computer proves who is logged on, no password leaves it).
   */
  | {
      readonly kind: 'authenticate';
      readonly host: string;
      readonly userName: string;
      readonly password: Secret | null;
      /** KB 3123662: the proxies Lync lets the Sign-In Assistant use, from HttpProxyControlFlags; absent when not configured (both). */
      readonly idcrlProxy?: IdcrlProxy;
    }
  | {
      readonly kind: 'register';
      readonly host: string;
      readonly address: string;
      readonly token: Secret | null;
      readonly certificate: Secret | null;
      readonly clientVersion: string;
      /** FS-16: how the SIP connection is carried; absent means TLS, the first choice. */
      readonly transport?: SipTransport;
    }
  | { readonly kind: 'unregister'; readonly host: string; readonly sessionId: string }
  /** After sign-in: connect to Exchange for the calendar (FS-06). */
  | { readonly kind: 'exchange'; readonly host: string; readonly address: string; readonly password: Secret | null }
  /** Tells the service what colleagues should see of this session; `byUser` when the user chose it. */
  | {
      readonly kind: 'publish';
      readonly host: string;
      readonly sessionId: string;
      readonly availability: Availability;
      readonly byUser: boolean;
    }
  /** FS-15: one search of the address book, a web request to the Address Book Web Query service (KB 2435699). */
  | { readonly kind: 'addressBook'; readonly host: string; readonly sessionId: string; readonly query: string }
  /** KB 2435699: the user adds a contact to (or removes one from) the contact list the service keeps. */
  | { readonly kind: 'contactAdd' | 'contactRemove'; readonly host: string; readonly sessionId: string; readonly contact: string }
  /** An instant message typed in the conversation window, sent through the service to every endpoint of `to`. */
  | { readonly kind: 'instantMessage'; readonly host: string; readonly sessionId: string; readonly to: string; readonly text: string }
  /** Options > Personal: "Save IM conversations in my email Conversation History folder", kept by the service. */
  | { readonly kind: 'saveConversations'; readonly host: string; readonly sessionId: string; readonly on: boolean }
  /** KB 2787614: an ended IM conversation saved through EWS in the mailbox's Conversation History folder. */
  | {
      readonly kind: 'saveConversation';
      readonly host: string;
      readonly address: string;
      readonly participants: readonly string[];
      readonly lines: readonly ConversationLine[];
    };

/** One line of an IM conversation: who wrote it (a sign-in address), and what. */
export interface ConversationLine {
  readonly from: string;
  readonly text: string;
}

export type RegisterRequest = Extract<NetRequest, { kind: 'register' }>;

/** Why a request failed, as the client can tell from where it sits. */
export type NetFailure =
  | 'offline'
  | 'no such record'
  | 'not responding'
  | 'certificate chain not trusted'
  | 'identity provider unreachable'
  | 'bad credentials'
  | 'password expired'
  | 'clock skew'
  | 'sign-in address not found'
  | 'client version not supported'
  | 'certificate rejected'
  | 'certificate stale after outage'
  | 'exchange needs credentials'
  /** EWS refuses to save an item: the mailbox is over its quota. */
  | 'mailbox full';

export type NetResponse =
  | { readonly ok: false; readonly failure: NetFailure }
  | { readonly ok: true; readonly kind: 'discovered'; readonly webServices: string; readonly pool: string }
  | { readonly ok: true; readonly kind: 'authenticated'; readonly token: Secret; readonly certificate: Secret }
  | {
      readonly ok: true;
      readonly kind: 'registered';
      readonly sessionId: string;
      readonly endpoint: string;
      /** FS-15: the URL of the Address Book Web Query service, given with the sign-in. */
      readonly addressBook: string;
      readonly remoteUser?: boolean;
      /** Options > Personal, "Save IM conversations in my email Conversation History folder", as the service keeps it. */
      readonly saveConversations?: boolean;
    }
  | { readonly ok: true; readonly kind: 'unregistered' }
  | { readonly ok: true; readonly kind: 'exchangeConnected' }
  | { readonly ok: true; readonly kind: 'published' }
  /** FS-15: the people of the tenant's directory whose name holds what was searched for. */
  | { readonly ok: true; readonly kind: 'addressBook'; readonly entries: readonly DirectoryEntry[] }
  | { readonly ok: true; readonly kind: 'contactsChanged' }
  | { readonly ok: true; readonly kind: 'messageSent' }
  | { readonly ok: true; readonly kind: 'conversationSaved' };
