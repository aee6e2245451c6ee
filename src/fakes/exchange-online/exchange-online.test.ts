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
const wrong = new Secret('wrong', 'password');

function make(setUp: (x: ExchangeOnline, s: LyncOnline) => void = () => undefined) {
  const clock = new VirtualClock(0);
  const timeline = new Timeline(clock);
  const s = new LyncOnline(clock, timeline);
  s.accounts.set('alice@contoso.com', newAccount('alice@contoso.com', 'Alice', right));
  const x = new ExchangeOnline(clock, timeline, s);
  setUp(x, s);
  return x;
}

const cases: [string, (x: ExchangeOnline, s: LyncOnline) => void, string, Secret | null, string, boolean | null][] = [
  ['the right password', () => undefined, 'alice@contoso.com', right, 'exchangeConnected', true],
  ['the right password, address in capitals', () => undefined, 'Alice@Contoso.com', right, 'exchangeConnected', true],
  ['a wrong password', () => undefined, 'alice@contoso.com', wrong, 'exchange needs credentials', false],
  ['no password and no Lync session', () => undefined, 'alice@contoso.com', null, 'exchange needs credentials', false],
  [
    'the right password while it asks again',
    (_x, s) => (s.account('alice@contoso.com').exchangePromptsLeft = 1),
    'alice@contoso.com',
    right,
    'exchange needs credentials',
    false,
  ],
  ['no answer', (x) => (x.reachable = false), 'alice@contoso.com', right, 'not responding', null],
  ['an address without a mailbox', () => undefined, 'bob@contoso.com', right, 'not responding', null],
];

for (const [name, setUp, address, password, answer, accepted] of cases) {
  test(`Exchange Online: ${name}`, () => {
    const x = make(setUp);
    const r = x.connect(address, password, origin);
    expect(r.ok ? r.kind : r.failure).to.equal(answer);
    const record = x.authentications.calls;
    // No answer, or no mailbox: nothing was authenticated, so nothing is recorded.
    expect(record.map((a) => a.accepted)).to.deep.equal(accepted === null ? [] : [accepted]);
  });
}

test('Exchange Online: a prompt left by the fault is used up by one refusal', () => {
  const x = make((_x, s) => (s.account('alice@contoso.com').exchangePromptsLeft = 1));
  x.connect('alice@contoso.com', right, origin);
  const r = x.connect('alice@contoso.com', right, origin);
  expect(r.ok).to.equal(true);
  expect(x.count('alice@contoso.com', false, 'password')).to.equal(1);
  expect(x.count('alice@contoso.com', true, 'password')).to.equal(1);
});
