import { expectedMiss } from './expected-by-design';
import { Recorder } from './recorder';
import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';

export interface DnsRecord {
  readonly name: string;
  readonly type: 'CNAME' | 'SRV' | 'A';
  readonly target: string;
}

/** The SRV record that routes federation (other organizations) to a domain's Lync Online (S14, KB 2566790). */
export const federationRecord = (domain: string): DnsRecord => ({
  name: `_sipfederationtls._tcp.${domain}`,
  type: 'SRV',
  target: 'sipfed.online.lync.com:5061',
});

/** The Lync Online records a tenant's domain needs (FS-09). */
export const lyncOnlineRecords = (domain: string): DnsRecord[] => [
  { name: `lyncdiscover.${domain}`, type: 'CNAME', target: 'webdir.online.lync.com' },
  { name: `sip.${domain}`, type: 'CNAME', target: 'sipdir.online.lync.com' },
  { name: `_sip._tls.${domain}`, type: 'SRV', target: 'sipdir.online.lync.com:443' },
  federationRecord(domain),
];

/** Microsoft's own Lync Online names, which do not depend on the tenant's domain (AS-07's manual value). */
export const microsoftRecords: DnsRecord[] = [
  { name: 'sipdir.online.lync.com', type: 'A', target: '52.112.0.1' },
  { name: 'webdir.online.lync.com', type: 'A', target: '52.112.0.2' },
];

/** Public DNS as clients see it. Records added with a propagation delay become visible only once it has passed (TE-19). */
export class Dns {
  readonly #records = new Map<string, DnsRecord & { visibleFrom: number }>();
  /** Every lookup a client made (FS-09). */
  readonly lookups = new Recorder<{ readonly name: string; readonly found: boolean }>();

  /** The names looked up so far, in order (lower case). */
  namesLookedUp(): string[] {
    return this.lookups.calls.map((l) => l.name);
  }

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
  ) {}

  add(records: DnsRecord[], propagationMs = 0): void {
    for (const r of records) this.#records.set(r.name.toLowerCase(), { ...r, visibleFrom: this.clock.now() + propagationMs });
  }

  removeDomain(domain: string): void {
    for (const name of [...this.#records.keys()]) if (name.endsWith(`.${domain.toLowerCase()}`)) this.#records.delete(name);
    this.timeline.record(`the Lync DNS records of ${domain} are removed`, { lane: 'DNS' });
  }

  /** Removes one record of a domain (S14: each record on its own). */
  removeRecord(name: string): void {
    this.#records.delete(name.toLowerCase());
    this.timeline.record(`the DNS record ${name} is removed`, { lane: 'DNS' });
  }

  /** Resolves a name as a client would at this moment, and notes the lookup on the timeline. */
  lookup(name: string, computer: string): DnsRecord | null {
    const r = this.#records.get(name.toLowerCase());
    const found = r && r.visibleFrom <= this.clock.now() ? r : null;
    this.lookups.record({ name: name.toLowerCase(), found: found !== null });
    const expected = found === null ? expectedMiss(name) : undefined;
    this.timeline.record(`Lync on ${computer} looks up ${name} in DNS: ${found ? `${found.type} ${found.target}` : 'no such record'}`, {
      lane: `Lync on ${computer}`,
      to: 'DNS',
      failing: found === null,
      ...(expected ? { expected } : {}),
    });
    return found;
  }

  has(name: string): boolean {
    const r = this.#records.get(name.toLowerCase());
    return r !== undefined && r.visibleFrom <= this.clock.now();
  }
}
