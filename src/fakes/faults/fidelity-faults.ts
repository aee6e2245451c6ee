import { lyncOnlineRecords } from '../dns';
import type { FakeWorld } from '../fake-world';
import type { Computer } from '../computer';
import { arg, type FaultArgs, type FaultParam, type FaultSwitch } from './fault-switch';

const computerParam: FaultParam = { name: 'computer', kind: 'computer', label: 'Which computer' };
const computer = (w: FakeWorld, a: FaultArgs, id: string) => w.computer(arg<string>(a, 'computer', 'string', id));
const minutes = (a: FaultArgs, id: string) => arg<number>(a, 'minutes', 'number', id);
const hours = (a: FaultArgs, id: string) => arg<number>(a, 'hours', 'number', id);
const personParam: FaultParam = { name: 'person', kind: 'person', label: 'Whose account' };
const account = (w: FakeWorld, a: FaultArgs, id: string) => w.service.account(w.person(arg<string>(a, 'person', 'string', id)).address);

/** S14: the four records Lync Online needs, by the name a DNS host shows them under. */
export const lyncRecordNames = ['lyncdiscover', 'sip', '_sip._tls', '_sipfederationtls._tcp'] as const;

function recordName(w: FakeWorld, a: FaultArgs, id: string): string {
  const record = arg<string>(a, 'record', 'string', id);
  if (!(lyncRecordNames as readonly string[]).includes(record))
    throw new Error(`fault switch "${id}" knows the records ${lyncRecordNames.join(', ')}; it was given "${record}"`);
  return `${record}.${w.domain}`;
}

/** S12: after msRTCSIP-UserEnabled is set to TRUE on premises and a directory synchronization is forced, about 30 minutes pass before Office 365 has it. */
export const directorySyncMs = 30 * 60_000;

/**
 * Faults that the support articles describe apart from the catalog's main causes (issue 12, point 5): the DNS client
 * cache of a computer (DC-12, S10) and the time zone as well as the clock (S13).
 */
export const fidelityFaults: readonly FaultSwitch[] = [
  {
    id: 'dns-record-missing',
    place: 'DNS',
    title: "one of the Lync DNS records of the tenant's domain is missing (lyncdiscover, sip, _sip._tls or _sipfederationtls._tcp)",
    catalog: ['FS-09', 'TE-02'],
    params: [{ name: 'record', kind: 'text', label: 'Which record', example: 'lyncdiscover' }],
    phrases: [
      { keyword: 'Given', expression: 'the {string} DNS record of the domain is missing', on: true },
      { sameWordsAs: 'dns-records-missing', on: false },
    ],
    turnOn: (w, a) => w.dns.removeRecord(recordName(w, a, 'dns-record-missing')),
    turnOff: (w) => {
      w.dns.add(lyncOnlineRecords(w.domain));
      w.timeline.record(`the administrator restores the Lync DNS records of ${w.domain}`, { lane: 'DNS' });
    },
  },
  {
    id: 'not-enabled-on-premises',
    place: 'account',
    title:
      'msRTCSIP-UserEnabled is FALSE in the on-premises Active Directory (left by an old Lync or OCS deployment) and directory synchronization carries it to Office 365',
    catalog: ['TE-06', 'TE-16'],
    params: [personParam],
    phrases: [
      { keyword: 'Given', expression: 'msRTCSIP-UserEnabled of {person} is FALSE in the on-premises Active Directory', on: true },
      {
        keyword: 'When',
        expression: 'the administrator sets msRTCSIP-UserEnabled of {person} to TRUE on premises and forces a directory synchronization',
        on: false,
      },
    ],
    turnOn: (w, a) => {
      const acct = account(w, a, 'not-enabled-on-premises');
      acct.enabled = false;
      w.timeline.record(`directory synchronization carries msRTCSIP-UserEnabled = FALSE of ${acct.address} to Office 365`, {
        lane: 'Lync Online',
      });
    },
    turnOff: (w, a) => {
      const acct = account(w, a, 'not-enabled-on-premises');
      acct.enabled = true;
      acct.provisionedAt = Math.max(acct.provisionedAt, w.clock.now() + directorySyncMs);
      w.timeline.record(`a directory synchronization is forced for ${acct.address}; Office 365 has the change in about 30 minutes`, {
        lane: 'Lync Online',
      });
    },
  },
  {
    id: 'sign-in-assistant-stopped',
    place: 'computer',
    title: 'the Microsoft Online Services Sign-in Assistant service (msoidsvc) is stopped on the computer',
    catalog: ['TE-17', 'TE-06'],
    params: [computerParam],
    phrases: [
      { keyword: 'Given', expression: 'the Microsoft Online Services Sign-in Assistant service is stopped on {computer}', on: true },
      {
        keyword: 'When',
        expression: 'the support desk starts the Microsoft Online Services Sign-in Assistant service on {computer}',
        on: false,
      },
    ],
    turnOn: (w, a) => {
      const c = computer(w, a, 'sign-in-assistant-stopped');
      c.signInAssistant.stop();
      w.timeline.record(`the Microsoft Online Services Sign-in Assistant service is stopped on ${c.name}`, { lane: `Lync on ${c.name}` });
    },
    turnOff: (w, a) => startSignInAssistant(w, computer(w, a, 'sign-in-assistant-stopped')),
  },
  {
    id: 'sign-in-assistant-disabled',
    place: 'computer',
    title:
      "the Microsoft Online Services Sign-in Assistant service's startup type is Disabled on the computer, so it is stopped and cannot be started",
    catalog: ['TE-17', 'TE-06'],
    params: [computerParam],
    phrases: [
      { keyword: 'Given', expression: 'the Microsoft Online Services Sign-in Assistant service is disabled on {computer}', on: true },
      {
        keyword: 'When',
        expression:
          'the support desk sets the Microsoft Online Services Sign-in Assistant service on {computer} to start automatically and starts it',
        on: false,
      },
    ],
    turnOn: (w, a) => {
      const c = computer(w, a, 'sign-in-assistant-disabled');
      c.signInAssistant.startupType = 'Disabled';
      c.signInAssistant.stop();
      w.timeline.record(`the Microsoft Online Services Sign-in Assistant service is disabled and stopped on ${c.name}`, {
        lane: `Lync on ${c.name}`,
      });
    },
    turnOff: (w, a) => {
      const c = computer(w, a, 'sign-in-assistant-disabled');
      c.signInAssistant.startupType = 'Automatic';
      w.timeline.record(`the startup type of the Microsoft Online Services Sign-in Assistant service on ${c.name} is Automatic again`, {
        lane: `Lync on ${c.name}`,
      });
      startSignInAssistant(w, c);
    },
  },
  {
    id: 'sign-in-assistant-missing',
    place: 'computer',
    title: 'the Microsoft Online Services Sign-in Assistant is not installed on the computer (it was uninstalled on its own)',
    catalog: ['TE-06', 'TE-11'],
    params: [computerParam],
    phrases: [
      { keyword: 'Given', expression: 'the Microsoft Online Services Sign-in Assistant is not installed on {computer}', on: true },
      { keyword: 'When', expression: 'the support desk installs the Microsoft Online Services Sign-in Assistant on {computer}', on: false },
    ],
    turnOn: (w, a) => {
      const c = computer(w, a, 'sign-in-assistant-missing');
      c.signInAssistant.uninstall();
      w.timeline.record(`the Microsoft Online Services Sign-in Assistant is uninstalled from ${c.name}`, { lane: `Lync on ${c.name}` });
    },
    turnOff: (w, a) => installSignInAssistant(w, computer(w, a, 'sign-in-assistant-missing')),
  },
  {
    id: 'sign-in-assistant-out-of-date',
    place: 'computer',
    title: 'the Microsoft Online Services Sign-in Assistant on the computer is out of date, so the sign-in gets no personal certificate',
    catalog: ['TE-05'],
    params: [computerParam],
    phrases: [
      { keyword: 'Given', expression: 'the Microsoft Online Services Sign-in Assistant on {computer} is out of date', on: true },
      { keyword: 'When', expression: 'the support desk updates the Microsoft Online Services Sign-in Assistant on {computer}', on: false },
    ],
    turnOn: (w, a) => {
      const c = computer(w, a, 'sign-in-assistant-out-of-date');
      c.signInAssistant.install(outOfDateSignInAssistantVersion);
      w.timeline.record(`the Microsoft Online Services Sign-in Assistant on ${c.name} is version ${outOfDateSignInAssistantVersion}`, {
        lane: `Lync on ${c.name}`,
      });
    },
    turnOff: (w, a) => installSignInAssistant(w, computer(w, a, 'sign-in-assistant-out-of-date')),
  },
  {
    id: 'msoidsvc-bypasses-tmg',
    place: 'network',
    title:
      "on the organization's network the Sign-In Assistant (msoidsvc.exe) connects directly instead of through the TMG firewall client, and the firewall drops it",
    catalog: ['TE-17', 'TE-06'],
    params: [],
    phrases: [
      {
        keyword: 'Given',
        expression: "the Sign-In Assistant's traffic does not go through the TMG firewall client on the organization's network",
        on: true,
      },
      { keyword: 'When', expression: 'the administrator adds an application entry for msoidsvc to the TMG client settings', on: false },
    ],
    turnOn: (w) => {
      w.network.signInAssistantBlockedOn.add('organization');
      w.timeline.record("the organization's firewall drops the Sign-In Assistant's direct connections to login.microsoftonline.com");
    },
    turnOff: (w) => {
      w.network.signInAssistantBlockedOn.delete('organization');
      w.timeline.record('the TMG client settings have an application entry for msoidsvc (Disable 0, DisableEx 0)');
    },
  },
  {
    id: 'dns-client-cache',
    place: 'computer',
    title: "a computer's DNS client cache keeps the answers it got, found or not, for a while",
    catalog: ['DC-12', 'TE-02'],
    phrases: [
      { keyword: 'Given', expression: 'the DNS client cache of {computer} keeps answers for {int} minutes', on: true },
      { keyword: 'When', expression: 'the DNS client cache of {computer} keeps no answers', on: false },
    ],
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
    phrases: [
      {
        keyword: 'Given',
        expression:
          'the time zone of {computer} is set {int} hours behind the right one and its clock was set to show the right local time',
        on: true,
      },
      { keyword: 'When', expression: 'the time zone and the clock of {computer} are set right', on: false },
    ],
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
    phrases: [
      { keyword: 'Given', expression: 'the time zone of {computer} is moved {int} hours', on: true },
      { keyword: 'When', expression: 'the time zone of {computer} is set back', on: false },
    ],
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

/** An illustrative version from before the 7.250 line (S10 gives none). */
const outOfDateSignInAssistantVersion = '7.0.0.0';

/** Office 365 Desktop Setup (or the portal's download) installs the current Sign-In Assistant and starts it. */
function installSignInAssistant(w: FakeWorld, c: Computer): void {
  c.signInAssistant.install();
  w.timeline.record(
    `the Microsoft Online Services Sign-in Assistant ${c.signInAssistant.version} is installed on ${c.name} and its service is running`,
    { lane: `Lync on ${c.name}` },
  );
}

/** `net start msoidsvc` on a computer: the service runs afterwards, or Windows says why not (disabled, missing). */
function startSignInAssistant(w: FakeWorld, c: Computer): void {
  const refused = c.signInAssistant.start();
  w.timeline.record(
    refused === null
      ? `the Microsoft Online Services Sign-in Assistant service is running on ${c.name}`
      : `starting the Microsoft Online Services Sign-in Assistant service on ${c.name} fails: ${refused}`,
    { lane: `Lync on ${c.name}` },
  );
}
