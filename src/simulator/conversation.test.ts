import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions, type Assumptions } from './assumptions';
import { initialState, type ClientState } from './client-state';
import type { ClientEffect } from './client-effect';
import { phaseTable } from './phase-table';
import { transition } from './transition';

const withAssumptions = (a: Partial<Assumptions> = {}): ClientState => ({
  ...initialState({ assumptions: { ...defaultAssumptions, ...a }, phaseTable, version: '15.0' }),
  phase: 'signedIn',
  mainWindow: 'shown',
  address: 'alice@contoso.com',
  session: { id: 's1', endpoint: 'pool' },
  exchange: { requestId: null, prompts: 0, ready: true },
  conversation: { with: 'bob@contoso.com', lines: [{ from: 'alice@contoso.com', text: 'hi' }] },
});
const close = (s: ClientState) => transition(s, { type: 'user.closeWindow', window: 'conversation' });
const saves = (effects: readonly ClientEffect[]) =>
  effects.filter((e) => e.type === 'net.request' && e.request.kind === 'saveConversation').length;

const cases: [string, Partial<ClientState>, Partial<Assumptions>, number, number][] = [
  ['Exchange connected', {}, {}, 1, 0],
  ['the option off', { history: { save: false, unsaved: [], saving: [] } }, {}, 0, 0],
  ['no message yet', { conversation: { with: 'bob@contoso.com', lines: [] } }, {}, 0, 0],
  ['Exchange not connected: held', { exchange: { requestId: null, prompts: 0, ready: false } }, {}, 0, 1],
  [
    'Exchange not connected, read the other way: dropped',
    { exchange: { requestId: null, prompts: 0, ready: false } },
    { conversationsWhileExchangeDown: 'never saved' },
    0,
    0,
  ],
];

for (const [name, state, assumptions, sent, held] of cases)
  test(`closing the conversation window: ${name}`, () => {
    const r = close({ ...withAssumptions(assumptions), ...state });
    expect(saves(r.effects)).to.equal(sent);
    expect(r.state.history?.unsaved.length ?? 0).to.equal(held);
    expect(r.state.conversation ?? null).to.equal(null);
  });

test('a held conversation is saved once Exchange accepts the connection', () => {
  const down = close({ ...withAssumptions(), exchange: { requestId: 7, prompts: 0, ready: false } }).state;
  const r = transition(down, { type: 'net.response', requestId: 7, response: { ok: true, kind: 'exchangeConnected' } });
  expect(saves(r.effects)).to.equal(1);
  expect(r.state.history?.unsaved).to.deep.equal([]);
});

test('a save EWS does not answer is held again and the Exchange connection is down', () => {
  const saving = close(withAssumptions());
  const id = saving.state.history?.saving[0]?.requestId ?? -1;
  const r = transition(saving.state, { type: 'net.response', requestId: id, response: { ok: false, failure: 'not responding' } });
  expect(r.state.history?.unsaved.length).to.equal(1);
  expect(r.state.exchange.trouble).to.equal('unreachable');
  expect(r.effects.some((e) => e.type === 'timer.set')).to.equal(true);
});

test('a save refused for a full mailbox is dropped without a word', () => {
  const saving = close(withAssumptions());
  const id = saving.state.history?.saving[0]?.requestId ?? -1;
  const r = transition(saving.state, { type: 'net.response', requestId: id, response: { ok: false, failure: 'mailbox full' } });
  expect(r.state.history).to.deep.equal({ save: true, unsaved: [], saving: [] });
  expect(r.state.message).to.equal(null);
});
