import { expect } from 'chai';
import { test } from 'node:test';
import { wordingProblem } from './wording-problem';
import { durationText } from './duration-text';
import { worldEventSentence, type WorldEvent } from './world-event-sentence';

const cases: [WorldEvent, string][] = [
  [{ t: 'logOn', person: 'Alice', computer: 'PC1' }, 'Alice logs on to PC1'],
  [{ t: 'logOff', person: 'Alice', computer: 'PC1' }, 'Alice logs off PC1'],
  [{ t: 'lock', person: 'Alice', computer: 'PC1' }, 'Alice locks PC1'],
  [{ t: 'unlock', person: 'Alice', computer: 'PC1' }, 'Alice unlocks PC1'],
  [{ t: 'reinstall', person: 'Bob', computer: 'PC2' }, 'the administrator reinstalls Lync for Bob on PC2 from the Office 365 portal'],
  [{ t: 'removeCache', person: 'Bob', computer: 'PC2' }, 'the support desk removes the Lync cache of Bob on PC2 by hand'],
  [{ t: 'deleteSipFolder', person: 'Bob', computer: 'PC2' }, 'the support desk deletes the sip_ folder of Bob on PC2'],
  [{ t: 'input', person: 'Bob', computer: 'PC2' }, 'Bob moves the mouse on PC2'],
  [{ t: 'switchUser', person: 'Bob', computer: 'PC1' }, 'Bob logs on to PC1 through Switch user'],
  [{ t: 'switchBack', person: 'Bob', computer: 'PC1' }, 'Bob switches back to his session on PC1'],
  [{ t: 'flushDns', person: 'Bob', computer: 'PC1' }, 'Bob runs ipconfig /flushdns on PC1'],
  [{ t: 'sdkStart', person: 'Carol', computer: 'PC1' }, 'Carol starts an application that uses the Lync SDK on PC1'],
  [{ t: 'sdkSignOut', person: 'Carol', computer: 'PC1' }, 'the Lync SDK application of Carol on PC1 signs out'],
  [{ t: 'shutDown', person: 'Carol', computer: 'PC1' }, 'Carol shuts down PC1'],
  [{ t: 'sleep', computer: 'PC1' }, 'PC1 goes to sleep'],
  [{ t: 'wake', computer: 'PC1' }, 'PC1 wakes up'],
  [{ t: 'startUp', computer: 'PC1' }, 'PC1 is started again'],
  [{ t: 'contact', owner: 'Bob', contact: 'Alice' }, 'Bob has Alice in his contact list'],
  [
    { t: 'leftoverServers', person: 'Alice', computer: 'PC1', server: 'lync.contoso.com' },
    'the Advanced Connection Settings of Alice on PC1 are automatic, with "lync.contoso.com" left in both server boxes',
  ],
  [{ t: 'installOutlook', computer: 'PC1' }, 'Outlook 2013 is installed on PC1'],
  [
    { t: 'outlookProfile', person: 'Alice', computer: 'PC1', profile: 'Fabrikam', address: 'alice@fabrikam.com' },
    'Alice adds an Outlook profile "Fabrikam" for "alice@fabrikam.com" in Mail on PC1',
  ],
  [
    { t: 'outlookDefault', person: 'Alice', computer: 'PC1', profile: 'Contoso' },
    'Alice makes the Outlook profile "Contoso" the default in Mail on PC1',
  ],
  [{ t: 'network', computer: 'PC1', network: 'offline' }, 'PC1 goes offline'],
  [{ t: 'network', computer: 'PC1', network: 'internet' }, 'PC1 goes on the internet'],
  [{ t: 'network', computer: 'PC1', network: 'organization' }, "PC1 goes on the organization's network"],
  [{ t: 'time', ms: 60_000 }, '1 minute passes'],
  [{ t: 'time', ms: 31 * 60_000 }, '31 minutes pass'],
  [{ t: 'time', ms: 29_000 }, '29 seconds pass'],
  [{ t: 'message', from: 'Alice', to: 'Bob' }, 'Alice sends Bob an instant message'],
  [{ t: 'fault', id: 'clock-off', on: true, args: { computer: 'PC1', minutes: 30 } }, 'the clock of PC1 is 30 minutes fast'],
  [{ t: 'fault', id: 'clock-off', on: false, args: { computer: 'PC1', minutes: 30 } }, 'the clock of PC1 is set right'],
  [{ t: 'fault', id: 'outage', on: true, args: {} }, 'Lync Online has an outage'],
];

for (const [event, text] of cases)
  test(`a world event in the current wording: ${text}`, () => {
    const written = worldEventSentence(event);
    expect(written).to.equal(text);
    expect(wordingProblem(written)).to.equal(null);
  });

test('a duration is said in the largest unit that says it exactly', () => {
  expect([1, 1000, 90_000, 3_600_000, 86_400_000 * 2].map(durationText)).to.deep.equal([
    '1 millisecond',
    '1 second',
    '90 seconds',
    '1 hour',
    '2 days',
  ]);
});
