import { Secret, type NetResponse } from '../simulator';
import type { IssuedCertificate, ServiceAccount, ServiceSession } from './service-account';
import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';

export interface Origin {
  readonly computer: string;
  readonly windowsUser: string;
  /** The computer's clock minus true time, in ms (TE-04). */
  readonly clockOffsetMs: number;
}

/** Pushes from the service to a signed-in client, routed by the network. */
export type Push = (session: ServiceSession, push: { type: 'message'; from: string; text: string } | { type: 'connectionLost' }) => void;

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
  readonly faults: ServiceFaults = {
    down: false,
    identityProviderDown: false,
    untrustedCertificateChain: false,
    webServicesHost: 'webdir.online.lync.com',
    unsupportedVersions: [],
  };
  pool = 'sippoolam41a01.infra.lync.com';
  #certificates = new Map<string, IssuedCertificate>();
  #seq = 0;
  push: Push = () => undefined;

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
  ) {}

  account(address: string): ServiceAccount {
    const account = this.accounts.get(address.toLowerCase());
    if (!account) throw new Error(`LyncOnline: no account ${address}; add it with "Given ... has an Office 365 account"`);
    return account;
  }

  discover(_domain: string): NetResponse {
    if (this.faults.down) return { ok: false, failure: 'not responding' };
    return { ok: true, kind: 'discovered', webServices: this.faults.webServicesHost, pool: this.pool };
  }

  authenticate(userName: string, password: Secret, origin: Origin): NetResponse {
    if (this.faults.identityProviderDown) return { ok: false, failure: 'identity provider unreachable' };
    if (this.faults.untrustedCertificateChain) return { ok: false, failure: 'certificate chain not trusted' };
    if (Math.abs(origin.clockOffsetMs) > clockTolerance) return { ok: false, failure: 'clock skew' };
    const account = this.accounts.get(userName.toLowerCase());
    if (!account || !account.password.equals(password)) return { ok: false, failure: 'bad credentials' };
    if (account.passwordExpired) return { ok: false, failure: 'password expired' };
    const certificate = this.#issue(account.address);
    return { ok: true, kind: 'authenticated', token: new Secret(`token-${this.#seq}`, 'token'), certificate };
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
    };
    this.sessions.set(session.id, session);
    this.timeline.record(
      `Lync Online: ${this.timeline.name(account.address)} is signed in from ${origin.computer}; colleagues see Available`,
      {
        lane: 'Lync Online',
        to: 'colleagues',
      },
    );
    return { ok: true, kind: 'registered', sessionId: session.id, endpoint: this.pool };
  }

  unregister(sessionId: string): NetResponse {
    const session = this.sessions.get(sessionId);
    if (session) this.#end(session, 'signed out');
    return { ok: true, kind: 'unregistered' };
  }

  /** The network lost a computer: the service notices the endpoints there are gone. */
  dropSessionsOf(computer: string): void {
    for (const session of [...this.sessions.values()].filter((s) => s.computer === computer)) this.#end(session, 'lost its connection');
  }

  sessionsOf(address: string): ServiceSession[] {
    return [...this.sessions.values()].filter((s) => s.address === address.toLowerCase());
  }

  /** What a colleague's contact list shows for `address` (SO-04: Offline when not signed in). */
  presenceOf(address: string): 'Available' | 'Offline' {
    return this.sessionsOf(address).length > 0 ? 'Available' : 'Offline';
  }

  sendMessage(from: string, to: string, text: string): void {
    const targets = this.sessionsOf(to);
    this.timeline.record(
      `${this.timeline.name(from)} sends ${this.timeline.name(to)} an instant message (${targets.length === 0 ? 'not signed in anywhere: kept for later' : `to ${targets.length} signed-in Lync`})`,
      { lane: 'colleagues', to: 'Lync Online' },
    );
    if (targets.length === 0) this.undelivered.push({ from, to, text });
    for (const session of targets) this.push(session, { type: 'message', from, text });
  }

  /** TE-20: the service goes down; every signed-in client loses its connection. */
  startOutage(): void {
    this.faults.down = true;
    this.timeline.record('Lync Online service outage begins', { lane: 'Lync Online', failing: true });
    for (const session of [...this.sessions.values()]) {
      this.#end(session, 'lost its connection in the outage');
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

  #end(session: ServiceSession, why: string): void {
    this.sessions.delete(session.id);
    const still = this.presenceOf(session.address);
    this.timeline.record(`Lync Online: ${this.timeline.name(session.address)} on ${session.computer} ${why}; colleagues see ${still}`, {
      lane: 'Lync Online',
      to: 'colleagues',
    });
  }
}
