import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions } from './assumptions';
import { clientMessages } from './client-messages';
import type { NetFailure } from './network-messages';
import type { ClientEffect } from './client-effect';
import type { ClientEvent } from './client-event';
import { initialState, type ClientState } from './client-state';
import { phaseTable } from './phase-table';
import { Secret } from './secret';
import { transition } from './transition';

const config = { assumptions: defaultAssumptions, phaseTable, version: '15.0' };
const password = new Secret('pw', 'password');
const certificate = new Secret('cert', 'certificate');
const settings = {
  signInAddress: 'alice@contoso.com',
  showInForeground: true,
  trustedServers: [],
  signedOutByUser: false,
  runAtLogon: true,
};
const savedEntry = { address: 'alice@contoso.com', userName: 'alice@contoso.com', password, certificate, endpoint: 'pool' };

const base = initialState(config);
const signedOut: ClientState = { ...base, phase: 'signedOut', settings, address: 'alice@contoso.com', mainWindow: 'shown' };
const signedIn: ClientState = {
  ...signedOut,
  phase: 'signedIn',
  session: { id: 's1', endpoint: 'pool' },
  saved: savedEntry,
  certificate,
  presence: { ...signedOut.presence, published: 'Available' },
};
const signingIn: ClientState = {
  ...signedOut,
  phase: 'signingIn',
  attempt: { stage: 'authenticate', requestId: 7, automatic: false, usedSavedCredentials: false, pool: 'pool' },
  password,
};

const menu = (...path: string[]): ClientEvent => ({ type: 'user.menu', window: 'main', path });
const kinds = (effects: readonly ClientEffect[]) =>
  effects.map((e) => (e.type === 'net.request' ? `net.request:${e.request.kind}` : e.type));

interface Case {
  readonly name: string;
  readonly from: ClientState;
  readonly event: ClientEvent;
  readonly phase: ClientState['phase'];
  readonly window?: ClientState['mainWindow'];
  readonly effects: string[];
}

const cases: Case[] = [
  {
    name: 'starting reads the settings',
    from: base,
    event: { type: 'os.started', fromRunKey: false },
    phase: 'starting',
    effects: ['settings.read'],
  },
  {
    name: 'settings lead to reading the cache for the address',
    from: base,
    event: { type: 'settings.loaded', settings },
    phase: 'starting',
    effects: ['credentials.read'],
  },
  {
    name: 'nothing cached: sign-in window, no password box yet',
    from: { ...base, settings, address: 'alice@contoso.com' },
    event: { type: 'credentials.loaded', entry: null },
    phase: 'signedOut',
    window: 'shown',
    effects: [],
  },
  {
    name: 'saved password: signs in by itself',
    from: { ...base, settings, address: 'alice@contoso.com' },
    event: { type: 'credentials.loaded', entry: savedEntry },
    phase: 'signingIn',
    effects: ['timer.clear', 'net.request:discover'],
  },
  {
    name: 'logon start with foreground off keeps the window hidden',
    from: { ...base, fromRunKey: true, settings: { ...settings, showInForeground: false }, address: 'alice@contoso.com' },
    event: { type: 'credentials.loaded', entry: savedEntry },
    phase: 'signingIn',
    window: 'hidden',
    effects: ['timer.clear', 'net.request:discover'],
  },
  {
    name: 'first Sign In only reveals the password box',
    from: signedOut,
    event: { type: 'user.click', window: 'main', control: 'Sign In' },
    phase: 'signedOut',
    effects: [],
  },
  {
    name: 'Close hides the window and keeps the session',
    from: signedIn,
    event: menu('File', 'Close'),
    phase: 'signedIn',
    window: 'hidden',
    effects: ['timer.clear', 'timer.set'],
  },
  {
    name: 'the X closes like File > Close',
    from: signedIn,
    event: { type: 'user.closeWindow', window: 'main' },
    phase: 'signedIn',
    window: 'hidden',
    effects: ['timer.clear', 'timer.set'],
  },
  {
    name: 'Sign Out ends the session, shows the sign-in window',
    from: { ...signedIn, mainWindow: 'hidden' },
    event: menu('File', 'Sign Out'),
    phase: 'signedOut',
    window: 'shown',
    effects: ['timer.clear', 'net.request:unregister', 'settings.write', 'timer.clear', 'timer.clear'],
  },
  {
    name: 'Sign Out while signing in cancels it',
    from: signingIn,
    event: menu('File', 'Sign Out'),
    phase: 'signedOut',
    effects: ['timer.clear', 'settings.write', 'timer.clear', 'timer.clear'],
  },
  {
    name: 'Exit ends session and process',
    from: signedIn,
    event: menu('File', 'Exit'),
    phase: 'exited',
    effects: ['timer.clear', 'net.request:unregister', 'process.exit', 'timer.clear', 'timer.clear'],
  },
  {
    name: 'Exit from the icon menu',
    from: signedIn,
    event: { type: 'user.iconMenu', place: 'notification area', item: 'Exit' },
    phase: 'exited',
    effects: ['timer.clear', 'net.request:unregister', 'process.exit', 'timer.clear', 'timer.clear'],
  },
  {
    name: 'log-off exits',
    from: signedIn,
    event: { type: 'os.loggingOff' },
    phase: 'exited',
    effects: ['timer.clear', 'net.request:unregister', 'process.exit', 'timer.clear', 'timer.clear'],
  },
  {
    name: 'icon click restores the window',
    from: { ...signedIn, mainWindow: 'hidden' },
    event: { type: 'user.iconClick', place: 'notification area' },
    phase: 'signedIn',
    window: 'shown',
    effects: ['timer.clear', 'timer.set'],
  },
  {
    name: 'a message while closed raises an alert',
    from: { ...signedIn, mainWindow: 'hidden' },
    event: { type: 'service.message', from: 'bob@contoso.com', text: 'hi' },
    phase: 'signedIn',
    window: 'hidden',
    effects: ['desktop.alert'],
  },
  {
    name: 'no alert when signed out',
    from: signedOut,
    event: { type: 'service.message', from: 'bob@contoso.com', text: 'hi' },
    phase: 'signedOut',
    effects: [],
  },
  {
    name: 'Delete asks first',
    from: signedOut,
    event: { type: 'user.click', window: 'main', control: 'Delete my sign-in info' },
    phase: 'signedOut',
    effects: [],
  },
  {
    name: 'Yes deletes this address only',
    from: { ...signedOut, dialog: { kind: 'confirmDelete' }, saved: savedEntry },
    event: { type: 'user.click', window: 'confirmDelete', control: 'Yes' },
    phase: 'signedOut',
    effects: ['credentials.delete'],
  },
  {
    name: 'No deletes nothing',
    from: { ...signedOut, dialog: { kind: 'confirmDelete' }, saved: savedEntry },
    event: { type: 'user.click', window: 'confirmDelete', control: 'No' },
    phase: 'signedOut',
    effects: [],
  },
  {
    name: 'network lost while signed in: reconnecting, retry timer',
    from: signedIn,
    event: { type: 'os.networkChanged', online: false },
    phase: 'reconnecting',
    effects: ['timer.set', 'timer.clear', 'timer.clear'],
  },
  {
    name: 'an answer to an old request is ignored',
    from: signingIn,
    event: { type: 'net.response', requestId: 3, response: { ok: false, failure: 'clock skew' } },
    phase: 'signingIn',
    effects: [],
  },
  {
    name: 'clock skew fails the sign-in',
    from: signingIn,
    event: { type: 'net.response', requestId: 7, response: { ok: false, failure: 'clock skew' } },
    phase: 'signedOut',
    effects: ['timer.clear', 'log.upload'],
  },
  {
    name: 'offline during sign-in: delayed, retry in 30 s',
    from: signingIn,
    event: { type: 'net.response', requestId: 7, response: { ok: false, failure: 'offline' } },
    phase: 'signingIn',
    effects: ['timer.set'],
  },
  {
    name: 'registered: signed in, cache written',
    from: {
      ...signingIn,
      attempt: { stage: 'register', requestId: 7, automatic: false, usedSavedCredentials: false, pool: 'pool' },
      certificate,
    },
    event: {
      type: 'net.response',
      requestId: 7,
      response: { ok: true, kind: 'registered', sessionId: 's9', endpoint: 'pool', addressBook: 'https://web/abs/handler' },
    },
    phase: 'signedIn',
    // No address book download and no wait for one (FS-15: Lync Online answers each search instead).
    effects: ['credentials.write', 'settings.write', 'net.request:exchange', 'timer.clear', 'timer.set', 'outlook.readDefaultProfile'],
  },
  {
    name: 'an exited client ignores everything',
    from: { ...signedIn, phase: 'exited' },
    event: menu('File', 'Sign Out'),
    phase: 'exited',
    effects: [],
  },
];

for (const c of cases) {
  test(`transition: ${c.name}`, () => {
    const r = transition(c.from, c.event);
    expect(r.state.phase).to.equal(c.phase);
    if (c.window) expect(r.state.mainWindow).to.equal(c.window);
    expect(kinds(r.effects)).to.deep.equal(c.effects);
  });
}

test('transition: Save my password cleared caches no password', () => {
  const from: ClientState = {
    ...signingIn,
    savePassword: false,
    certificate,
    attempt: { stage: 'register', requestId: 7, automatic: false, usedSavedCredentials: false, pool: 'pool' },
  };
  const r = transition(from, {
    type: 'net.response',
    requestId: 7,
    response: { ok: true, kind: 'registered', sessionId: 's9', endpoint: 'pool', addressBook: 'https://web/abs/handler' },
  });
  const write = r.effects.find((e) => e.type === 'credentials.write');
  expect(write).to.deep.include({ type: 'credentials.write' });
  expect(write?.type === 'credentials.write' && write.entry).to.deep.include({ password: null, certificate: null });
});

test('transition: a phase move missing from the table leaves the phase unchanged', () => {
  const table = phaseTable.filter((m) => !(m.from === 'signedIn' && m.cause === 'user signs out'));
  const r = transition({ ...signedIn, config: { ...config, phaseTable: table } }, menu('File', 'Sign Out'));
  expect(r.state.phase).to.equal('signedIn');
});

const failureCases: [NetFailure, ClientState['phase'], string | null][] = [
  ['no such record', 'signedOut', clientMessages.noServerForDomain('contoso.com')],
  ['not responding', 'signedOut', clientMessages.serverUnavailable],
  ['identity provider unreachable', 'signingIn', clientMessages.identityUnreachable],
  ['certificate chain not trusted', 'signingIn', clientMessages.certificateRetry],
  ['clock skew', 'signedOut', clientMessages.clockWrong],
  ['sign-in address not found', 'signedOut', clientMessages.addressNotFound],
  ['client version not supported', 'signedOut', clientMessages.incompatibleVersion],
  ['certificate rejected', 'signedOut', clientMessages.personalCertificate],
  ['certificate stale after outage', 'signedOut', clientMessages.certificateAfterOutage],
  ['bad credentials', 'signingIn', clientMessages.badCredentials],
  ['offline', 'signingIn', defaultAssumptions.networkDelayMessage],
];
for (const [failure, phase, text] of failureCases) {
  test(`transition: the failure "${failure}" shows its documented message`, () => {
    const r = transition(signingIn, { type: 'net.response', requestId: 7, response: { ok: false, failure } });
    expect(r.state.phase).to.equal(phase);
    expect(r.state.message?.text ?? null).to.equal(text);
  });
}

test('transition: the Exchange connection asks at most three times, then stops', () => {
  let state: ClientState = { ...signedIn, exchange: { requestId: 20, prompts: 0 } };
  for (let i = 1; i <= 4; i++) {
    state = transition(state, {
      type: 'net.response',
      requestId: state.exchange.requestId ?? -1,
      response: { ok: false, failure: 'exchange needs credentials' },
    }).state;
    expect(state.dialog?.kind ?? null, `prompt ${i}`).to.equal(i <= 3 ? 'credentials' : null);
    expect(state.phase).to.equal('signedIn');
    if (state.dialog) {
      state = transition(state, { type: 'user.type', window: 'credentials', field: 'Password', text: password }).state;
      state = transition(state, { type: 'user.click', window: 'credentials', control: 'OK' }).state;
    }
  }
});
