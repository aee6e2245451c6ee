import { expect } from 'chai';
import { test } from 'node:test';
import { present } from '../../test-support/present';
import { phrasebook } from '../harness/the-phrasebook';
import { matches, said, setTo, turnedOff, turnedOn, type StepPattern } from './step-pattern';

const cases: readonly [string, StepPattern, boolean][] = [
  // Every phrase of a switch counts: the clock's "fast" and "slow" both turn clock-off on.
  ['the clock of PC1 is 6 minutes fast', turnedOn('clock-off'), true],
  ['the clock of PC1 is 6 minutes slow', turnedOn('clock-off'), true],
  ['the clock of PC1 is set right', turnedOn('clock-off'), false],
  ['the clock of PC1 is set right', turnedOff('clock-off'), true],
  ['the clock of PC1 is 6 minutes slow', turnedOff('clock-off'), false],
  // A sentence whose on/off depends on its arguments.
  ['answers from Lync Online take 20 seconds', turnedOn('slow-answers'), true],
  ['answers from Lync Online take 0 milliseconds', turnedOn('slow-answers'), false],
  ['answers from Lync Online take 0 milliseconds', turnedOff('slow-answers'), true],
  // A switch that shares its "off" words with another.
  ['the administrator restores the Lync DNS records of the domain', turnedOff('dns-propagating'), true],
  ['the administrator restores the Lync DNS records of the domain', turnedOff('dns-records-missing'), true],
  ['the administrator restores the Lync DNS records of the domain', turnedOn('dns-propagating'), false],
  // Tests on a switch's arguments, by name.
  [
    'Group Policy sets "Require logon credentials" to Enabled in the User Configuration of Alice',
    setTo('user-policy', { state: 'Enabled' }),
    true,
  ],
  [
    'Group Policy sets "Require logon credentials" to Enabled in the User Configuration of Alice',
    setTo('computer-policy', { state: 'Enabled' }),
    false,
  ],
  [
    'Group Policy sets "Require logon credentials" to Not configured in the User Configuration of Alice',
    turnedOff('user-policy', { policy: 'Require logon credentials' }),
    true,
  ],
  [
    'Group Policy sets "Allow storage of user passwords" to Not configured in the User Configuration of Alice',
    turnedOff('user-policy', { policy: 'Require logon credentials' }),
    false,
  ],
  [
    'Alice\'s sign-in address was changed to "alice.o\'neil@contoso.com"',
    turnedOn('address-renamed', { address: (a) => String(a).includes("'") }),
    true,
  ],
  [
    'Alice\'s sign-in address was changed to "alice.smith@contoso.com"',
    turnedOn('address-renamed', { address: (a) => String(a).includes("'") }),
    false,
  ],
  // A phrase by id, with tests on its arguments as written, by position.
  ['Alice deletes her sign-in info on PC1', said('lync.deletes-sign-info'), true],
  ['Bob deletes his sign-in info on PC2', said('lync.deletes-sign-info', 'Bob'), true],
  ['Bob deletes his sign-in info on PC2', said('lync.deletes-sign-info', 'Alice'), false],
  ['72 hours pass', said('world.time-passes', '72 hours'), true],
  ['30 minutes pass', said('world.time-passes', '72 hours'), false],
  ['PC1 is offline', said('world.computer-is-network', null, 'offline'), true],
  ['Alice deletes her sign-in info on PC1', turnedOn('damaged-certificate'), false],
];

test('a step pattern finds the steps that say it, read by the phrasebook', () => {
  for (const [sentence, pattern, expected] of cases) {
    const step = phrasebook().parse(sentence);
    present(step, `"${sentence}" is a phrase`);
    expect(matches(pattern, step), `${JSON.stringify(pattern)} on "${sentence}"`).to.equal(expected);
  }
});
