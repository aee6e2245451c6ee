import type { FakeWorld } from '../fake-world';
import { arg, type FaultArgs, type FaultParam, type FaultSwitch } from './fault-switch';

const computerParam: FaultParam = { name: 'computer', kind: 'computer', label: 'Which computer' };
const computer = (w: FakeWorld, a: FaultArgs, id: string) => w.computer(arg<string>(a, 'computer', 'string', id));
const minutes = (a: FaultArgs, id: string) => arg<number>(a, 'minutes', 'number', id);
const hours = (a: FaultArgs, id: string) => arg<number>(a, 'hours', 'number', id);

/**
 * Faults that the support articles describe apart from the catalog's main causes (issue 12, point 5): the DNS client
 * cache of a computer (DC-12, S10) and the time zone as well as the clock (S13).
 */
export const fidelityFaults: readonly FaultSwitch[] = [
  {
    id: 'dns-client-cache',
    place: 'computer',
    title: "a computer's DNS client cache keeps the answers it got, found or not, for a while",
    catalog: ['DC-12', 'TE-02'],
    steps: {
      on: (a) => `the DNS client cache of ${String(a.computer)} keeps answers for ${Number(a.minutes)} minutes`,
      off: (a) => `the DNS client cache of ${String(a.computer)} keeps no answers`,
    },
    params: [computerParam, { name: 'minutes', kind: 'number', label: 'Keeps answers for', unit: 'minutes', min: 1, max: 1440 }],
    turnOn: (w, a) => {
      const c = computer(w, a, 'dns-client-cache');
      c.dnsCache.keepMs = minutes(a, 'dns-client-cache') * 60_000;
      w.timeline.record(`the DNS client cache of ${c.name} keeps answers for ${minutes(a, 'dns-client-cache')} minutes`);
    },
    turnOff: (w, a) => {
      const c = computer(w, a, 'dns-client-cache');
      c.dnsCache.keepMs = 0;
      c.dnsCache.flush();
      w.timeline.record(`the DNS client cache of ${c.name} keeps no answers`);
    },
  },
  {
    id: 'time-zone-wrong-clock-adjusted',
    place: 'computer',
    title: "a computer's time zone is wrong and its clock was set to show the right local time, so its UTC time is off",
    catalog: ['TE-04'],
    steps: {
      on: (a) =>
        `the time zone of ${String(a.computer)} is set ${Number(a.hours)} hours behind the right one and its clock was set to show the right local time`,
      off: (a) => `the time zone and the clock of ${String(a.computer)} are set right`,
    },
    params: [
      computerParam,
      { name: 'hours', kind: 'number', label: 'Time zone set behind the right one by', unit: 'hours', min: 1, max: 12 },
    ],
    turnOn: (w, a) => {
      const c = computer(w, a, 'time-zone-wrong-clock-adjusted');
      const h = hours(a, 'time-zone-wrong-clock-adjusted');
      c.timeZoneShiftMinutes = -h * 60;
      c.clockOffsetMs = h * 3_600_000;
      w.timeline.record(
        `${c.name}'s time zone is set ${h} hours behind the right one; its clock shows the right local time, so its UTC time is ${h} hours fast`,
      );
    },
    turnOff: (w, a) => {
      const c = computer(w, a, 'time-zone-wrong-clock-adjusted');
      c.timeZoneShiftMinutes = 0;
      c.clockOffsetMs = 0;
      w.timeline.record(`${c.name}'s time zone and clock are set right`);
    },
  },
  {
    id: 'time-zone-changed',
    place: 'computer',
    title: "a computer's time zone is changed; Windows keeps its UTC time, so only the local time shown moves",
    catalog: ['TE-04'],
    steps: {
      on: (a) => `the time zone of ${String(a.computer)} is moved ${Number(a.hours)} hours`,
      off: (a) => `the time zone of ${String(a.computer)} is set back`,
    },
    params: [computerParam, { name: 'hours', kind: 'number', label: 'Time zone moved by', unit: 'hours', min: 1, max: 12 }],
    turnOn: (w, a) => {
      const c = computer(w, a, 'time-zone-changed');
      c.timeZoneShiftMinutes = hours(a, 'time-zone-changed') * 60;
      w.timeline.record(`${c.name}'s time zone is moved ${hours(a, 'time-zone-changed')} hours; its UTC time stays right`);
    },
    turnOff: (w, a) => {
      const c = computer(w, a, 'time-zone-changed');
      c.timeZoneShiftMinutes = 0;
      w.timeline.record(`${c.name}'s time zone is set back`);
    },
  },
];
