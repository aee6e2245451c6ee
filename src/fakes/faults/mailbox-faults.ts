import type { FakeWorld } from '../fake-world';
import { arg, type FaultArgs, type FaultSwitch } from './fault-switch';

const id = 'mailbox-full';

const addressOf = (w: FakeWorld, a: FaultArgs) => w.person(arg<string>(a, 'person', 'string', id)).address;

/** A mailbox over its quota: EWS still lets Lync in, but refuses to save items in the Conversation History folder. */
export const mailboxFaults: readonly FaultSwitch[] = [
  {
    id,
    place: 'tenant',
    title: "a person's Exchange Online mailbox is full: EWS refuses to save conversations in its Conversation History folder",
    catalog: ['FS-06'],
    params: [{ name: 'person', kind: 'person', label: 'Whose mailbox' }],
    phrases: [
      { keyword: 'Given', expression: "{person}'s mailbox is full", on: true },
      { keyword: 'When', expression: "the administrator raises the quota of {person}'s mailbox", on: false },
    ],
    turnOn: (w, a) => {
      w.exchange.fullMailboxes.add(addressOf(w, a));
      w.timeline.record(`the mailbox of ${w.timeline.name(addressOf(w, a))} is over its quota`, { lane: 'Lync Online' });
    },
    turnOff: (w, a) => {
      w.exchange.fullMailboxes.delete(addressOf(w, a));
      w.timeline.record(`the quota of the mailbox of ${w.timeline.name(addressOf(w, a))} is raised`, { lane: 'Lync Online' });
    },
  },
];
