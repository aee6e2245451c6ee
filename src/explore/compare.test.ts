import { expect } from 'chai';
import { test } from 'node:test';
import { compare, type SetAside } from './compare';
import type { Observation } from './observe';

const cast = { people: ['Alice'], computers: ['PC1'], installs: [], emptyAddress: [], loggedOn: [] };
const requests = JSON.stringify({ f: 'requests', person: 'Alice', computer: 'PC1' });
const runEntry = JSON.stringify({ f: 'runEntry', person: 'Alice', computer: 'PC1' });
const obs = (values: Record<string, string>): Observation => new Map(Object.entries(values));
const sent = (...lines: string[]) => lines.join('\n');
const signIn = 'signIn to sipdir.online.lync.com, 40 ms into its step';
const calendar = 'ews to outlook.office365.com, 90 ms into its step';

test('a field of a known divergence is compared from where it was let through', () => {
  const leftOutCalendar: SetAside = new Map([
    [requests, { subject: sent(signIn), reference: sent(signIn, calendar) }],
    [runEntry, { subject: 'no', reference: 'yes' }],
  ]);
  const cases: [string, Record<string, string>, Record<string, string>, SetAside, string[]][] = [
    ['not set aside: a difference', { [requests]: sent(signIn) }, { [requests]: sent(signIn, calendar) }, new Map(), ['requests']],
    ['set aside, nothing sent since', { [requests]: sent(signIn) }, { [requests]: sent(signIn, calendar) }, leftOutCalendar, []],
    [
      'set aside, the same sent since at another time',
      { [requests]: sent(signIn, 'addressBook to pool, 45337 ms into its step') },
      { [requests]: sent(signIn, calendar, 'addressBook to pool, 45296 ms into its step') },
      leftOutCalendar,
      [],
    ],
    [
      'set aside, something else sent since: still reported',
      { [requests]: sent(signIn, 'signIn to evil.example.com, 5 ms into its step') },
      { [requests]: sent(signIn, calendar) },
      leftOutCalendar,
      ['requests'],
    ],
    ['set aside, neither value moved', { [runEntry]: 'no' }, { [runEntry]: 'yes' }, leftOutCalendar, []],
    ['set aside, but a value moved', { [runEntry]: 'no' }, { [runEntry]: 'maybe' }, leftOutCalendar, ['runEntry']],
  ];
  for (const [name, subject, reference, setAside, keys] of cases)
    expect(
      compare(obs(subject), obs(reference), cast, setAside).map((d) => d.key),
      name,
    ).to.deep.equal(keys);
});
