import type { NetResponse } from '../simulator';
import { Recorder } from './recorder';
import type { ServiceAccount, ServiceSession } from './service-account';
import type { Timeline } from './timeline';
import type { VirtualClock } from './virtual-clock';

/** One address book download the service answered (FS-15): ground truth for when Lync got it. */
export interface AddressBookDownload {
  /** Virtual ms since the scenario started. */
  readonly at: number;
  readonly address: string;
  readonly computer: string;
  readonly windowsUser: string;
}

/** The organization's address book (the global address list) on the service: every account of the tenant. */
export class AddressBookDownloads extends Recorder<AddressBookDownload> {
  constructor(
    private readonly clock: VirtualClock,
    private readonly timeline: Timeline,
    private readonly accounts: () => readonly ServiceAccount[],
  ) {
    super();
  }

  download(session: ServiceSession): NetResponse {
    const { address, computer, windowsUser } = session;
    this.record({ at: this.clock.elapsed(), address, computer, windowsUser });
    const entries = this.accounts()
      .map((a) => ({ address: a.address, name: a.displayName }))
      .sort((a, b) => a.name.localeCompare(b.name));
    this.timeline.record(
      `Lync Online sends ${this.timeline.name(address)}'s Lync on ${computer} the address book (${entries.length} people)`,
      {
        lane: 'Lync Online',
        to: `Lync on ${computer}`,
      },
    );
    return { ok: true, kind: 'addressBook', entries };
  }

  /** The downloads made for one person. */
  of(address: string): AddressBookDownload[] {
    return this.where((d) => d.address === address.toLowerCase());
  }
}
