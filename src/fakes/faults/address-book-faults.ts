import type { FakeWorld } from '../fake-world';
import type { FaultSwitch } from './fault-switch';

function blockService(w: FakeWorld, blocks: boolean): void {
  if (blocks) w.network.addressBookBlockedOn.add('organization');
  else w.network.addressBookBlockedOn.delete('organization');
  w.timeline.record(
    blocks
      ? "a firewall or proxy rule on the organization's network blocks the Address Book Web Query service"
      : "the organization's network lets the Address Book Web Query service through again",
  );
}

/** FS-15: the Address Book Web Query service of Lync Online, which every search goes to (KB 2435699). */
export const addressBookFaults: readonly FaultSwitch[] = [
  {
    id: 'address-book-service-blocked',
    place: 'network',
    title: "a firewall or proxy rule on the organization's network blocks the Address Book Web Query service",
    catalog: ['FS-15'],
    params: [],
    phrases: [
      {
        keyword: 'Given',
        expression: "a firewall or proxy rule on the organization's network blocks the Address Book Web Query service",
        on: true,
      },
      {
        keyword: 'When',
        expression: "the organization's network lets the Address Book Web Query service through again",
        on: false,
      },
    ],
    turnOn: (w) => blockService(w, true),
    turnOff: (w) => blockService(w, false),
  },
];
