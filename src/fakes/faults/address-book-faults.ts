import { policyNamed } from '../administration/group-policy';
import type { FakeWorld } from '../fake-world';
import { arg, type FaultSwitch } from './fault-switch';

const delayPolicy = 'Global Address Book Download Initial Delay';

function fixWaits(w: FakeWorld, percent: number | null): void {
  w.randomWaits.fixedPercent = percent;
  w.timeline.record(
    percent === null
      ? 'random waits are drawn from the seed again'
      : `every random wait Lync draws comes out at ${percent}% of its longest`,
  );
}

/** FS-15: when the address book arrives after sign-in. */
export const addressBookFaults: readonly FaultSwitch[] = [
  {
    id: 'address-book-delay-policy',
    place: 'computer',
    title: `the "${delayPolicy}" policy (GalDownloadInitialDelay) is set in the Computer Configuration of a computer`,
    catalog: ['FS-15', 'AS-09'],
    params: [
      { name: 'computer', kind: 'computer', label: 'Which computer' },
      { name: 'minutes', kind: 'number', label: 'Longest wait', unit: 'minutes', min: 0, max: 1440, example: 0 },
    ],
    phrases: [
      {
        keyword: 'Given',
        expression:
          'Group Policy sets "Global Address Book Download Initial Delay" to {int} minutes in the Computer Configuration of {computer}',
        on: true,
        args: ['minutes', 'computer'],
      },
      {
        sameWordsAs: 'computer-policy',
        on: false,
        args: (a) => ({ computer: a.computer ?? '', policy: delayPolicy, state: 'Not configured' }),
      },
    ],
    turnOn: (w, a) =>
      w.os.groupPolicy.setComputerNumber(
        w.computer(arg<string>(a, 'computer', 'string', 'address-book-delay-policy')),
        policyNamed(delayPolicy),
        arg<number>(a, 'minutes', 'number', 'address-book-delay-policy'),
      ),
    turnOff: (w, a) =>
      w.os.groupPolicy.setComputerPolicy(
        w.computer(arg<string>(a, 'computer', 'string', 'address-book-delay-policy')),
        policyNamed(delayPolicy),
        'Not configured',
      ),
  },
  {
    id: 'random-wait-fixed',
    place: 'client setting',
    title: 'the random wait before the address book download comes out at a given part of its longest',
    catalog: ['FS-15'],
    params: [{ name: 'percent', kind: 'number', label: 'Part of the longest wait', unit: 'percent', min: 0, max: 100, example: 100 }],
    phrases: [
      {
        keyword: 'Given',
        expression: 'the random wait before the address book download comes out at {int} percent of its longest',
        on: true,
      },
      { keyword: 'Given', expression: 'the random wait before the address book download is drawn from the seed', on: false },
    ],
    turnOn: (w, a) => fixWaits(w, arg<number>(a, 'percent', 'number', 'random-wait-fixed')),
    turnOff: (w) => fixWaits(w, null),
  },
];
