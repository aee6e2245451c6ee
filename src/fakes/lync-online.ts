import { defaultAssumptions, Secret, type Assumptions, type Availability, type NetResponse, type NotDeliveredReason } from '../simulator';
import { AddressBookWebQuery } from './address-book-web-query';
import { FederationEdge } from './federation/federation-edge';
import { domainOf, newTenant, type Tenant } from './federation/tenant';
import { PresenceBoard } from './presence/presence-board';
import { IdentityProviderLog, lyncHears, type RefusalReason } from './identity-provider-log';
import { domainLogonOf, type IssuedCertificate, type ServiceAccount, type ServiceSession } from './service-account';
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
    | { type: 'notDelivered'; to: string; reason: NotDeliveredReason },
) => void;

/** What became of one instant message (ground truth for what the sender is told). */
export interface MessageRecord {
  readonly from: string;
  readonly to: string;
  readonly text: string;
  /** How many signed-in endpoints of the recipient got it. */
  readonly endpoints: number;
  /**
   * `delivered`; or, with no endpoint, what the `messageToOffline` assumption says; `not federated` when the recipient
   * is in another organization and the federation edge refused it (the sender is told).
   */
  readonly outcome: 'delivered' | 'sender is told' | 'held until sign-in' | 'lost' | 'not federated';
  /** What the sender saw of the recipient when it was sent. */
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

/** What the service asks of public DNS: whether a name is there now (federation's SRV records). */
export interface PublicDns {
  has(name: string): boolean;
}

/**
 * Lync Online, with its identity provider: one service for every tenant (each tenant's DNS records point at the same
 * sipdir, sipfed and webdir names, S14), each tenant with its SIP domain, its people and its external communications
 * setting; people of two tenants reach each other only through the federation edge. Ground truth for sessions,
 * presence and what crossed between organizations.
 */
export class LyncOnline {
  /** Every tenant's accounts, by sign-in address; a tenant's people are those of its domain. */
  readonly accounts = new Map<string, ServiceAccount>();
  /** The tenants, by SIP domain (lower case). */
  readonly tenants = new Map<string, Tenant>();
  /** Issue 21: what passes between two organizations, and the record of every exchange it routed or refused. */
  readonly federation: FederationEdge;
  /** Every authentication: the user ID and credential presented, from where, and the outcome (FS-05, TE-07, TE-13, TE-14). */
  readonly identityProvider: IdentityProviderLog;
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
    dns: PublicDns = { has: () => false },
  ) {
    this.presence = new PresenceBoard(
      (address) => this.sessionsOf(address),
      () => [...this.sessions.values()],
      assumptions,
      timeline,
    );
    this.presence.push = (session, address, availability) => this.push(session, { type: 'presence', address, availability });
    this.presence.isUser = (address) => this.#isUser(address);
    this.assumptions = assumptions;
    this.federation = new FederationEdge(clock, timeline, {
      tenant: (domain) => this.tenants.get(domain),
      hasRecord: (name) => dns.has(name),
      isUser: (address) => this.#isUser(address),
    });
    this.presence.across = (viewer, address, route) => this.#seenAcross(viewer, address, route);
    this.identityProvider = new IdentityProviderLog(clock, timeline);
    // FS-15: the address book is the directory of the searching person's own organization.
    this.addressBook = new AddressBookWebQuery(clock, timeline, (session) =>
      [...this.accounts.values()].filter((a) => domainOf(a.address) === domainOf(session.address)),
    );
  }

  #isUser(address: string): boolean {
    const account = this.accounts.get(address.toLowerCase());
    return account !== undefined && account.licensed && account.enabled;
  }

  /** A new tenant with its SIP domain, external communications as Office 365 sets them up; the same one if it exists. */
  addTenant(domain: string): Tenant {
    const key = domain.toLowerCase();
    const tenant = this.tenants.get(key) ?? newTenant(key);
    this.tenants.set(key, tenant);
    return tenant;
  }

  /** The tenant of a SIP domain. */
  tenant(domain: string): Tenant {
    const tenant = this.tenants.get(domain.toLowerCase());
    if (!tenant) throw new Error(`LyncOnline: no tenant has the domain ${domain}; the tenants are ${[...this.tenants.keys()].join(', ')}`);
    return tenant;
  }

  /**
   * What `viewer` is shown of `address` when they are of two organizations; null within one. Refused by federation:
   * Presence Unknown (cannot-communicate-with-external-contacts.md); an address with no user there: the assumption
   * `oldAddressSeenAs` (KB 2537764).
   */
  #seenAcross(viewer: string, address: string, route: boolean): Availability | null {
    if (domainOf(viewer) === domainOf(address)) return null;
    const refusal = route ? this.federation.route('presence', viewer, address) : this.federation.refusal(viewer, address);
    if (refusal === null) return this.presence.seenAs(address);
    return refusal.why === 'no such user' ? this.assumptions().oldAddressSeenAs : 'Presence Unknown';
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

  /**
   * `password: null`: the Windows credentials of the domain account the user is logged on with (AS-11). The identity
   * provider knows a user by the Office 365 user ID (UPN), and (FS-05, KB 10054) by the organization's network logon
   * DOMAIN\user, where DOMAIN is the first label of the UPN's domain and user the UPN's name part.
   */
  authenticate(userName: string, password: Secret | null, origin: Origin): NetResponse {
    if (this.faults.identityProviderDown) return { ok: false, failure: 'identity provider unreachable' };
    if (this.faults.untrustedCertificateChain) return { ok: false, failure: 'certificate chain not trusted' };
    const account = this.accountByUserId(userName);
    const reason = this.#passwordRefusal(account, userName, password, origin);
    this.identityProvider.record({
      address: account?.address ?? userName.toLowerCase(),
      userId: userName,
      from: 'Lync',
      computer: origin.computer,
      credential: password === null ? 'Windows credentials' : 'password',
      accepted: reason === null,
      reason,
    });
    if (reason !== null || !account) return { ok: false, failure: lyncHears[reason ?? 'unknown user'] };
    const certificate = this.#issue(account.address);
    return { ok: true, kind: 'authenticated', token: new Secret(`token-${this.#seq}`, 'token'), certificate };
  }

  /** Why the identity provider turns down a user ID with a password (or the Windows credentials); null when it takes them. */
  #passwordRefusal(account: ServiceAccount | undefined, userName: string, password: Secret | null, origin: Origin): RefusalReason | null {
    if (Math.abs(origin.clockOffsetMs) > clockTolerance) return 'computer clock off';
    if (!account) return 'unknown user';
    const proven = password === null ? this.#windowsAccountProven(userName, origin) : account.password.equals(password);
    if (!proven) return 'wrong password';
    // S7: apostrophes are not supported in a SIP address; the service turns the sign-in down as for a wrong password.
    if (account.address.includes("'")) return 'unsupported sign-in address';
    // TE-13, KB 2630976: an expired password is refused; what the rich client makes of it is the client's affair.
    if (account.passwordExpired) return 'password expired';
    return null;
  }

  /** The account a user ID names: its UPN, or DOMAIN\user (FS-05); the sign-in address only where it is the UPN. */
  accountByUserId(userId: string): ServiceAccount | undefined {
    const id = userId.trim().toLowerCase();
    const form = id.includes('\\')
      ? (a: ServiceAccount) => domainLogonOf(a.userId).toLowerCase()
      : (a: ServiceAccount) => a.userId.toLowerCase();
    return [...this.accounts.values()].find((a) => form(a) === id);
  }

  /**
   * Why the service turns down a saved certificate for `address`; null when it takes it. TE-14: a password change
   * revokes the certificates issued before it. TE-13: whether an expired password also stops them is Unknown
   * (assumption `certificateRefusedAfterPasswordExpiry`).
   */
  #certificateRefusal(certificate: Secret, address: string): RefusalReason | null {
    const issued = this.#certificates.get(certificate.reveal());
    if (!issued || issued.address !== address.toLowerCase() || issued.addressChanged) return 'unknown certificate';
    if (issued.staleAfterOutage) return 'certificate stale after an outage';
    if (issued.revoked) return 'password changed since the certificate was issued';
    const expired = this.accounts.get(address.toLowerCase())?.passwordExpired === true;
    return expired && this.assumptions().certificateRefusedAfterPasswordExpiry ? 'password expired' : null;
  }

  /** S28, KB 2630976: the portal takes the expired password only to replace it; the new one signs in from then on. */
  changePasswordOnPortal(address: string, password: Secret): void {
    const account = this.account(address);
    const portal = {
      address: account.address,
      userId: account.userId,
      from: 'the Office 365 portal',
      computer: null,
      credential: 'password',
    } as const;
    if (account.passwordExpired) this.identityProvider.record({ ...portal, accepted: false, reason: 'password expired' });
    this.changePassword(address, password);
    account.passwordExpired = false;
    this.identityProvider.record({ ...portal, accepted: true, reason: null });
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
      const reason = this.#certificateRefusal(certificate, address);
      this.identityProvider.record({
        address: address.toLowerCase(),
        userId: address,
        from: 'Lync',
        computer: origin.computer,
        credential: 'certificate',
        accepted: reason === null,
        reason,
      });
      if (reason !== null) return { ok: false, failure: lyncHears[reason] };
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
      saveConversations: account.saveConversations,
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

  /** KB 2435699: a signed-in endpoint adds a contact to (or removes one from) its user's contact list. */
  changeContacts(sessionId: string, contact: string, add: boolean): NetResponse {
    const session = this.sessions.get(sessionId);
    if (this.faults.down || !session) return { ok: false, failure: 'not responding' };
    this.timeline.record(
      `Lync Online: ${this.timeline.name(session.address)} ${add ? 'adds' : 'removes'} ${this.timeline.name(contact)} ${add ? 'to' : 'from'} the contact list`,
    );
    if (add) this.presence.addContact(session.address, contact);
    else this.presence.removeContact(session.address, contact);
    return { ok: true, kind: 'contactsChanged' };
  }

  /** Options > Personal: the user turns "Save IM conversations in my email Conversation History folder" on or off. */
  setSaveConversations(sessionId: string, on: boolean): NetResponse {
    const session = this.sessions.get(sessionId);
    if (this.faults.down || !session) return { ok: false, failure: 'not responding' };
    this.account(session.address).saveConversations = on;
    this.timeline.record(
      `Lync Online: ${this.timeline.name(session.address)} turns ${on ? 'on' : 'off'} saving IM conversations in the Conversation History folder`,
    );
    return { ok: true, kind: 'published' };
  }

  /** A signed-in endpoint sends an instant message from its conversation window; delivered as any other. */
  sendFromSession(sessionId: string, to: string, text: string): NetResponse {
    const session = this.sessions.get(sessionId);
    if (this.faults.down || !session) return { ok: false, failure: 'not responding' };
    this.sendMessage(session.address, to, text);
    return { ok: true, kind: 'messageSent' };
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

  /**
   * Delivers to every signed-in endpoint of `to`; with none, the `messageToOffline` assumption decides. To another
   * organization it goes through the federation edge first; refused, the sender is told it was not delivered.
   */
  sendMessage(from: string, to: string, text: string): MessageRecord {
    if (domainOf(from) !== domainOf(to) && this.federation.route('instant message', from, to) !== null)
      return this.#notFederated(from, to, text);
    const targets = this.sessionsOf(to);
    const recipientSeenAs = this.presenceOf(to);
    const outcome = targets.length > 0 ? 'delivered' : this.assumptions().messageToOffline;
    this.timeline.record(
      `${this.timeline.name(from)} sends ${this.timeline.name(to)} an instant message (${targets.length === 0 ? 'not signed in anywhere' : `to ${targets.length} signed-in Lync`}): ${outcome}`,
      { lane: 'colleagues', to: 'Lync Online' },
    );
    if (outcome === 'held until sign-in') this.undelivered.push({ from, to, text });
    if (outcome === 'sender is told')
      for (const s of this.sessionsOf(from)) this.push(s, { type: 'notDelivered', to: to.toLowerCase(), reason: 'offline' });
    for (const session of targets) this.push(session, { type: 'message', from, text });
    const record: MessageRecord = { from, to, text, endpoints: targets.length, outcome, recipientSeenAs };
    this.messages.push(record);
    return record;
  }

  /** Refused by federation: nothing reaches the recipient; the sender's endpoints are told (cannot-communicate-with-external-contacts.md). */
  #notFederated(from: string, to: string, text: string): MessageRecord {
    this.timeline.record(`${this.timeline.name(from)} sends ${this.timeline.name(to)} an instant message: not delivered, not federated`, {
      lane: 'colleagues',
      to: 'Lync Online',
    });
    for (const s of this.sessionsOf(from)) this.push(s, { type: 'notDelivered', to: to.toLowerCase(), reason: 'not federated' });
    const record: MessageRecord = {
      from,
      to,
      text,
      endpoints: 0,
      outcome: 'not federated',
      recipientSeenAs: this.presence.seenBy(from, to),
    };
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

  /** DC-08: the administrator changes a user's sign-in address; certificates issued for the old one stop working. */
  renameAccount(oldAddress: string, newAddress: string): void {
    const account = this.account(oldAddress);
    this.accounts.delete(oldAddress.toLowerCase());
    // The user ID follows the address where they were one (the service synchronizes them, change-office-365-sign-in-address.md).
    const userId = account.userId.toLowerCase() === account.address ? newAddress.toLowerCase() : account.userId;
    this.accounts.set(newAddress.toLowerCase(), { ...account, address: newAddress.toLowerCase(), userId });
    for (const cert of this.#certificates.values()) if (cert.address === oldAddress.toLowerCase()) cert.addressChanged = true;
    this.timeline.record(`the sign-in address ${oldAddress} is changed to ${newAddress} on the service`);
  }

  /** The administrator sets (or changes) a user's Office 365 user ID; the sign-in address stays as it is. */
  setUserId(address: string, userId: string): void {
    const account = this.account(address);
    const old = account.userId;
    account.userId = userId.toLowerCase();
    this.timeline.record(`the Office 365 user ID of ${this.timeline.name(address)} is changed from ${old} to ${account.userId}`, {
      lane: 'identity provider',
    });
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
