import { expect } from 'chai';
import { test } from 'node:test';
import { Secret } from '../../simulator';
import { newAccount } from '../service-account';
import { LyncOnline } from '../lync-online';
import { Timeline } from '../timeline';
import { VirtualClock } from '../virtual-clock';
import { ExchangeOnline } from './exchange-online';

const origin = { computer: 'PC1', windowsUser: 'alice', clockOffsetMs: 0 };
const right = new Secret('right', 'password');
const lines = [{ from: 'Alice@contoso.com', text: 'Lunch at noon?' }];

function make(connected: boolean, full: boolean) {
  const clock = new VirtualClock(0);
  const timeline = new Timeline(clock);
  const s = new LyncOnline(clock, timeline);
  s.accounts.set('alice@contoso.com', newAccount('alice@contoso.com', 'Alice', right));
  const x = new ExchangeOnline(clock, timeline, s);
  if (connected) x.connect('alice@contoso.com', right, origin);
  if (full) x.fullMailboxes.add('alice@contoso.com');
  return x;
}

const cases: [string, boolean, boolean, boolean, string, number][] = [
  ['connected from that computer', true, false, true, 'saved', 1],
  ['a full mailbox', true, true, true, 'mailbox full', 0],
  ['never connected from that computer', false, false, true, 'not signed in to EWS', 0],
  ['Exchange not answering', true, false, false, '(no record)', 0],
];

for (const [name, connected, full, reachable, outcome, items] of cases)
  test(`EWS saves a conversation: ${name}`, () => {
    const x = make(connected, full);
    x.reachable = reachable;
    const answer = x.saveConversation('alice@contoso.com', lines, ['alice@contoso.com', 'BOB@contoso.com'], origin);
    expect(answer.ok).to.equal(items === 1);
    expect(x.saves.where(() => true).map((s) => s.outcome)[0] ?? '(no record)').to.equal(outcome);
    expect(x.conversationHistory('ALICE@contoso.com').length).to.equal(items);
  });

test('a saved item names who started it and every participant once, in lower case', () => {
  const x = make(true, false);
  x.saveConversation('alice@contoso.com', lines, ['alice@contoso.com', 'BOB@contoso.com'], origin);
  const [item] = x.conversationHistory('alice@contoso.com');
  expect(item?.from).to.equal('alice@contoso.com');
  expect(item?.participants).to.deep.equal(['alice@contoso.com', 'bob@contoso.com']);
  expect(item?.lines.map((l) => l.text)).to.deep.equal(['Lunch at noon?']);
});
