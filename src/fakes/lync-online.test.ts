import { expect } from 'chai';
import { test } from 'node:test';
import { Secret } from '../simulator';
import type { NetResponse } from '../simulator/network-messages';
import { LyncOnline } from './lync-online';
import { newAccount } from './service-account';
import { Timeline } from './timeline';
import { VirtualClock } from './virtual-clock';

const origin = { computer: 'PC1', windowsUser: 'alice', clockOffsetMs: 0 };
const make = () => {
  const clock = new VirtualClock(0);
  const s = new LyncOnline(clock, new Timeline(clock));
  const password = new Secret('right', 'password');
  s.accounts.set('alice@contoso.com', newAccount('alice@contoso.com', 'Alice', password));
  return { s, password };
};

/** The answer, checked to be of the kind named (and typed as such). */
function answer<K extends string>(r: NetResponse, kind: K): Extract<NetResponse, { kind: K }> {
  expect(r).to.include({ ok: true, kind });
  return r as Extract<NetResponse, { kind: K }>;
}

test('service: a right password gets a certificate; registering makes Alice Available', () => {
  const { s, password } = make();
  const auth = answer(s.authenticate('alice@contoso.com', password, origin), 'authenticated');
  const reg = answer(s.register(s.pool, 'alice@contoso.com', auth.token, null, '15.0', origin), 'registered');
  expect(s.presenceOf('alice@contoso.com')).to.equal('Available');
  s.unregister(reg.sessionId);
  expect(s.presenceOf('alice@contoso.com')).to.equal('Offline');
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
    expect(r).to.deep.equal({ ok: false, failure });
  });
}

test('service: an unlicensed account is not found at registration', () => {
  const { s, password } = make();
  s.account('alice@contoso.com').licensed = false;
  const auth = answer(s.authenticate('alice@contoso.com', password, origin), 'authenticated');
  expect(s.register(s.pool, 'alice@contoso.com', auth.token, null, '15.0', origin)).to.deep.equal({
    ok: false,
    failure: 'sign-in address not found',
  });
});

test('service: after an outage, certificates issued before it are refused', () => {
  const { s, password } = make();
  const auth = answer(s.authenticate('alice@contoso.com', password, origin), 'authenticated');
  s.startOutage();
  expect(s.register(s.pool, 'alice@contoso.com', null, auth.certificate, '15.0', origin)).to.deep.equal({
    ok: false,
    failure: 'not responding',
  });
  s.endOutage();
  expect(s.register(s.pool, 'alice@contoso.com', null, auth.certificate, '15.0', origin)).to.deep.equal({
    ok: false,
    failure: 'certificate stale after outage',
  });
});

/** FS-05 / TE-07 / S7: with a UPN apart from the sign-in address, the identity provider knows the user by the UPN. */
const userIds: [string, string, boolean][] = [
  ['the UPN', 'asmith@contoso.com', true],
  ['the UPN in capitals', 'ASmith@Contoso.com', true],
  ['DOMAIN\\user of the UPN', 'CONTOSO\\asmith', true],
  ['DOMAIN\\user in lower case', 'contoso\\asmith', true],
  ['the sign-in address', 'alice@contoso.com', false],
  ['DOMAIN\\user of the sign-in address', 'CONTOSO\\alice', false],
  ['another domain', 'FABRIKAM\\asmith', false],
];
for (const [name, userId, accepted] of userIds) {
  test(`service: a disjoint UPN, presented as ${name}: ${accepted ? 'accepted' : 'bad credentials'}, and recorded`, () => {
    const { s, password } = make();
    s.setUserId('alice@contoso.com', 'asmith@contoso.com');
    const r = s.authenticate(userId, password, origin);
    expect(r.ok).to.equal(accepted);
    const recorded = s.identityProvider.lastFrom('PC1');
    expect([recorded?.userId, recorded?.credential, recorded?.accepted]).to.deep.equal([userId, 'password', accepted]);
  });
}

test('service: a saved certificate is recorded as presented for the sign-in address', () => {
  const { s, password } = make();
  const auth = answer(s.authenticate('alice@contoso.com', password, origin), 'authenticated');
  answer(s.register(s.pool, 'alice@contoso.com', null, auth.certificate, '15.0', origin), 'registered');
  expect(s.identityProvider.of('alice@contoso.com').map((p) => `${p.userId} ${p.credential} ${p.accepted}`)).to.deep.equal([
    'alice@contoso.com password true',
    'alice@contoso.com certificate true',
  ]);
});
