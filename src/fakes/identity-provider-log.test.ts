import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions, Secret, type Assumptions } from '../simulator';
import { LyncOnline } from './lync-online';
import { newAccount } from './service-account';
import { Timeline } from './timeline';
import { VirtualClock } from './virtual-clock';

const origin = { computer: 'PC1', windowsUser: 'alice', clockOffsetMs: 0 };
const address = 'alice@contoso.com';

function make(assumptions: Partial<Assumptions> = {}) {
  const clock = new VirtualClock(0);
  const s = new LyncOnline(clock, new Timeline(clock), () => ({ ...defaultAssumptions, ...assumptions }));
  const password = new Secret('right', 'password');
  s.accounts.set(address, newAccount(address, 'Alice', password));
  return { s, password };
}

/** A certificate issued with the right password, before anything happened to the account. */
function savedCertificate(s: LyncOnline, password: Secret): Secret {
  const r = s.authenticate(address, password, origin);
  if (!r.ok || r.kind !== 'authenticated') throw new Error('expected a certificate');
  return r.certificate;
}

const said = (s: LyncOnline) =>
  s.identityProvider.of(address).map((a) => `${a.from}: ${a.credential} ${a.accepted ? 'accepted' : a.reason}`);

test('identity provider: a wrong password and an expired one are recorded with their reasons', () => {
  const { s, password } = make();
  s.authenticate(address, new Secret('wrong'), origin);
  s.account(address).passwordExpired = true;
  expect(s.authenticate(address, password, origin)).to.deep.equal({ ok: false, failure: 'password expired' });
  expect(said(s)).to.deep.equal(['Lync: password wrong password', 'Lync: password password expired']);
});

const certificateAfterExpiry: [string, boolean, string][] = [
  ['refused (default, KB 2630976)', true, 'Lync: certificate password expired'],
  ['accepted (S31, on premises)', false, 'Lync: certificate accepted'],
];
for (const [name, refused, recorded] of certificateAfterExpiry) {
  test(`identity provider: a certificate saved before the password expired is ${name}`, () => {
    const { s, password } = make({ certificateRefusedAfterPasswordExpiry: refused });
    const certificate = savedCertificate(s, password);
    s.account(address).passwordExpired = true;
    const r = s.register(s.pool, address, null, certificate, '15.0', origin);
    expect(r.ok).to.equal(!refused);
    expect(said(s).at(-1)).to.equal(recorded);
  });
}

test('identity provider: the portal takes the expired password only to replace it; the old certificate is then refused', () => {
  const { s, password } = make({ certificateRefusedAfterPasswordExpiry: false });
  const certificate = savedCertificate(s, password);
  s.account(address).passwordExpired = true;
  const fresh = new Secret('new', 'password');
  s.changePasswordOnPortal(address, fresh);
  expect(s.account(address).passwordExpired).to.equal(false);
  expect(s.register(s.pool, address, null, certificate, '15.0', origin)).to.deep.equal({ ok: false, failure: 'bad credentials' });
  expect(s.authenticate(address, fresh, origin).ok).to.equal(true);
  expect(said(s).slice(1)).to.deep.equal([
    'the Office 365 portal: password password expired',
    'the Office 365 portal: password accepted',
    'Lync: certificate password changed since the certificate was issued',
    'Lync: password accepted',
  ]);
});
