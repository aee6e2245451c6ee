import type { FakeWorld } from '../fake-world';
import { arg, type FaultArgs, type FaultParam, type FaultSwitch } from './fault-switch';

const personParam: FaultParam = { name: 'person', kind: 'person', label: 'Whose account' };
const computerParam: FaultParam = { name: 'computer', kind: 'computer', label: 'Which computer' };

function singleSignOn(w: FakeWorld, on: boolean): void {
  if (on) w.service.singleSignOnDomains.add(w.domain);
  else w.service.singleSignOnDomains.delete(w.domain);
  w.timeline.record(
    on
      ? `${w.domain} signs in to Office 365 through AD FS: the identity provider takes the Windows credentials of a domain account`
      : `${w.domain} signs in to Office 365 with passwords kept in the cloud`,
    { lane: 'identity provider' },
  );
}

function domainAccount(w: FakeWorld, a: FaultArgs, on: boolean): void {
  const person = w.person(arg<string>(a, 'person', 'string', 'domain-account'));
  const computer = w.computer(arg<string>(a, 'computer', 'string', 'domain-account'));
  computer.profile(person.windowsUser).domainAccount = on ? person.address : null;
  w.timeline.record(
    on
      ? `${person.name}'s Windows account on ${computer.name} is the ${w.domain} domain account ${person.address}`
      : `${person.name}'s Windows account on ${computer.name} is a local account`,
  );
}

/**
 * AS-11: signing in with the Windows credentials. The organization's domain signs in to Office 365 through AD FS, and a
 * Windows user logs on to a computer joined to that domain with the domain account: Lync can then sign in with no
 * password, unless "Require logon credentials" is set. Lync reads the Windows account when it starts.
 */
export const signOnFaults: readonly FaultSwitch[] = [
  {
    id: 'single-sign-on',
    place: 'tenant',
    title: "the organization's domain signs in to Office 365 through AD FS (single sign-on)",
    catalog: ['AS-11'],
    params: [],
    phrases: [
      { keyword: 'Given', expression: 'the organization signs in to Office 365 with single sign-on through AD FS', on: true },
      { keyword: 'When', expression: 'the organization signs in to Office 365 with passwords kept in the cloud', on: false },
    ],
    turnOn: (w) => singleSignOn(w, true),
    turnOff: (w) => singleSignOn(w, false),
  },
  {
    id: 'domain-account',
    place: 'computer',
    title: "a Windows user logs on to a domain-joined computer with the organization's domain account",
    catalog: ['AS-11'],
    params: [personParam, computerParam],
    phrases: [
      { keyword: 'Given', expression: 'the Windows account of {person} on {computer} is a domain account', on: true },
      { keyword: 'When', expression: 'the Windows account of {person} on {computer} is a local account', on: false },
    ],
    turnOn: (w, a) => domainAccount(w, a, true),
    turnOff: (w, a) => domainAccount(w, a, false),
  },
];
