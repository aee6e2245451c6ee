import type { NetResponse } from '../simulator';
import { Recorder } from './recorder';
import type { ServiceAccount, ServiceSession } from './service-account';
import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';

/** One search the Address Book Web Query service answered (FS-15): ground truth for what Lync asked and was told. */
export interface AddressBookSearch {
  /** Virtual ms since the scenario started. */
  readonly at: number;
  readonly address: string;
  readonly computer: string;
  readonly windowsUser: string;
  readonly query: string;
  /** The display names it sent back, in order. */
  readonly found: readonly string[];
}

/**
 * FS-15 (KB 2435699): the tenant's Address Book Web Query service. Lync Online clients keep no copy of the address
 * book; each search is a web request that this service answers from the tenant's directory (every account of the
 * searching person's organization).
 */
export class AddressBookWebQuery extends Recorder<AddressBookSearch> {
  /** Where the service answers; the sign-in gives Lync this URL, and Configuration Information shows it. */
  readonly url = 'https://webpoolam41a01.infra.lync.com/abs/handler';

  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
    /** The directory a session searches: the accounts of its own organization. */
    private readonly accounts: (session: ServiceSession) => readonly ServiceAccount[],
  ) {
    super();
  }

  /** The people whose display name holds what was typed, in name order. */
  search(session: ServiceSession, query: string): NetResponse {
    const { address, computer, windowsUser } = session;
    const wanted = query.toLowerCase();
    const entries = this.accounts(session)
      .filter((a) => a.displayName.toLowerCase().includes(wanted))
      .map((a) => ({ address: a.address, name: a.displayName }))
      .sort((a, b) => a.name.localeCompare(b.name));
    this.record({ at: this.clock.elapsed(), address, computer, windowsUser, query, found: entries.map((e) => e.name) });
    this.timeline.record(
      `the Address Book Web Query service answers ${this.timeline.name(address)}'s search for "${query}" from Lync on ${computer}: ${entries.length} found`,
      { lane: 'Lync Online', to: `Lync on ${computer}` },
    );
    return { ok: true, kind: 'addressBook', entries };
  }

  /** The searches answered for one person's Lync on one computer, in order. */
  from(address: string, computer: string): AddressBookSearch[] {
    return this.where((s) => s.address === address.toLowerCase() && s.computer === computer);
  }
}
