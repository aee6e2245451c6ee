import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions } from './assumptions';
import { initialState, type ClientState } from './client-state';
import type { NetResponse } from './network-messages';
import type { ClientEffect } from './client-effect';
import { phaseTable } from './phase-table';
import { Secret } from './secret';
import { transition } from './transition';
import { view } from './view';

const config = { assumptions: defaultAssumptions, phaseTable, version: '15.0' };
const password = new Secret('pw', 'password');
const saved = { address: 'alice@contoso.com', userName: 'alice@contoso.com', password: null, certificate: null, endpoint: 'pool' };
const signedIn: ClientState = {
  ...initialState(config),
  phase: 'signedIn',
  mainWindow: 'shown',
  address: 'alice@contoso.com',
  session: { id: 's1', endpoint: 'pool' },
  saved,
  exchange: { requestId: 20, prompts: 0 },
};
const answer = (s: ClientState, response: NetResponse) =>
  transition(s, { type: 'net.response', requestId: s.exchange.requestId ?? -1, response });
const message = (s: ClientState): string | null => {
  const label = view(s)
    .windows.find((w) => w.id === 'main')
    ?.controls.find((c) => c.name === 'Message');
  return label?.kind === 'label' ? label.text : null;
};
/** What reaches Exchange and the credential cache (a click also restarts the idle timers, which is not the point here). */
const sent = (effects: readonly ClientEffect[]) =>
  effects.filter((e) => (e.type === 'net.request' && e.request.kind === 'exchange') || e.type === 'credentials.write');

const cases: [string, NetResponse, string | null, boolean, string[]][] = [
  ['accepted', { ok: true, kind: 'exchangeConnected' }, null, false, []],
  ['no answer', { ok: false, failure: 'not responding' }, defaultAssumptions.exchangeUnreachableMessage, false, ['timer.set']],
  ['offline', { ok: false, failure: 'offline' }, defaultAssumptions.exchangeUnreachableMessage, false, ['timer.set']],
  ['turned down', { ok: false, failure: 'exchange needs credentials' }, null, true, []],
];

for (const [name, response, text, prompt, effects] of cases) {
  test(`Exchange connection: ${name} shows ${text === null ? 'no message' : 'its message'}${prompt ? ' and the prompt' : ''}`, () => {
    const r = answer(signedIn, response);
    expect(message(r.state)).to.equal(text);
    expect(r.state.dialog?.kind ?? null).to.equal(prompt ? 'credentials' : null);
    expect(r.effects.map((e) => e.type)).to.deep.equal(effects);
  });
}

test('Exchange connection: Cancel in the prompt shows the turned-down message and sends nothing', () => {
  const prompted = answer(signedIn, { ok: false, failure: 'exchange needs credentials' }).state;
  const r = transition(prompted, { type: 'user.click', window: 'credentials', control: 'Cancel' });
  expect(message(r.state)).to.equal(defaultAssumptions.exchangeTurnedDownMessage);
  expect(sent(r.effects)).to.deep.equal([]);
});

test('Exchange connection: Save my password saves the typed password only once Exchange accepts it', () => {
  let s = answer(signedIn, { ok: false, failure: 'exchange needs credentials' }).state;
  s = transition(s, { type: 'user.type', window: 'credentials', field: 'Password', text: password }).state;
  s = transition(s, { type: 'user.toggle', window: 'credentials', control: 'Save my password', on: true }).state;
  const ok = transition(s, { type: 'user.click', window: 'credentials', control: 'OK' });
  expect(sent(ok.effects).map((e) => e.type)).to.deep.equal(['net.request']);
  const refused = answer(ok.state, { ok: false, failure: 'exchange needs credentials' });
  expect(refused.effects.map((e) => e.type)).to.deep.equal([]);
  const accepted = answer(ok.state, { ok: true, kind: 'exchangeConnected' });
  expect(accepted.effects).to.deep.equal([{ type: 'credentials.write', entry: { ...saved, password } }]);
});

test('Exchange connection: the retry timer sends the sign-in password again, only while Exchange has not answered', () => {
  const down = answer({ ...signedIn, password }, { ok: false, failure: 'not responding' }).state;
  const retry = transition(down, { type: 'timer.fired', name: 'exchange retry' });
  expect(retry.effects).to.deep.equal([
    {
      type: 'net.request',
      requestId: down.nextRequestId,
      request: { kind: 'exchange', host: 'outlook.office365.com', address: 'alice@contoso.com', password },
    },
  ]);
  const up = answer(retry.state, { ok: true, kind: 'exchangeConnected' }).state;
  expect(message(up)).to.equal(null);
  expect(transition(up, { type: 'timer.fired', name: 'exchange retry' }).effects).to.deep.equal([]);
});
