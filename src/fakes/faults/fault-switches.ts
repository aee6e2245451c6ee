import { lyncOnlineRecords } from '../dns';
import type { FakeWorld } from '../fake-world';
import { adminFaults } from './admin-faults';
import { alternativeReading, assumptionFaults } from './assumption-faults';
import { fidelityFaults } from './fidelity-faults';
import { transportFaults } from './transport-faults';
import { addressBookFaults } from './address-book-faults';
import { contactFaults } from './contact-faults';
import { mailboxFaults } from './mailbox-faults';
import { federationFaults } from './federation-faults';
import { proxyFaults } from './proxy-faults';
import { outlookFaults } from './outlook-faults';
import { arg, type FaultArgs, type FaultParam, type FaultSwitch } from './fault-switch';
import { sessionFaults } from './session-faults';
import { signOnFaults } from './sign-on-faults';

const personParam: FaultParam = { name: 'person', kind: 'person', label: 'Whose account' };
const computerParam: FaultParam = { name: 'computer', kind: 'computer', label: 'Which computer' };

const person = (w: FakeWorld, a: FaultArgs, id: string) => w.person(arg<string>(a, 'person', 'string', id));
const computer = (w: FakeWorld, a: FaultArgs, id: string) => w.computer(arg<string>(a, 'computer', 'string', id));
const account = (w: FakeWorld, a: FaultArgs, id: string) => w.service.account(person(w, a, id).address);
const profile = (w: FakeWorld, a: FaultArgs, id: string) => computer(w, a, id).profile(person(w, a, id).windowsUser);

// A precondition only reads: it must not create the profile it asks about.
const cached = (id: string) => (w: FakeWorld, a: FaultArgs) =>
  (computer(w, a, id)
    .profiles.get(person(w, a, id).windowsUser)
    ?.cache.peek(person(w, a, id).address) ?? null) !== null;

const dnsPropagationMs = 72 * 3_600_000;
/** The version TE-03's scenarios install: one the service has stopped accepting. */
export const outdatedVersion = '15.0.4420.1017';
export const retiredFrontEnd = 'sippoolbl20a03.infra.lync.com';

function restoreDns(w: FakeWorld): void {
  w.dns.add(lyncOnlineRecords(w.domain));
  w.timeline.record(`the administrator restores the Lync DNS records of ${w.domain}`, { lane: 'DNS' });
}

function licence(w: FakeWorld, a: FaultArgs, on: boolean): void {
  const acct = account(w, a, 'unlicensed');
  acct.licensed = on;
  if (on) acct.provisionedAt = w.clock.now() + w.provisioningMs;
  const name = person(w, a, 'unlicensed').name;
  w.timeline.record(`${name}'s account is ${on ? 'licensed for Lync Online (provisioning starts)' : 'not licensed for Lync Online'}`, {
    lane: 'Lync Online',
  });
}

function enable(w: FakeWorld, a: FaultArgs, on: boolean): void {
  account(w, a, 'not-enabled').enabled = on;
  w.timeline.record(`${person(w, a, 'not-enabled').name}'s account is ${on ? 'enabled' : 'not enabled'} for Lync`, { lane: 'Lync Online' });
}

function changePassword(w: FakeWorld, a: FaultArgs, id: string): void {
  const p = person(w, a, id);
  w.service.changePassword(p.address, w.newSecret(`${p.name}'s new password`));
  w.service.account(p.address).passwordExpired = false;
}

function clockOffset(w: FakeWorld, a: FaultArgs, minutes: number): void {
  const c = computer(w, a, 'clock-off');
  c.clockOffsetMs = minutes * 60_000;
  w.timeline.record(
    minutes === 0
      ? `the clock of ${c.name} is set right`
      : `the clock of ${c.name} is ${Math.abs(minutes)} minutes ${minutes > 0 ? 'fast' : 'slow'}`,
    { lane: `Lync on ${c.name}` },
  );
}

function rootCertificate(w: FakeWorld, a: FaultArgs, installed: boolean): void {
  const c = computer(w, a, 'missing-root-certificate');
  c.missingRootCertificate = !installed;
  w.timeline.record(`${c.name} ${installed ? 'now has' : 'lacks'} the root certificate of the identity provider's chain`, {
    lane: `Lync on ${c.name}`,
  });
}

function filePac(w: FakeWorld, a: FaultArgs, on: boolean): void {
  const c = computer(w, a, 'file-pac');
  c.filePac = on;
  w.timeline.record(`${c.name}'s proxy ${on ? 'is set by a file:// PAC script' : 'no longer comes from a file:// PAC script'}`, {
    lane: `Lync on ${c.name}`,
  });
}

function firewall(w: FakeWorld, blocks: boolean): void {
  if (blocks) w.network.blockedOn.add('organization');
  else w.network.blockedOn.delete('organization');
  w.timeline.record(blocks ? "the organization's firewall blocks Lync Online" : "the organization's firewall lets Lync Online through");
}

/**
 * Every fault the fake world knows, each placed where it lives. Steps, the playground panel, the symptom index and
 * exploration take their faults from this list; a test fails when one of them does not know a switch.
 */
export const faultSwitches: readonly FaultSwitch[] = [
  {
    id: 'dns-records-missing',
    place: 'DNS',
    title: "the Lync DNS records of the tenant's domain are missing",
    catalog: ['TE-02', 'FS-09'],
    params: [],
    phrases: [
      { keyword: 'Given', expression: 'the Lync DNS records of the domain are missing', on: true },
      { keyword: 'When', expression: 'the administrator restores the Lync DNS records of the domain', on: false },
    ],
    turnOn: (w) => w.dns.removeDomain(w.domain),
    turnOff: restoreDns,
  },
  {
    id: 'dns-propagating',
    place: 'DNS',
    title: 'the Lync DNS records were just added and are still propagating (up to 72 hours)',
    catalog: ['TE-19', 'TE-02'],
    params: [],
    phrases: [
      { keyword: 'Given', expression: 'the Lync DNS records of the domain were just added and are still propagating', on: true },
      { sameWordsAs: 'dns-records-missing', on: false },
    ],
    turnOn: (w) => {
      w.dns.removeDomain(w.domain);
      w.dns.add(lyncOnlineRecords(w.domain), dnsPropagationMs);
      w.timeline.record(`the Lync DNS records of ${w.domain} are added; they take up to 72 hours to reach everyone`, { lane: 'DNS' });
    },
    turnOff: restoreDns,
  },
  {
    id: 'servers-not-answering',
    place: 'tenant',
    title: 'the Lync Online servers do not answer',
    catalog: ['TE-01'],
    params: [],
    phrases: [
      { keyword: 'Given', expression: 'the Lync Online servers are not answering', on: true },
      { keyword: 'When', expression: 'the Lync Online servers answer again', on: false },
    ],
    turnOn: (w) => {
      w.service.faults.down = true;
      w.timeline.record('the Lync Online servers stop answering', { lane: 'Lync Online' });
    },
    turnOff: (w) => {
      w.service.faults.down = false;
      w.timeline.record('the Lync Online servers answer again', { lane: 'Lync Online' });
    },
  },
  {
    id: 'identity-provider-down',
    place: 'tenant',
    title: 'the identity provider (the federation server) cannot be reached',
    catalog: ['TE-08', 'NR-05'],
    params: [],
    phrases: [
      { keyword: 'Given', expression: 'the identity provider cannot be reached', on: true },
      { keyword: 'When', expression: 'the identity provider is reachable again', on: false },
    ],
    turnOn: (w) => {
      w.service.faults.identityProviderDown = true;
      w.timeline.record('the identity provider is unreachable', { lane: 'identity provider' });
    },
    turnOff: (w) => {
      w.service.faults.identityProviderDown = false;
      w.timeline.record('the identity provider is reachable again', { lane: 'identity provider' });
    },
  },
  {
    id: 'outage',
    place: 'tenant',
    title: 'Lync Online has an outage; when it is restored, certificates issued before it are refused',
    catalog: ['TE-20', 'NR-08', 'TE-09', 'TE-01'],
    params: [],
    phrases: [
      { keyword: 'When', expression: 'Lync Online has an outage', on: true },
      { keyword: 'When', expression: 'Lync Online is restored', on: false },
    ],
    turnOn: async (w) => {
      w.service.startOutage();
      await w.settle();
    },
    turnOff: async (w) => {
      w.service.endOutage();
      await w.settle();
    },
  },
  {
    id: 'web-services-elsewhere',
    place: 'tenant',
    title: 'Autodiscover sends Lync to web services in another domain',
    catalog: ['FS-08', 'TE-10'],
    params: [{ name: 'host', kind: 'text', label: 'Web services host', example: 'webdir.contoso-hosting.net' }],
    phrases: [
      { keyword: 'Given', expression: 'Autodiscover sends Lync to web services at {string}', on: true },
      { keyword: 'When', expression: 'Autodiscover sends Lync to the web services of Lync Online', on: false },
    ],
    turnOn: (w, a) => {
      w.service.faults.webServicesHost = arg<string>(a, 'host', 'string', 'web-services-elsewhere');
    },
    turnOff: (w) => {
      w.service.faults.webServicesHost = 'webdir.online.lync.com';
    },
  },
  {
    id: 'unsupported-version',
    place: 'computer',
    title: 'the Lync installed on a computer is a version the service no longer accepts',
    catalog: ['TE-03'],
    params: [personParam, computerParam],
    phrases: [
      {
        keyword: 'Given',
        expression: 'the Lync installed for {person} on {computer} is a version the service no longer accepts',
        on: true,
      },
    ],
    turnOn: (w, a) => {
      const pc = computer(w, a, 'unsupported-version');
      if (pc.lyncProgram) pc.lyncProgram = { ...pc.lyncProgram, version: outdatedVersion };
      w.service.faults.unsupportedVersions = [outdatedVersion];
    },
  },
  {
    id: 'clock-off',
    place: 'computer',
    title: "the computer's clock is off",
    catalog: ['TE-04'],
    params: [
      computerParam,
      { name: 'minutes', kind: 'number', label: 'Minutes ahead (negative: behind)', unit: 'minutes', min: -1440, max: 1440, example: 6 },
    ],
    phrases: [
      { keyword: 'Given', expression: 'the clock of {computer} is {int} minutes fast', on: true, says: (a) => Number(a.minutes) >= 0 },
      {
        keyword: 'Given',
        expression: 'the clock of {computer} is {int} minutes slow',
        on: true,
        args: ['computer', '-minutes'],
        says: (a) => Number(a.minutes) < 0,
      },
      { keyword: 'When', expression: 'the clock of {computer} is set right', on: false },
    ],
    turnOn: (w, a) => clockOffset(w, a, Math.round(arg<number>(a, 'minutes', 'number', 'clock-off'))),
    turnOff: (w, a) => clockOffset(w, a, 0),
  },
  {
    id: 'missing-root-certificate',
    place: 'computer',
    title: "the computer lacks the root certificate of the identity provider's chain",
    catalog: ['TE-09', 'NR-05'],
    params: [computerParam],
    phrases: [
      { keyword: 'Given', expression: "{computer} lacks the root certificate of the identity provider's certificate chain", on: true },
      { keyword: 'When', expression: 'the trusted root certificate is installed on {computer}', on: false },
    ],
    turnOn: (w, a) => rootCertificate(w, a, false),
    turnOff: (w, a) => rootCertificate(w, a, true),
  },
  {
    id: 'file-pac',
    place: 'computer',
    title: "the computer's proxy is set by a PAC script read from a file (file://)",
    catalog: ['TE-17'],
    params: [computerParam],
    phrases: [
      { keyword: 'Given', expression: 'the proxy of {computer} is set by a file-based PAC script', on: true },
      { keyword: 'When', expression: 'the proxy of {computer} is changed to a PAC script served over HTTP', on: false },
    ],
    turnOn: (w, a) => filePac(w, a, true),
    turnOff: (w, a) => filePac(w, a, false),
  },
  {
    id: 'unlicensed',
    place: 'account',
    title: 'the account is not licensed for Lync Online (licensing it starts provisioning)',
    catalog: ['TE-15', 'FS-11', 'TE-06'],
    params: [personParam],
    phrases: [
      { keyword: 'Given', expression: "{person}'s account is not licensed for Lync Online", on: true },
      { keyword: 'When', expression: 'the administrator licenses {person} for Lync Online', on: false },
    ],
    turnOn: (w, a) => licence(w, a, false),
    turnOff: (w, a) => licence(w, a, true),
  },
  {
    id: 'not-enabled',
    place: 'account',
    title: 'the account is not enabled for Lync',
    catalog: ['TE-16', 'TE-06'],
    params: [personParam],
    phrases: [
      { keyword: 'Given', expression: "{person}'s account is not enabled for Lync", on: true },
      { keyword: 'When', expression: 'the administrator enables {person} for Lync', on: false },
    ],
    turnOn: (w, a) => enable(w, a, false),
    turnOff: (w, a) => enable(w, a, true),
  },
  {
    id: 'password-expired',
    place: 'account',
    title: "the account's password has expired",
    catalog: ['TE-13'],
    params: [personParam],
    phrases: [
      { keyword: 'Given', expression: "{person}'s password has expired", on: true },
      { keyword: 'When', expression: '{person} changes her/his password on the Office 365 portal', on: false },
    ],
    turnOn: (w, a) => {
      account(w, a, 'password-expired').passwordExpired = true;
      w.timeline.record(`${person(w, a, 'password-expired').name}'s password has expired`, { lane: 'identity provider' });
    },
    turnOff: (w, a) => {
      const p = person(w, a, 'password-expired');
      w.service.changePasswordOnPortal(p.address, w.newSecret(`${p.name}'s new password`));
    },
  },
  {
    id: 'password-changed',
    place: 'account',
    title: "the account's password is changed or reset elsewhere (the portal, another device, the support desk)",
    catalog: ['TE-14', 'DC-07', 'TE-07', 'TE-12'],
    params: [personParam],
    phrases: [{ keyword: 'Given', expression: '{person} changed her/his password on another device', on: true }],
    turnOn: (w, a) => changePassword(w, a, 'password-changed'),
  },
  {
    id: 'address-renamed',
    place: 'account',
    title: "the account's sign-in address is changed",
    catalog: ['DC-08', 'TE-05'],
    params: [personParam, { name: 'address', kind: 'text', label: 'New sign-in address', example: 'alice.smith@contoso.com' }],
    phrases: [{ keyword: 'Given', expression: "{person}'s sign-in address was changed to {string}", on: true }],
    turnOn: (w, a) => void w.renamePerson(person(w, a, 'address-renamed').name, arg<string>(a, 'address', 'string', 'address-renamed')),
  },
  {
    id: 'user-id-apart',
    place: 'account',
    title: "the account's Office 365 user ID (UPN) is not its sign-in address (disjoint SIP/UPN)",
    catalog: ['FS-05', 'TE-07'],
    params: [personParam, { name: 'userId', kind: 'text', label: 'Office 365 user ID', example: 'asmith@contoso.com' }],
    phrases: [{ keyword: 'Given', expression: "{person}'s Office 365 user ID is {string}", on: true }],
    turnOn: (w, a) => w.service.setUserId(person(w, a, 'user-id-apart').address, arg<string>(a, 'userId', 'string', 'user-id-apart')),
  },
  {
    id: 'exchange-prompts',
    place: 'account',
    title: 'the Exchange connection asks for credentials',
    catalog: ['TE-22', 'FS-06'],
    params: [personParam, { name: 'times', kind: 'number', label: 'How many prompts', unit: 'times', min: 0, max: 20, example: 2 }],
    phrases: [
      {
        keyword: 'Given',
        expression: 'the Exchange connection will ask {person} for credentials {int} times',
        on: (a) => Number(a.times) > 0,
        offWith: { times: 0 },
      },
    ],
    turnOn: (w, a) => {
      account(w, a, 'exchange-prompts').exchangePromptsLeft = arg<number>(a, 'times', 'number', 'exchange-prompts');
    },
    turnOff: (w, a) => {
      account(w, a, 'exchange-prompts').exchangePromptsLeft = 0;
    },
  },
  {
    id: 'exchange-unreachable',
    place: 'tenant',
    title: "Exchange Online's Autodiscover and EWS do not answer the computer",
    catalog: ['FS-06', 'SO-09'],
    params: [],
    phrases: [
      { keyword: 'Given', expression: 'Exchange Online does not answer', on: true },
      { keyword: 'When', expression: 'Exchange Online stops answering', on: true },
      { keyword: 'When', expression: 'Exchange Online answers again', on: false },
    ],
    turnOn: (w) => {
      w.exchange.reachable = false;
      w.timeline.record('Exchange Online stops answering (Autodiscover and EWS)', { lane: 'Lync Online' });
    },
    turnOff: (w) => {
      w.exchange.reachable = true;
      w.timeline.record('Exchange Online answers again', { lane: 'Lync Online' });
    },
  },
  {
    id: 'damaged-certificate',
    place: 'local cache',
    applies: cached('damaged-certificate'),
    title: 'the certificate cached for the user on the computer is damaged',
    catalog: ['TE-05', 'DC-03'],
    params: [personParam, computerParam],
    phrases: [{ keyword: 'Given', expression: 'the certificate cached for {person} on {computer} is damaged', on: true }],
    turnOn: (w, a) => profile(w, a, 'damaged-certificate').cache.corruptCertificate(person(w, a, 'damaged-certificate').address),
  },
  {
    id: 'retired-front-end',
    place: 'local cache',
    applies: cached('retired-front-end'),
    title: 'the front end cached for the user on the computer has been retired',
    catalog: ['DC-10'],
    params: [personParam, computerParam],
    phrases: [{ keyword: 'Given', expression: 'the front end cached for {person} on {computer} has been retired', on: true }],
    turnOn: (w, a) => {
      const p = person(w, a, 'retired-front-end');
      profile(w, a, 'retired-front-end').cache.setEndpoint(p.address, retiredFrontEnd);
      w.timeline.record(`the front end cached for ${p.name} on ${computer(w, a, 'retired-front-end').name} is retired`);
    },
  },
  {
    id: 'firewall-blocks',
    place: 'network',
    title: "the organization's firewall blocks Lync Online",
    catalog: ['TE-18'],
    params: [],
    phrases: [
      { keyword: 'Given', expression: "the organization's firewall blocks Lync Online", on: true },
      { keyword: 'When', expression: 'the firewall is opened for the ports the Transport Reliability IP Probe reported', on: false },
    ],
    turnOn: (w) => firewall(w, true),
    turnOff: (w) => firewall(w, false),
  },
  {
    id: 'slow-answers',
    place: 'network',
    title: 'answers from Lync Online are slow',
    catalog: ['NR-06', 'SO-13'],
    params: [
      { name: 'milliseconds', kind: 'number', label: 'Delay per answer', unit: 'milliseconds', min: 0, max: 120_000, example: 90_000 },
    ],
    phrases: [
      {
        keyword: 'Given',
        expression: 'answers from Lync Online take {duration}',
        on: (a) => Number(a.milliseconds) > 0,
        offWith: { milliseconds: 0 },
      },
    ],
    turnOn: (w, a) => {
      w.network.slowByMs = arg<number>(a, 'milliseconds', 'number', 'slow-answers');
    },
    turnOff: (w) => {
      w.network.slowByMs = 0;
    },
  },
  alternativeReading({
    id: 'auto-retry-off',
    title: "Lync's sign-in auto-retry is turned off",
    catalog: ['NR-04'],
    on: 'sign-in auto-retry is turned off in Lync',
    off: 'sign-in auto-retry is turned on in Lync',
    assumption: 'signInAutoRetry',
  }),
  alternativeReading({
    id: 'idle-replaces-choice',
    title: 'Idle time and the lock replace a presence chosen by hand',
    catalog: ['NR-12', 'NR-13'],
    on: 'idle time and the lock replace a presence chosen by hand in Lync',
    off: 'a presence chosen by hand holds through idle time and the lock in Lync',
    assumption: 'manualPresenceHoldsWhenIdle',
  }),
  alternativeReading({
    id: 'closed-lync-leaves-taskbar',
    title: 'A closed Lync keeps only its icon in the notification area, no taskbar button',
    catalog: ['SO-02'],
    on: 'a closed Lync keeps no taskbar button in Lync',
    off: 'a closed Lync keeps its taskbar button in Lync',
    assumption: 'taskbarButtonWhenClosed',
  }),
  ...adminFaults,
  ...sessionFaults,
  ...fidelityFaults,
  ...transportFaults,
  ...assumptionFaults,
  ...signOnFaults,
  ...addressBookFaults,
  ...proxyFaults,
  ...contactFaults,
  ...outlookFaults,
  ...mailboxFaults,
  ...federationFaults,
];

/** The switch with this id; a wrong id is a programming error, reported with the ids there are. */
export function faultSwitch(id: string): FaultSwitch {
  const found = faultSwitches.find((s) => s.id === id);
  if (!found) throw new Error(`no fault switch "${id}"; there are: ${faultSwitches.map((s) => s.id).join(', ')}`);
  return found;
}

/** Turns a registered fault on (or off) in a world. */
export async function setFault(world: FakeWorld, id: string, on: boolean, args: FaultArgs = {}): Promise<void> {
  const s = faultSwitch(id);
  if (on && s.applies && !s.applies(world, args))
    throw new Error(`fault switch "${id}" does not apply here: ${s.title} needs what it changes to exist`);
  if (on) return s.turnOn(world, args);
  if (!s.turnOff) throw new Error(`fault switch "${id}" is a one-shot change; nothing turns it off`);
  return s.turnOff(world, args);
}
