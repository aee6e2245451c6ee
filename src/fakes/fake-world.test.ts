import { expect } from 'chai';
import sinon from 'sinon';
import { rejection } from '../../test-support/rejection';
import { test } from 'node:test';
import { referenceLauncher } from '../runtime/reference-client';
import { phaseTable } from '../simulator';
import { FakeWorld } from './fake-world';
import { currentLyncVersion, firstRunSetUp, lyncStartMenuPath } from './portal-installer';

const world = () => {
  const w = new FakeWorld({ seed: 42 });
  w.os.launcher = referenceLauncher({ assumptions: w.assumptions, phaseTable });
  const alice = w.addPerson('Alice');
  return { w, alice };
};

test('world: the portal installs the program and Start menu entry for the computer, the address and Run entry for the installer', () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  const pc1 = w.computer('PC1');
  expect(pc1.allUsersStartMenu.has(lyncStartMenuPath)).to.equal(true);
  expect(pc1.lyncProgram?.version).to.equal(currentLyncVersion);
  const profile = pc1.profile('alice');
  expect(profile.runEntries.has('Lync')).to.equal(true);
  expect(profile.lyncSettings?.signInAddress).to.equal('alice@contoso.com');
});

test('world: MU-03, another Windows user gets nothing per user before a first run, then defaults with no address', () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  const bob = w.computer('PC1').profile('bob');
  expect(bob.lyncSettings === null).to.equal(true);
  expect(bob.runEntries.has('Lync')).to.equal(false);
  expect(firstRunSetUp(w.computer('PC1'), bob)).to.equal(true);
  expect(w.computer('PC1').profile('bob').lyncSettings?.signInAddress).to.equal('');
  expect(bob.runEntries.has('Lync')).to.equal(true);
  expect(firstRunSetUp(w.computer('PC1'), bob)).to.equal(false);
});

test('world: logging on runs the Run entry, logging off ends the process', async () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  await w.os.logOn(w.computer('PC1'), 'alice');
  expect(w.computer('PC1').running('alice').length).to.equal(1);
  await w.os.logOff(w.computer('PC1'), 'alice');
  expect(w.computer('PC1').running('alice').length).to.equal(0);
});

test('world: a user can only click what is on screen', async () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  await w.os.logOn(w.computer('PC1'), 'alice');
  expect(
    (await rejection(w.os.act(w.computer('PC1'), 'alice', { kind: 'menu', window: 'main', path: ['File', 'Sign Out'] }))).message,
  ).to.match(/^When the step chose File > Sign Out from the Options button, alice on PC1 had no .* on screen$/);
});

test('world: a step acting on a Lync that has exited says so, in the past tense', async () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  await w.os.logOn(w.computer('PC1'), 'alice');
  for (const p of w.computer('PC1').running('alice'))
    await p.client?.deliver({ type: 'user.menu', window: 'main', path: ['File', 'Exit'] });
  await w.settle();
  expect((await rejection(w.os.act(w.computer('PC1'), 'alice', { kind: 'click', window: 'main', control: 'Sign In' }))).message).to.match(
    /^Lync \(alice on PC1\) had exited when the step clicked "Sign In" in the main window$/,
  );
});

test('world: a process that sends a second request with an id it used already is refused', async () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  w.os.launcher = async (platform) => ({
    deliver: async () => {
      platform.request(7, { kind: 'discover', host: 'lyncdiscover.contoso.com' });
      platform.request(8, { kind: 'discover', host: 'lyncdiscover.contoso.com' });
      platform.request(7, { kind: 'discover', host: 'lyncdiscover.contoso.com' });
    },
    kill: async () => {},
  });
  expect((await rejection(w.os.logOn(w.computer('PC1'), 'alice'))).message).to.equal(
    "Lync (alice on PC1) sent a discover request with id 7, which it had used already: its answer could be taken for the other's",
  );
});

test('world: a locked session takes no input', async () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  await w.os.logOn(w.computer('PC1'), 'alice');
  await w.os.setLocked(w.computer('PC1'), 'alice', true);
  expect((await rejection(w.os.act(w.computer('PC1'), 'alice', { kind: 'click', window: 'main', control: 'Sign In' }))).message).to.match(
    /locked/,
  );
});

test('world: DNS without the Lync records fails discovery; the service is never reached', async () => {
  const { w } = world();
  w.dns.removeDomain('contoso.com');
  expect(w.dns.has('lyncdiscover.contoso.com')).to.equal(false);
});

test('world: the same seed makes the same passwords, another seed others', () => {
  const a = new FakeWorld({ seed: 7 }).newSecret('x').reveal();
  const b = new FakeWorld({ seed: 7 }).newSecret('x').reveal();
  const c = new FakeWorld({ seed: 8 }).newSecret('x').reveal();
  expect(a).to.equal(b);
  expect(a).to.not.equal(c);
});

test('world: the timeline blanks out any password that slips into a line', () => {
  const { w, alice } = world();
  const pw = w.service.account(alice.address).password.reveal();
  w.timeline.record(`oops ${pw}`);
  expect(w.timeline.format()).to.not.match(new RegExp(pw));
});

test('world: pushes to one endpoint arrive in the order the service sent them, whatever latency each draws', async () => {
  const w = new FakeWorld({ seed: 42 });
  const pc1 = w.computer('PC1');
  pc1.openSession('alice');
  const deliver = sinon.spy(async () => undefined);
  pc1.processes.push({
    pid: 1,
    image: 'lync.exe',
    commandLine: 'lync.exe',
    windowsUser: 'alice',
    running: true,
    client: { deliver, kill: async () => undefined },
    timers: new Map(),
  });
  sinon.stub(w.network, 'latency').onFirstCall().returns(300).onSecondCall().returns(10);
  const session = { id: 's1', address: 'alice@contoso.com', endpoint: 'e1', computer: 'PC1', windowsUser: 'alice' };
  w.service.push(session, { type: 'presence', address: 'bob@contoso.com', availability: 'Available' });
  w.service.push(session, { type: 'presence', address: 'bob@contoso.com', availability: 'Busy' });
  await w.clock.advance(1_000);
  expect(deliver.getCalls().map((c) => (c.args as unknown[])[0])).to.deep.equal([
    { type: 'service.presence', address: 'bob@contoso.com', availability: 'Available' },
    { type: 'service.presence', address: 'bob@contoso.com', availability: 'Busy' },
  ]);
});
