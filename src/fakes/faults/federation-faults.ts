import { federationRecord } from '../dns';
import type { FakeWorld } from '../fake-world';
import type { ExternalAccess } from '../federation/tenant';
import { arg, type FaultArgs, type FaultParam, type FaultSwitch } from './fault-switch';

const domainParam: FaultParam = { name: 'domain', kind: 'text', label: "Which organization's domain", example: 'fabrikam.com' };
const otherParam: FaultParam = { name: 'other', kind: 'text', label: 'The domain of the other organization', example: 'contoso.com' };

const domain = (a: FaultArgs, id: string) => arg<string>(a, 'domain', 'string', id).toLowerCase();
const other = (a: FaultArgs, id: string) => arg<string>(a, 'other', 'string', id).toLowerCase();

/** Sets a tenant's External communications drop-down, as its administrator does in the Lync Online admin center. */
function setAccess(w: FakeWorld, a: FaultArgs, id: string, access: ExternalAccess): void {
  const tenant = w.organization(domain(a, id));
  tenant.externalAccess = access;
  w.timeline.record(`the administrator of ${tenant.domain} sets external communications to ${access}`, { lane: 'Lync Online' });
}

/** A domain on (or off) a tenant's list of blocked or allowed domains. */
function listDomain(w: FakeWorld, a: FaultArgs, id: string, list: 'blocked' | 'allowed', on: boolean): void {
  const tenant = w.organization(domain(a, id));
  const them = other(a, id);
  const domains = list === 'blocked' ? tenant.blockedDomains : tenant.allowedDomains;
  if (on) domains.add(them);
  else domains.delete(them);
  w.timeline.record(`the administrator of ${tenant.domain} ${on ? 'adds' : 'removes'} ${them} ${on ? 'to' : 'from'} its ${list} domains`, {
    lane: 'Lync Online',
  });
}

/**
 * Federation with other organizations (issue 21): what cannot-communicate-with-external-contacts.md gives as the
 * causes when every external contact, or those of one domain, cannot be reached: external communications off, the
 * domain blocked or not among the allowed ones, the federation SRV record missing (S14, KB 2566790). Each is one
 * organization's: its domain is a parameter.
 */
export const federationFaults: readonly FaultSwitch[] = [
  {
    id: 'federation-record-missing',
    place: 'DNS',
    title: "an organization's domain has no _sipfederationtls._tcp SRV record (5061, sipfed.online.lync.com), so federation cannot find it",
    catalog: ['MU-08'],
    params: [domainParam],
    phrases: [
      { keyword: 'Given', expression: '{domain} has no _sipfederationtls._tcp record in its DNS', on: true },
      { keyword: 'When', expression: 'the administrator of {domain} adds the _sipfederationtls._tcp record to its DNS', on: false },
    ],
    turnOn: (w, a) => {
      const d = w.organization(domain(a, 'federation-record-missing')).domain;
      w.dns.removeRecord(federationRecord(d).name);
    },
    turnOff: (w, a) => {
      const record = federationRecord(w.organization(domain(a, 'federation-record-missing')).domain);
      w.dns.add([record]);
      w.timeline.record(`the administrator adds the DNS record ${record.name} (SRV ${record.target})`, { lane: 'DNS' });
    },
  },
  {
    id: 'external-access-off',
    place: 'tenant',
    title: "an organization's external communications are turned off in the Lync Online admin center",
    catalog: ['MU-08'],
    params: [domainParam],
    phrases: [
      { keyword: 'Given', expression: 'the administrator of {domain} has turned off external communications', on: true },
      { keyword: 'When', expression: 'the administrator of {domain} turns on external communications', on: false },
    ],
    turnOn: (w, a) => setAccess(w, a, 'external-access-off', 'off'),
    turnOff: (w, a) => setAccess(w, a, 'external-access-off', 'on except for blocked domains'),
  },
  {
    id: 'domain-blocked',
    place: 'tenant',
    title: "an organization's external communications block the domain of another organization",
    catalog: ['MU-08'],
    params: [
      { ...domainParam, label: 'Whose setting', example: 'contoso.com' },
      { ...otherParam, label: 'The domain it blocks', example: 'fabrikam.com' },
    ],
    phrases: [
      { keyword: 'Given', expression: 'the administrator of {domain} has blocked {domain} in external communications', on: true },
      { keyword: 'When', expression: 'the administrator of {domain} removes {domain} from the blocked domains', on: false },
    ],
    turnOn: (w, a) => {
      setAccess(w, a, 'domain-blocked', 'on except for blocked domains');
      listDomain(w, a, 'domain-blocked', 'blocked', true);
    },
    turnOff: (w, a) => listDomain(w, a, 'domain-blocked', 'blocked', false),
  },
  {
    id: 'domain-not-allowed',
    place: 'tenant',
    title: "an organization's external communications are on only for allowed domains, and another organization's domain is not one",
    catalog: ['MU-08'],
    params: [
      { ...domainParam, label: 'Whose setting', example: 'contoso.com' },
      { ...otherParam, label: 'The domain it does not allow', example: 'fabrikam.com' },
    ],
    phrases: [
      {
        keyword: 'Given',
        expression: 'the administrator of {domain} has set external communications on only for allowed domains, without {domain}',
        on: true,
      },
      { keyword: 'When', expression: 'the administrator of {domain} adds {domain} to the allowed domains', on: false },
    ],
    turnOn: (w, a) => {
      setAccess(w, a, 'domain-not-allowed', 'on only for allowed domains');
      listDomain(w, a, 'domain-not-allowed', 'allowed', false);
    },
    turnOff: (w, a) => listDomain(w, a, 'domain-not-allowed', 'allowed', true),
  },
];
