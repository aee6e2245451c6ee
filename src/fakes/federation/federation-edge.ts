import { Recorder } from '../recorder';
import type { Timeline } from '../timeline';
import type { VirtualClock } from '../virtual-clock';
import { domainOf, refusalWords, settingRefusal, type FederationRefusal, type Tenant } from './tenant';

/** What crosses from one organization to another: a request for a contact's presence, or an instant message. */
export type FederationTraffic = 'presence' | 'instant message';

/** One exchange the federation edge routed or refused: ground truth for what crossed between organizations, and why not. */
export interface FederationRecord {
  /** Virtual ms since the scenario started. */
  readonly at: number;
  readonly traffic: FederationTraffic;
  /** The sign-in address it comes from (for presence: the person asking for it). */
  readonly from: string;
  /** The sign-in address it is for (for presence: the person whose presence is asked for). */
  readonly to: string;
  readonly routed: boolean;
  /** Why it was refused, in words (`refusalWords`); null when routed. */
  readonly reason: string | null;
}

/** What the edge needs from the rest of Lync Online and from DNS. */
export interface FederationParts {
  /** The tenant whose SIP domain this is; undefined for a domain no tenant has. */
  readonly tenant: (domain: string) => Tenant | undefined;
  /** Whether public DNS has this name now (the `_sipfederationtls._tcp` SRV records). */
  readonly hasRecord: (name: string) => boolean;
  /** Whether an address is a Lync Online user (licensed and enabled). */
  readonly isUser: (address: string) => boolean;
}

/** The host name a domain's `_sipfederationtls._tcp` record points at for Lync Online (S14, KB 2566790). */
export const federationHost = 'sipfed.online.lync.com';

/**
 * Lync Online's federation edge (sipfed.online.lync.com): what passes between two organizations (cannot-communicate-
 * with-external-contacts.md): the sending tenant's external communications setting; the SRV record
 * `_sipfederationtls._tcp.<domain>` of the receiving domain, which routes to it, and of the sending domain ("If that
 * SRV record is missing ... all communication with external contacts fails", so the far side checks the sender's
 * too); the receiving tenant's setting ("make sure the admin in the other organization has set up external
 * communications as well"); and at last whether the address is a user there. Each exchange is recorded.
 */
export class FederationEdge extends Recorder<FederationRecord> {
  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
    private readonly parts: FederationParts,
  ) {
    super();
  }

  /** Why nothing would pass from `from` to `to` now; null when it would. Reads only: nothing is recorded. */
  refusal(from: string, to: string): FederationRefusal | null {
    const [here, there] = [domainOf(from), domainOf(to)];
    const home = this.parts.tenant(here);
    const far = this.parts.tenant(there);
    const missing = [there, here].find((d) => !this.parts.hasRecord(`_sipfederationtls._tcp.${d}`));
    return (
      (home ? settingRefusal(home, there) : null) ??
      (missing !== undefined ? { why: 'no federation record', domain: missing } : null) ??
      (far ? settingRefusal(far, here) : null) ??
      (this.parts.isUser(to) ? null : { why: 'no such user', domain: there, address: to.toLowerCase() })
    );
  }

  /** Routes one exchange, or refuses it: recorded, and written on the timeline. */
  route(traffic: FederationTraffic, from: string, to: string): FederationRefusal | null {
    const refusal = this.refusal(from, to);
    const reason = refusal === null ? null : refusalWords(refusal);
    this.record({ at: this.clock.elapsed(), traffic, from: from.toLowerCase(), to: to.toLowerCase(), routed: refusal === null, reason });
    const [a, b] = [this.timeline.name(from), this.timeline.name(to)];
    const what = traffic === 'presence' ? `${a}'s request for the presence of ${b}` : `an instant message from ${a} to ${b}`;
    this.timeline.record(
      `Lync Online's federation edge (${federationHost}) ${reason === null ? `routes ${what}` : `refuses ${what}: ${reason}`}`,
      {
        lane: 'Lync Online',
        failing: reason !== null,
      },
    );
    return refusal;
  }

  /** The last exchange of this kind from one address to another; undefined when there was none. */
  last(traffic: FederationTraffic, from: string, to: string): FederationRecord | undefined {
    return this.where((r) => r.traffic === traffic && r.from === from.toLowerCase() && r.to === to.toLowerCase()).at(-1);
  }
}
