import type { FakeWorld } from '../fake-world';
import { arg, type FaultArgs, type FaultSwitch } from './fault-switch';

const running = (w: FakeWorld, a: FaultArgs, id: string) => {
  const person = w.person(arg<string>(a, 'person', 'string', id));
  return w.computer(arg<string>(a, 'computer', 'string', id)).running(person.windowsUser);
};

/** Faults of the Windows session: a Lync that is busy and does not answer Windows (log-off while Lync is busy). */
export const sessionFaults: readonly FaultSwitch[] = [
  {
    id: 'lync-not-responding',
    place: 'computer',
    title: 'Lync is busy and does not respond to Windows (at log-off Windows has to end it)',
    catalog: ['NR-14'],
    params: [
      { name: 'person', kind: 'person', label: 'Whose Lync' },
      { name: 'computer', kind: 'computer', label: 'Which computer' },
    ],
    applies: (w, a) => running(w, a, 'lync-not-responding').length > 0,
    turnOn: (w, a) => {
      for (const p of running(w, a, 'lync-not-responding')) p.notResponding = true;
    },
    phrases: [{ keyword: 'Given', expression: "{person}'s Lync on {computer} is busy and stops responding", on: true }],
  },
];
