import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Secret } from '../simulator';
import { LyncOnline } from './lync-online';
import { Timeline } from './timeline';
import { VirtualClock } from './virtual-clock';

const origin = { computer: 'PC1', windowsUser: 'alice', clockOffsetMs: 0 };
const make = () => {
  const clock = new VirtualClock(0);
  const s = new LyncOnline(clock, new Timeline(clock));
  const password = new Secret('right', 'password');
  s.accounts.set('alice@contoso.com', {
    address: 'alice@contoso.com',
    displayName: 'Alice',
    password,
    licensed: true,
    enabled: true,
    provisionedAt: 0,
    passwordExpired: false,
    exchangePromptsLeft: 0,
  });
  return { s, password };
};

test('service: a right password gets a certificate; registering makes Alice Available', () => {
  const { s, password } = make();
  const auth = s.authenticate('alice@contoso.com', password, origin);
  assert.ok(auth.ok && auth.kind === 'authenticated');
  const reg = s.register(s.pool, 'alice@contoso.com', auth.token, null, '15.0', origin);
  assert.ok(reg.ok && reg.kind === 'registered');
  assert.equal(s.presenceOf('alice@contoso.com'), 'Available');
  s.unregister(reg.sessionId);
  assert.equal(s.presenceOf('alice@contoso.com'), 'Offline');
});

const failures: [string, (s: LyncOnline) => void, Partial<typeof origin>, string][] = [
  ['wrong password', () => undefined, {}, 'bad credentials'],
  ['clock more than 5 minutes off', () => undefined, { clockOffsetMs: 6 * 60_000 }, 'clock skew'],
  ['identity provider down', (s) => (s.faults.identityProviderDown = true), {}, 'identity provider unreachable'],
  ['untrusted certificate chain', (s) => (s.faults.untrustedCertificateChain = true), {}, 'certificate chain not trusted'],
];
for (const [name, fault, where, failure] of failures) {
  test(`service: ${name} -> ${failure}`, () => {
    const { s, password } = make();
    fault(s);
    const r = s.authenticate('alice@contoso.com', name === 'wrong password' ? new Secret('wrong') : password, { ...origin, ...where });
    assert.deepEqual(r, { ok: false, failure });
  });
}

test('service: an unlicensed account is not found at registration', () => {
  const { s, password } = make();
  s.account('alice@contoso.com').licensed = false;
  const auth = s.authenticate('alice@contoso.com', password, origin);
  assert.ok(auth.ok && auth.kind === 'authenticated');
  assert.deepEqual(s.register(s.pool, 'alice@contoso.com', auth.token, null, '15.0', origin), {
    ok: false,
    failure: 'sign-in address not found',
  });
});

test('service: after an outage, certificates issued before it are refused', () => {
  const { s, password } = make();
  const auth = s.authenticate('alice@contoso.com', password, origin);
  assert.ok(auth.ok && auth.kind === 'authenticated');
  s.startOutage();
  assert.deepEqual(s.register(s.pool, 'alice@contoso.com', null, auth.certificate, '15.0', origin), {
    ok: false,
    failure: 'not responding',
  });
  s.endOutage();
  assert.deepEqual(s.register(s.pool, 'alice@contoso.com', null, auth.certificate, '15.0', origin), {
    ok: false,
    failure: 'certificate stale after outage',
  });
});
