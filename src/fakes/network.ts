import type { NetFailure, NetRequest, NetResponse, SipTransport } from '../simulator';
import type { Dns, DnsRecord } from './dns';
import type { DnsClientCache } from './dns-client-cache';
import type { SignInAssistant } from './sign-in-assistant/sign-in-assistant';
import type { UploadedLog } from './administration/lync-files';
import { expectedMiss } from './expected-by-design';
import { Recorder } from './recorder';
import type { ExchangeOnline } from './exchange-online/exchange-online';
import { idcrlProxyFor, lyncProxy, Proxies, type ProxyAnswer, type ProxyClientProcess, type ProxySettings } from './proxy/proxies';
import type { LyncOnline, Origin } from './lync-online';
import { KeyedDraws, type SeededRandom } from './seeded-random';
import type { Lane, Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';

export type NetworkName = 'organization' | 'internet' | 'offline';

/** Where a request comes from, as the network sees it. */
export interface NetworkOrigin extends Origin {
  readonly network: NetworkName;
  /** TE-17: the computer's proxy is set by a file:// PAC script, which the Sign-In Assistant cannot use. */
  readonly filePac: boolean;
  /** TE-09: this computer does not trust the identity provider's certificate chain. */
  readonly missingRootCertificate: boolean;
  /** DC-12: the computer cannot store a new client certificate (MachineGuid braces, a locked RSA folder). */
  readonly certificateStoreBroken?: boolean;
  /** DC-12: the computer's DNS client cache, asked before DNS. */
  readonly dnsCache?: DnsClientCache;
  /** The computer's Sign-In Assistant, which carries the sign-in to the identity provider. */
  readonly signInAssistant: SignInAssistant;
  /** KB 3123662: the computer's LAN settings (named proxy, automatic configuration script); none when absent. */
  readonly proxySettings?: ProxySettings;
}

const describe = (r: NetRequest): string => {
  switch (r.kind) {
    case 'discover':
      return `asks Autodiscover (${r.host}) where Lync Online is`;
    case 'authenticate':
      return `asks the identity provider (${r.host}) to sign in ${r.userName} ${r.password === null ? 'with the Windows credentials of the domain account' : 'with a password'}`;
    case 'register':
      return `registers ${r.address} with ${r.host} using ${r.certificate ? 'its client certificate' : 'a sign-in token'} over ${r.transport === 'http' ? 'HTTP' : 'TLS'}`;
    case 'unregister':
      return `signs out of ${r.sessionId} at ${r.host}`;
    case 'exchange':
      return `connects to Exchange (${r.host}) for the calendar of ${r.address}${r.password ? ' with a password' : ''}`;
    case 'publish':
      return `publishes presence (${r.availability}) to ${r.host}`;
    case 'addressBook':
      return `searches the address book for "${r.query}" at ${r.host}`;
    case 'contactAdd':
      return `adds ${r.contact} to the contact list at ${r.host}`;
    case 'contactRemove':
      return `removes ${r.contact} from the contact list at ${r.host}`;
    case 'instantMessage':
      return `sends ${r.to} an instant message through ${r.host}`;
    case 'saveConversations':
      return `turns ${r.on ? 'on' : 'off'} saving IM conversations at ${r.host}`;
    case 'saveConversation':
      return `asks EWS (${r.host}) to save a conversation of ${r.lines.length} message(s) in the Conversation History folder of ${r.address}`;
  }
};

/** Who answers a request. */
const answerer = (r: NetRequest): Lane => (r.kind === 'authenticate' ? 'identity provider' : 'Lync Online');

/** A failure in plain words: what the client can tell from where it sits. */
export const failureWords: Readonly<Record<NetFailure, string>> = {
  offline: 'no network: the request never left the computer',
  'no such record': 'no DNS record for the domain, so no server to ask',
  'not responding': 'no answer from the server',
  'certificate chain not trusted': "the server's certificate chain is not trusted on this computer",
  'identity provider unreachable': 'the identity provider cannot be reached',
  'bad credentials': 'user name or password refused',
  'password expired': 'refused: the password has expired',
  'clock skew': "refused: the computer's clock is more than 5 minutes off",
  'sign-in address not found': 'refused: no Lync Online user with this sign-in address',
  'client version not supported': 'refused: this version of Lync is no longer accepted',
  'certificate rejected': 'refused: the client certificate is not valid',
  'certificate stale after outage': 'refused: the client certificate dates from before the outage',
  'exchange needs credentials': 'Exchange wants the password again',
  'mailbox full': 'refused: the mailbox is full',
};

const answerWords: Readonly<Record<Extract<NetResponse, { ok: true }>['kind'], string>> = {
  discovered: 'Lync Online is found',
  authenticated: 'signed in; here are a sign-in token and a certificate',
  registered: 'registered: Lync is signed in',
  unregistered: 'signed out',
  exchangeConnected: 'connected to Exchange',
  published: 'presence published',
  addressBook: 'here is what the address book search found',
  contactsChanged: 'the contact list is changed',
  messageSent: 'the instant message is sent',
  conversationSaved: 'the conversation is saved in the Conversation History folder',
};

/** Where Microsoft's identity provider and Exchange Online answer; a request sent anywhere else finds no one. */
const identityProviderHost = 'login.microsoftonline.com';
const exchangeOnlineHost = 'outlook.office365.com';

/** A request as the network recorded it: who sent what, when (virtual ms), to which host. */
export interface SentRequest {
  readonly at: number;
  readonly computer: string;
  readonly windowsUser: string;
  readonly kind: NetRequest['kind'];
  readonly host: string;
  /** FS-16: for a registration, how the SIP connection was carried. */
  readonly transport?: SipTransport;
  /** AS-11: for a sign-in to the identity provider, whether it offered the Windows credentials instead of a password. */
  readonly windowsCredentials?: boolean;
}

/** The networks between computers and the service: latency from the seed, DNS, firewalls and proxies. */
export class Network {
  /** TE-18: networks whose firewall blocks the traffic to Lync Online. */
  readonly blockedOn = new Set<NetworkName>();
  /** FS-15: networks whose firewall or proxy blocks the Address Book Web Query service (KB 2435699). */
  readonly addressBookBlockedOn = new Set<NetworkName>();
  /** FS-16: networks whose firewall drops SIP over TLS but lets HTTP through. */
  readonly sipTlsBlockedOn = new Set<NetworkName>();
  /** Every request any client sent, with where it came from. */
  readonly sent = new Recorder<SentRequest>();
  /** KB 3123662: the proxies of the organization's network and their log. */
  readonly proxies = new Proxies();

  /** The requests Lync of one Windows user on one computer sent, in order. */
  sentFrom(computer: string, windowsUser: string): SentRequest[] {
    return this.sent.where((r) => r.computer === computer && r.windowsUser === windowsUser);
  }

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
    private readonly random: SeededRandom,
    private readonly dns: Dns,
    private readonly service: LyncOnline,
    private readonly exchange: ExchangeOnline,
  ) {
    this.#latencies = new KeyedDraws(random);
  }

  /** FS-14: the sign-in failure logs that reached Microsoft. */
  readonly uploadedLogs = new Recorder<UploadedLog>();

  /** FS-14: a failure log goes up over the network; with no network it is lost. */
  uploadLog(origin: { computer: string; windowsUser: string; network: NetworkName }, address: string, failure: NetFailure): void {
    const who = `Lync on ${origin.computer} (${this.timeline.name(origin.windowsUser)})`;
    if (origin.network === 'offline') return this.timeline.record(`${who} cannot upload its sign-in failure log: offline`);
    this.uploadedLogs.record({ at: this.clock.elapsed(), computer: origin.computer, windowsUser: origin.windowsUser, address, failure });
    this.timeline.record(`${who} uploads its sign-in failure log to Microsoft (${failureWords[failure]})`, {
      lane: `Lync on ${origin.computer}`,
    });
  }

  /** S15: networks whose firewall drops the Sign-In Assistant's direct connections (no TMG client entry for msoidsvc). */
  readonly signInAssistantBlockedOn = new Set<NetworkName>();

  /** NR-06: extra delay on every answer, as on a slow link or a loaded server. */
  slowByMs = 0;

  latency(): number {
    return this.random.between(20, 120) + this.slowByMs;
  }

  readonly #latencies: KeyedDraws;

  /** The round trip of the n-th request of this kind from this Windows user on this computer: drawn for that request alone. */
  #latencyOf(origin: NetworkOrigin, kind: NetRequest['kind']): number {
    return this.#latencies.next(`${origin.computer}/${origin.windowsUser}/${kind}`, 20, 120) + this.slowByMs;
  }

  /** Sends a request; `answer` is called with the response after a round trip on the virtual clock. */
  send(origin: NetworkOrigin, request: NetRequest, answer: (r: NetResponse) => Promise<void>): void {
    const who = `Lync on ${origin.computer} (${this.timeline.name(origin.windowsUser)})`;
    const lane: Lane = `Lync on ${origin.computer}`;
    this.timeline.record(`${who} ${describe(request)}`, { lane, to: answerer(request) });
    this.sent.record({
      at: this.clock.elapsed(),
      computer: origin.computer,
      windowsUser: origin.windowsUser,
      kind: request.kind,
      host: request.host,
      ...(request.kind === 'register' ? { transport: request.transport ?? 'tls' } : {}),
      ...(request.kind === 'authenticate' ? { windowsCredentials: request.password === null } : {}),
    });
    const response = this.#route(origin, request);
    this.clock.schedule(this.#latencyOf(origin, request.kind), 'io', async () => {
      const words = response.ok ? answerWords[response.kind] : failureWords[response.failure];
      const from: Lane = !response.ok && response.failure === 'offline' ? lane : answerer(request);
      const expected = !response.ok && response.failure === 'no such record' ? expectedMiss(request.host) : undefined;
      this.timeline.record(`${who} hears: ${words}`, { lane: from, to: lane, failing: !response.ok, ...(expected ? { expected } : {}) });
      await answer(response);
    });
  }

  /** DC-12: the computer's DNS client cache answers first, found or not, while it keeps the answer. */
  #resolve(origin: NetworkOrigin, name: string): DnsRecord | null {
    const now = this.clock.now();
    const hit = origin.dnsCache?.cached(name, now);
    if (hit) {
      this.timeline.record(
        `${origin.computer}'s DNS client cache answers ${name}: ${hit.record ? `${hit.record.type} ${hit.record.target}` : 'no such record'}`,
        { lane: `Lync on ${origin.computer}` },
      );
      return hit.record;
    }
    const found = this.dns.lookup(name, origin.computer);
    origin.dnsCache?.remember(name, found, now);
    return found;
  }

  /**
   * The Sign-In Assistant carries the sign-in to the identity provider: what stops it now (missing, stopped, blocked,
   * out of date). The firewall drops only its direct connections (KB 2769142): through a proxy it is not dropped.
   */
  #signInAssistantRefusal(origin: NetworkOrigin, request: Extract<NetRequest, { kind: 'authenticate' }>): NetFailure | null {
    const direct =
      !origin.proxySettings || idcrlProxyFor(origin.proxySettings, request.host, this.service.pool, request.idcrlProxy) === null;
    const path = { filePac: origin.filePac, droppedByFirewall: direct && this.signInAssistantBlockedOn.has(origin.network) };
    return origin.signInAssistant.refusal(path);
  }

  /**
   * KB 3123662: the proxy a request goes through on the organization's network, and its answer; null when it goes
   * direct. Lync (lync.exe) runs as the Windows user and answers a proxy's challenge with the user's Windows
   * credentials, with no prompt. The Sign-In Assistant (msoidsvc.exe) runs as LocalSystem: it has no user's credentials
   * to give a proxy, nor a desktop to ask on (inferred from the service's account; KB 3123662 says only that the wrong
   * proxy may "require additional proxy authentication").
   */
  #throughProxy(origin: NetworkOrigin, request: NetRequest): ProxyAnswer | null {
    const settings = origin.proxySettings;
    if (!settings || origin.network !== 'organization') return null;
    const host = request.host.replace(/:\d+$/, '').toLowerCase();
    const process: ProxyClientProcess = request.kind === 'authenticate' ? 'msoidsvc.exe' : 'lync.exe';
    const name =
      request.kind === 'authenticate' ? idcrlProxyFor(settings, host, this.service.pool, request.idcrlProxy) : lyncProxy(settings, host);
    if (name === null) return null;
    const proxy = this.proxies.proxy(name);
    const credentials = process === 'lync.exe' && proxy.requiresAuthentication;
    const answer = proxy.answer(host, credentials);
    this.proxies.log.record({ at: this.clock.elapsed(), proxy: name, computer: origin.computer, process, host, credentials, answer });
    this.timeline.record(
      `the proxy ${name} ${answer === 'let through' ? 'lets' : answer === 'refused' ? 'refuses' : 'answers 407 Proxy Authentication Required to'} ${process} on ${origin.computer} for ${host}${credentials ? ", with the Windows user's credentials" : ''}`,
      { lane: `Lync on ${origin.computer}`, failing: answer !== 'let through' },
    );
    return answer;
  }

  #route(origin: NetworkOrigin, request: NetRequest): NetResponse {
    if (origin.network === 'offline') return { ok: false, failure: 'offline' };
    const blocked = this.blockedOn.has(origin.network);
    if (request.kind !== 'authenticate' && (this.#throughProxy(origin, request) ?? 'let through') !== 'let through')
      return { ok: false, failure: 'not responding' };
    switch (request.kind) {
      case 'discover': {
        // FS-10: a manually configured server name may carry a port (sipdir.online.lync.com:443).
        const name = request.host.replace(/:\d+$/, '');
        const domain = name.replace(/^lyncdiscover\./, '');
        if (!this.#resolve(origin, name)) return { ok: false, failure: 'no such record' };
        return blocked ? { ok: false, failure: 'not responding' } : this.service.discover(domain);
      }
      case 'authenticate':
        if (request.host.toLowerCase() !== identityProviderHost) return { ok: false, failure: 'not responding' };
        const refusal = this.#signInAssistantRefusal(origin, request);
        if (refusal !== null) return { ok: false, failure: refusal };
        // KB 3123662: a proxy that stops the assistant stops the sign-in the way a blocked assistant does (TE-17).
        if ((this.#throughProxy(origin, request) ?? 'let through') !== 'let through')
          return { ok: false, failure: 'sign-in address not found' };
        if (origin.missingRootCertificate) return { ok: false, failure: 'certificate chain not trusted' };
        if (origin.certificateStoreBroken) return { ok: false, failure: 'certificate rejected' };
        return blocked ? { ok: false, failure: 'not responding' } : this.service.authenticate(request.userName, request.password, origin);
      case 'register':
        if (request.transport !== 'http' && this.sipTlsBlockedOn.has(origin.network)) return { ok: false, failure: 'not responding' };
        return blocked
          ? { ok: false, failure: 'not responding' }
          : this.service.register(request.host, request.address, request.token, request.certificate, request.clientVersion, origin);
      case 'unregister':
        return blocked ? { ok: false, failure: 'not responding' } : this.service.unregister(request.sessionId);
      case 'exchange':
        if (request.host.toLowerCase() !== exchangeOnlineHost) return { ok: false, failure: 'not responding' };
        return this.exchange.connect(request.address, request.password, origin);
      case 'publish':
        return blocked
          ? { ok: false, failure: 'not responding' }
          : this.service.publish(request.sessionId, request.availability, request.byUser);
      case 'addressBook':
        return blocked || this.addressBookBlockedOn.has(origin.network)
          ? { ok: false, failure: 'not responding' }
          : this.service.searchAddressBook(request.host, request.sessionId, request.query);
      case 'contactAdd':
      case 'contactRemove':
        return blocked
          ? { ok: false, failure: 'not responding' }
          : this.service.changeContacts(request.sessionId, request.contact, request.kind === 'contactAdd');
      case 'instantMessage':
        return blocked
          ? { ok: false, failure: 'not responding' }
          : this.service.sendFromSession(request.sessionId, request.to, request.text);
      case 'saveConversations':
        return blocked ? { ok: false, failure: 'not responding' } : this.service.setSaveConversations(request.sessionId, request.on);
      case 'saveConversation':
        if (request.host.toLowerCase() !== exchangeOnlineHost) return { ok: false, failure: 'not responding' };
        return this.exchange.saveConversation(request.address, request.lines, request.participants, origin);
    }
  }
}
