import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions } from './assumptions';
import { initialState } from './client-state';
import { phaseTable } from './phase-table';
import { Secret } from './secret';
import { transition } from './transition';
import { view } from './view';
import { defaultAdminSettings, type AdminSettings } from './administration';
import { serversToTry } from './administration';
import { effectivePolicy, type PolicyKeys } from './administration';

const precedence: readonly { readonly keys: PolicyKeys; readonly wins: boolean | undefined; readonly why: string }[] = [
  { keys: { machine: {}, user: {} }, wins: undefined, why: 'neither key: Not configured' },
  { keys: { machine: {}, user: { savePassword: false } }, wins: false, why: 'the user key alone' },
  { keys: { machine: { savePassword: true }, user: { savePassword: false } }, wins: true, why: 'HKLM over HKCU' },
  { keys: { machine: { savePassword: false }, user: { savePassword: true } }, wins: false, why: 'HKLM over HKCU, the other way' },
];
for (const c of precedence)
  test(`policy precedence (AS-09): ${c.why}`, () => {
    expect(effectivePolicy(c.keys, 'savePassword')).to.equal(c.wins);
  });

const servers: readonly {
  readonly mode: 'automatic' | 'manual';
  readonly internal: string;
  readonly external: string;
  readonly hosts: string[];
}[] = [
  {
    mode: 'automatic',
    internal: 'a.example:443',
    external: 'b.example:443',
    hosts: ['lyncdiscoverinternal.contoso.com', 'lyncdiscover.contoso.com', '_sip._tls.contoso.com', 'sip.contoso.com'],
  },
  { mode: 'manual', internal: 'a.example:443', external: 'b.example:443', hosts: ['a.example:443', 'b.example:443'] },
  { mode: 'manual', internal: 'same:443', external: 'same:443', hosts: ['same:443'] },
  { mode: 'manual', internal: '', external: 'b.example:443', hosts: ['b.example:443'] },
];
for (const c of servers)
  test(`servers to try (FS-10): ${c.mode} with ${c.internal || 'no internal'} / ${c.external}`, () => {
    expect(serversToTry({ mode: c.mode, internalServer: c.internal, externalServer: c.external }, 'contoso.com')).to.deep.equal(c.hosts);
  });

const settings = {
  signInAddress: 'alice@contoso.com',
  showInForeground: true,
  trustedServers: [],
  signedOutByUser: false,
  runAtLogon: true,
};
const start = (admin: AdminSettings) =>
  transition(initialState({ assumptions: defaultAssumptions, phaseTable, version: '15.0' }), { type: 'settings.loaded', settings, admin });
const withPolicy = (machine: PolicyKeys['machine']): AdminSettings => ({ ...defaultAdminSettings, policies: { machine, user: {} } });

test('PreventRun (AS-10): the process exits at start, with nothing on screen', () => {
  const r = start(withPolicy({ preventRun: true }));
  expect(r.state.phase).to.equal('exited');
  expect(r.effects.map((e) => e.type)).to.deep.equal(['process.exit']);
  expect(view(r.state).windows).to.deep.equal([]);
});

test('SavePassword disabled (AS-08): a saved password is not used and the box is greyed out', () => {
  const loaded = start(withPolicy({ savePassword: false }));
  const entry = {
    address: 'alice@contoso.com',
    userName: 'alice@contoso.com',
    password: new Secret('pw', 'password'),
    certificate: null,
    endpoint: null,
  };
  const r = transition(loaded.state, { type: 'credentials.loaded', entry });
  expect(r.state.phase).to.equal('signedOut');
  const box = view(r.state).windows[0]?.controls.find((c) => c.name === 'Save my password');
  expect(box).to.deep.equal({ kind: 'checkbox', name: 'Save my password', checked: false, disabled: true });
});
