import type { FakeWorld } from '../fake-world';
import { arg, type FaultArgs, type FaultSwitch } from './fault-switch';

const id = 'contact-cache-damaged';

const cacheOf = (w: FakeWorld, a: FaultArgs) => {
  const person = w.person(arg<string>(a, 'person', 'string', id));
  return { cache: w.computer(arg<string>(a, 'computer', 'string', id)).profile(person.windowsUser).cache, address: person.address };
};

/** KB 2435699 (scenario 3): the contact list cache in the sip_ folder, damaged, and deleted by the support desk. */
export const contactFaults: readonly FaultSwitch[] = [
  {
    id,
    place: 'local cache',
    title: 'CoreContact.cache in the sip_ folder of a person on a computer is damaged (the contact list is lost or missing)',
    catalog: ['DC-09'],
    params: [
      { name: 'person', kind: 'person', label: 'Whose contact list' },
      { name: 'computer', kind: 'computer', label: 'Which computer' },
    ],
    phrases: [
      { keyword: 'Given', expression: "{person}'s CoreContact.cache on {computer} is damaged", on: true },
      { keyword: 'When', expression: 'the support desk deletes CoreContact.cache of {person} on {computer}', on: false },
    ],
    turnOn: (w, a) => {
      const { cache, address } = cacheOf(w, a);
      cache.damageContacts(address);
    },
    turnOff: (w, a) => {
      const { cache, address } = cacheOf(w, a);
      cache.deleteContactsByHand(address);
    },
  },
];
