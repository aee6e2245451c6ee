import type { Assumptions, Availability } from '../../simulator';
import type { ServiceSession } from '../service-account';
import type { Timeline } from '../timeline';

/** What the presence board pushes to a signed-in endpoint: a contact's presence. */
export type PresencePush = (session: ServiceSession, address: string, availability: Availability) => void;

interface Publication {
  readonly availability: Availability;
  readonly byUser: boolean;
  readonly seq: number;
}

/** How active an availability is, for the "most active endpoint" rule (lower is more active). */
const activeness: Readonly<Record<Availability, number>> = {
  Available: 0,
  Busy: 1,
  'Do Not Disturb': 1,
  'Be Right Back': 2,
  Inactive: 3,
  Away: 4,
  'Off Work': 5,
  'Presence Unknown': 6,
  Offline: 7,
};

/**
 * The service's presence: what each signed-in endpoint published, whose contact list holds whom, and what colleagues
 * see of each person (the ground truth "Bob sees Alice as Away" reads when Bob has no Lync of his own).
 */
export class PresenceBoard {
  readonly #published = new Map<string, Publication>();
  /** Owner's address → the addresses in their contact list. */
  readonly contacts = new Map<string, Set<string>>();
  /** People whose last endpoint lost its connection (NR-07), until they sign in or out again. */
  readonly #lost = new Set<string>();
  readonly #lastSeen = new Map<string, Availability>();
  #seq = 0;
  push: PresencePush = () => undefined;
  /** KB 2435699: whether an address is a Lync Online user (licensed and enabled); anyone else is Presence Unknown. */
  isUser: (address: string) => boolean = () => true;
  /**
   * Across two organizations: what `viewer` is shown of `address`, as federation lets it through (`route`: the
   * federation edge routes the request and records it; otherwise it is only asked what it would do). Null within one
   * organization, where every viewer sees `seenAs`.
   */
  across: (viewer: string, address: string, route: boolean) => Availability | null = () => null;

  constructor(
    private readonly sessionsOf: (address: string) => ServiceSession[],
    private readonly allSessions: () => ServiceSession[],
    private readonly assumptions: () => Assumptions,
    private readonly timeline: Timeline,
  ) {}

  /** What any colleague's contact list shows for `address`, as the service has it. */
  seenAs(address: string): Availability {
    if (!this.isUser(address.toLowerCase())) return 'Presence Unknown';
    const sessions = this.sessionsOf(address);
    if (sessions.length === 0) return this.#lost.has(address.toLowerCase()) ? this.assumptions().disconnectedSeenAs : 'Offline';
    const pubs = sessions.map((s) => this.#published.get(s.id) ?? { availability: 'Available' as const, byUser: false, seq: 0 });
    const latest = (list: Publication[]) => list.reduce((a, b) => (b.seq > a.seq ? b : a));
    if (this.assumptions().presenceAcrossEndpoints === 'latest wins') return latest(pubs).availability;
    const byUser = pubs.filter((p) => p.byUser);
    if (byUser.length > 0) return latest(byUser).availability;
    return pubs.reduce((a, b) => (activeness[b.availability] < activeness[a.availability] ? b : a)).availability;
  }

  /** What `viewer`'s contact list shows for `address`: `seenAs`, unless they are of two organizations (`across`). */
  seenBy(viewer: string, address: string, route = false): Availability {
    return this.across(viewer.toLowerCase(), address.toLowerCase(), route) ?? this.seenAs(address);
  }

  /** A new endpoint registered: it starts Available, and gets its contacts' presence. */
  signedIn(session: ServiceSession): void {
    this.#lost.delete(session.address);
    this.#published.set(session.id, { availability: 'Available', byUser: false, seq: ++this.#seq });
    for (const contact of [...(this.contacts.get(session.address) ?? [])].sort())
      this.push(session, contact, this.seenBy(session.address, contact, true));
    this.#changed(session.address);
  }

  publish(session: ServiceSession, availability: Availability, byUser: boolean): void {
    this.#published.set(session.id, { availability, byUser, seq: ++this.#seq });
    this.timeline.record(`Lync Online: ${session.address} on ${session.computer} publishes ${availability}${byUser ? ' (chosen)' : ''}`);
    this.#changed(session.address);
  }

  /** An endpoint is gone: signed out (`lost` false) or its connection broke. */
  ended(session: ServiceSession, lost: boolean): void {
    this.#published.delete(session.id);
    if (lost && this.sessionsOf(session.address).length === 0) this.#lost.add(session.address);
    if (!lost) this.#lost.delete(session.address);
    this.#changed(session.address);
  }

  addContact(owner: string, contact: string): void {
    const key = owner.toLowerCase();
    const list = this.contacts.get(key) ?? new Set<string>();
    list.add(contact.toLowerCase());
    this.contacts.set(key, list);
    for (const s of this.sessionsOf(key)) this.push(s, contact.toLowerCase(), this.seenBy(key, contact, true));
  }

  removeContact(owner: string, contact: string): void {
    this.contacts.get(owner.toLowerCase())?.delete(contact.toLowerCase());
  }

  #changed(address: string): void {
    const now = this.seenAs(address);
    if (this.#lastSeen.get(address) === now) return;
    this.#lastSeen.set(address, now);
    this.timeline.record(`Lync Online: colleagues now see ${address} as ${now}`);
    for (const s of this.allSessions())
      if (this.contacts.get(s.address)?.has(address)) this.push(s, address, this.across(s.address, address, true) ?? now);
  }
}
