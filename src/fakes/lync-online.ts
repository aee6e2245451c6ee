import { defaultAssumptions, Secret, type Assumptions, type Availability, type NetResponse } from '../simulator';
import { AddressBookWebQuery } from './address-book-web-query';
import { PresenceBoard } from './presence/presence-board';
import type { IssuedCertificate, ServiceAccount, ServiceSession } from './service-account';
import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';

export interface Origin {
  readonly computer: string;
  readonly windowsUser: string;
  /** The computer's clock minus true time, in ms (TE-04). */
  readonly clockOffsetMs: number;
  /** NR-16: the network the request came from; 'organization' is the intranet, anything else reaches the service through the Edge. */
  readonly network?: string;
  /** AS-11: the domain account the Windows user is logged on with, which the computer can prove; null for a local account. */
  readonly domainAccount?: string | null;
}

/** Pushes from the service to a signed-in client, routed by the network. */
export type Push = (
  session: ServiceSession,
  push:
    | { type: 'message'; from: string; text: string }
    | { type: 'connectionLost' }
    | { type: 'presence'; address: string; availability: Availability }
    | { type: 'notDelivered'; to: string },
) => void;

/** What became of one instant message (ground truth for what the sender is told). */
export interface MessageRecord {
  readonly from: string;
  readonly to: string;
  readonly text: string;
  /** How many signed-in endpoints of the recipient got it. */
  readonly endpoints: number;
  /** `delivered`; or, with no endpoint, what the `messageToOffline` assumption says. */
  readonly outcome: 'delivered' | 'sender is told' | 'held until sign-in' | 'lost';
  /** What colleagues saw of the recipient when it was sent. */
  readonly recipientSeenAs: Availability;
}

export interface ServiceFaults {
  /** TE-01/TE-20: the Lync servers do not answer. */
  down: boolean;
  /** TE-08: the identity provider (AD FS / Azure AD) cannot be reached. */
  identityProviderDown: boolean;
  /** TE-09: the identity provider's certificate chain does not validate on clients. */
  untrustedCertificateChain: boolean;
  /** TE-10/FS-08: Autodiscover answers with web services in this domain instead of lync.com. */
  webServicesHost: string;
  /** TE-03: client versions the service no longer accepts. */
  unsupportedVersions: string[];
}

const clockTolerance = 5 * 60_000;

/** The Lync Online service of one tenant, with its identity provider. Ground truth for sessions and presence. */
export class LyncOnline {
  readonly accounts = new Map<string, ServiceAccount>();
  readonly sessions = new Map<string, ServiceSession>();
  readonly undelivered: { from: string; to: string; text: string }[] = [];
  readonly messages: MessageRecord[] = [];
  readonly presence: PresenceBoard;
  /** FS-15: the Address Book Web Query service, and every search it answered. */
  readonly addressBook: AddressBookWebQuery;
  readonly faults: ServiceFaults = {
    down: false,
    identityProviderDown: false,
    untrustedCertificateChain: false,
    webServicesHost: 'webdir.online.lync.com',
    unsupportedVersions: [],
  };
  pool = 'sippoolam41a01.infra.lync.com';
  /** AS-11: the organization's domains that sign in to Office 365 through AD FS (single sign-on with Windows credentials). */
  readonly singleSignOnDomains = new Set<string>();
  #certificates = new Map<string, IssuedCertificate>();
  #seq = 0;
  push: Push = () => undefined;

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
    assumptions: () => Assumptions = () => defaultAssumptions,
  ) {
    this.presence = new PresenceBoard(
      (address) => this.sessionsOf(address),
      () => [...this.sessions.values()],
      assumptions,
      timeline,
    );
    this.presence.push = (session, address, availability) => this.push(session, { type: 'presence', address, availability });
    this.assumptions = assumptions;
    this.addressBook = new AddressBookWebQuery(clock, timeline, () => [...this.accounts.values()]);
  }

  private readonly assumptions: () => Assumptions;

  account(address: string): ServiceAccount {
    const account = this.accounts.get(address.toLowerCase());
    if (!account) throw new Error(`LyncOnline: no account ${address}; add it with "Given ... has an Office 365 account"`);
    return account;
  }

  discover(_domain: string): NetResponse {
    if (this.faults.down) return { ok: false, failure: 'not responding' };
    return { ok: true, kind: 'discovered', webServices: this.faults.webServicesHost, pool: this.pool };
  }

  /** `password: null`: the Windows credentials of the domain account the user is logged on with (AS-11). */
  authenticate(userName: string, password: Secret | null, origin: Origin): NetResponse {
    if (this.faults.identityProviderDown) return { ok: false, failure: 'identity provider unreachable' };
    if (this.faults.untrustedCertificateChain) return { ok: false, failure: 'certificate chain not trusted' };
    if (Math.abs(origin.clockOffsetMs) > clockTolerance) return { ok: false, failure: 'clock skew' };
    const account = this.accounts.get(userName.toLowerCase());
    const proven = password === null ? this.#windowsAccountProven(userName, origin) : account?.password.equals(password) === true;
    if (!account || !proven) return { ok: false, failure: 'bad credentials' };
    // S7: apostrophes are not supported in a SIP address; the service turns the sign-in down as for a wrong password.
    if (account.address.includes("'")) return { ok: false, failure: 'bad credentials' };
    if (account.passwordExpired) return { ok: false, failure: 'password expired' };
    const certificate = this.#issue(account.address);
    return { ok: true, kind: 'authenticated', token: new Secret(`token-${this.#seq}`, 'token'), certificate };
  }

  /** AD FS takes the Windows credentials only for its own domain, and only of the account being signed in. */
  #windowsAccountProven(userName: string, origin: Origin): boolean {
    const domain = userName.slice(userName.lastIndexOf('@') + 1).toLowerCase();
    return this.singleSignOnDomains.has(domain) && origin.domainAccount?.toLowerCase() === userName.toLowerCase();
  }

  register(host: string, address: string, token: Secret | null, certificate: Secret | null, version: string, origin: Origin): NetResponse {
    if (this.faults.down || host !== this.pool) return { ok: false, failure: 'not responding' };
    if (this.faults.unsupportedVersions.includes(version)) return { ok: false, failure: 'client version not supported' };
    const account = this.accounts.get(address.toLowerCase());
    if (certificate !== null) {
      const issued = this.#certificates.get(certificate.reveal());
      if (!issued || issued.address !== address.toLowerCase() || issued.addressChanged)
        return { ok: false, failure: 'certificate rejected' };
      if (issued.staleAfterOutage) return { ok: false, failure: 'certificate stale after outage' };
      if (issued.revoked) return { ok: false, failure: 'bad credentials' };
    } else if (token === null) {
      return { ok: false, failure: 'bad credentials' };
    }
    if (!account || !account.licensed || !account.enabled || this.clock.now() < account.provisionedAt)
      return { ok: false, failure: 'sign-in address not found' };
    const session: ServiceSession = {
      id: `session-${++this.#seq}`,
      address: account.address,
      endpoint: this.pool,
      computer: origin.computer,
      windowsUser: origin.windowsUser,
      fromIntranet: origin.network === 'organization',
    };
    this.sessions.set(session.id, session);
    this.timeline.record(
      `Lync Online: ${this.timeline.name(account.address)} is signed in from ${origin.computer} over ${session.fromIntranet ? 'the organization network' : 'the internet, through the Edge'}`,
      { lane: 'Lync Online', to: 'colleagues' },
    );
    this.presence.signedIn(session);
    for (const held of this.undelivered.filter((m) => m.to === account.address))
      this.push(session, { type: 'message', from: held.from, text: held.text });
    this.undelivered.splice(0, this.undelivered.length, ...this.undelivered.filter((m) => m.to !== account.address));
    return {
      ok: true,
      kind: 'registered',
      sessionId: session.id,
      endpoint: this.pool,
      addressBook: this.addressBook.url,
      remoteUser: !session.fromIntranet,
    };
  }

  unregister(sessionId: string): NetResponse {
    const session = this.sessions.get(sessionId);
    if (session) this.#end(session, 'signed out');
    return { ok: true, kind: 'unregistered' };
  }

  /** A signed-in endpoint tells the service what colleagues should see. */
  publish(sessionId: string, availability: Availability, byUser: boolean): NetResponse {
    const session = this.sessions.get(sessionId);
    if (this.faults.down || !session) return { ok: false, failure: 'not responding' };
    this.presence.publish(session, availability, byUser);
    return { ok: true, kind: 'published' };
  }

  /** FS-15: a signed-in endpoint searches the address book (a web request to the Address Book Web Query service). */
  searchAddressBook(host: string, sessionId: string, query: string): NetResponse {
    const session = this.sessions.get(sessionId);
    const here = host.toLowerCase() === new URL(this.addressBook.url).hostname;
    if (this.faults.down || !session || !here) return { ok: false, failure: 'not responding' };
    return this.addressBook.search(session, query);
  }

  /** The process behind these endpoints is gone without signing out (killed at log-off, or the computer shut down). */
  dropSessionsOfProcess(computer: string, windowsUser: string): void {
    for (const s of [...this.sessions.values()].filter((x) => x.computer === computer && x.windowsUser === windowsUser))
      this.#end(s, 'closed its connection without signing out', true);
  }

  /** The network lost a computer: the service notices the endpoints there are gone. */
  dropSessionsOf(computer: string): void {
    for (const session of [...this.sessions.values()].filter((s) => s.computer === computer))
      this.#end(session, 'lost its connection', true);
  }

  sessionsOf(address: string): ServiceSession[] {
    return [...this.sessions.values()].filter((s) => s.address === address.toLowerCase());
  }

  /** What a colleague's contact list shows for `address` (SO-04: Offline when not signed in; NR-12, NR-13, NR-14). */
  presenceOf(address: string): Availability {
    return this.presence.seenAs(address);
  }

  /** Delivers to every signed-in endpoint of `to`; with none, the `messageToOffline` assumption decides. */
  sendMessage(from: string, to: string, text: string): MessageRecord {
    const targets = this.sessionsOf(to);
    const recipientSeenAs = this.presenceOf(to);
    const outcome = targets.length > 0 ? 'delivered' : this.assumptions().messageToOffline;
    this.timeline.record(
      `${this.timeline.name(from)} sends ${this.timeline.name(to)} an instant message (${targets.length === 0 ? 'not signed in anywhere' : `to ${targets.length} signed-in Lync`}): ${outcome}`,
      { lane: 'colleagues', to: 'Lync Online' },
    );
    if (outcome === 'held until sign-in') this.undelivered.push({ from, to, text });
    if (outcome === 'sender is told') for (const s of this.sessionsOf(from)) this.push(s, { type: 'notDelivered', to: to.toLowerCase() });
    for (const session of targets) this.push(session, { type: 'message', from, text });
    const record: MessageRecord = { from, to, text, endpoints: targets.length, outcome, recipientSeenAs };
    this.messages.push(record);
    return record;
  }

  /** TE-20: the service goes down; every signed-in client loses its connection. */
  startOutage(): void {
    this.faults.down = true;
    this.timeline.record('Lync Online service outage begins', { lane: 'Lync Online', failing: true });
    for (const session of [...this.sessions.values()]) {
      this.#end(session, 'lost its connection in the outage', true);
      this.push(session, { type: 'connectionLost' });
    }
  }

  /** TE-20/NR-08: the service returns; certificates issued before the outage are no longer accepted. */
  endOutage(): void {
    this.faults.down = false;
    for (const cert of this.#certificates.values()) cert.staleAfterOutage = true;
    this.timeline.record('Lync Online service is restored', { lane: 'Lync Online' });
  }

  /** TE-12/TE-14: the password changes on the service; certificates issued with the old one are revoked. */
  changePassword(address: string, password: Secret): void {
    this.account(address).password = password;
    for (const cert of this.#certificates.values()) if (cert.address === address.toLowerCase()) cert.revoked = true;
    this.timeline.record(`the password of ${this.timeline.name(address)} is changed on the service`, { lane: 'identity provider' });
  }

  /** After sign-in the client connects to Exchange; an account may make it ask for credentials first (FS-06, TE-22). */
  connectExchange(address: string): NetResponse {
    const account = this.accounts.get(address.toLowerCase());
    if (account && account.exchangePromptsLeft > 0) {
      account.exchangePromptsLeft--;
      return { ok: false, failure: 'exchange needs credentials' };
    }
    return { ok: true, kind: 'exchangeConnected' };
  }

  /** DC-08: the administrator changes a user's sign-in address; certificates issued for the old one stop working. */
  renameAccount(oldAddress: string, newAddress: string): void {
    const account = this.account(oldAddress);
    this.accounts.delete(oldAddress.toLowerCase());
    this.accounts.set(newAddress.toLowerCase(), { ...account, address: newAddress.toLowerCase() });
    for (const cert of this.#certificates.values()) if (cert.address === oldAddress.toLowerCase()) cert.addressChanged = true;
    this.timeline.record(`the sign-in address ${oldAddress} is changed to ${newAddress} on the service`);
  }

  #issue(address: string): Secret {
    const value = `certificate-${address}-${++this.#seq}`;
    this.#certificates.set(value, {
      address: address.toLowerCase(),
      issuedAt: this.clock.now(),
      revoked: false,
      staleAfterOutage: false,
      addressChanged: false,
    });
    return new Secret(value, 'certificate');
  }

  #end(session: ServiceSession, why: string, lost = false): void {
    this.sessions.delete(session.id);
    this.presence.ended(session, lost);
    const still = this.presenceOf(session.address);
    this.timeline.record(`Lync Online: ${this.timeline.name(session.address)} on ${session.computer} ${why}; colleagues see ${still}`, {
      lane: 'Lync Online',
      to: 'colleagues',
    });
  }
}
