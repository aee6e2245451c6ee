import assert from 'node:assert/strict';
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
  assert.ok(pc1.allUsersStartMenu.has(lyncStartMenuPath));
  assert.equal(pc1.lyncProgram?.version, currentLyncVersion);
  const profile = pc1.profile('alice');
  assert.ok(profile.runEntries.has('Lync'));
  assert.equal(profile.lyncSettings?.signInAddress, 'alice@contoso.com');
});

test('world: MU-03, another Windows user gets nothing per user before a first run, then defaults with no address', () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  const bob = w.computer('PC1').profile('bob');
  assert.equal(bob.lyncSettings === null, true);
  assert.equal(bob.runEntries.has('Lync'), false);
  assert.equal(firstRunSetUp(w.computer('PC1'), bob), true);
  assert.equal(w.computer('PC1').profile('bob').lyncSettings?.signInAddress, '');
  assert.ok(bob.runEntries.has('Lync'));
  assert.equal(firstRunSetUp(w.computer('PC1'), bob), false);
});

test('world: logging on runs the Run entry, logging off ends the process', async () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  await w.os.logOn(w.computer('PC1'), 'alice');
  assert.equal(w.computer('PC1').running('alice').length, 1);
  await w.os.logOff(w.computer('PC1'), 'alice');
  assert.equal(w.computer('PC1').running('alice').length, 0);
});

test('world: a user can only click what is on screen', async () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  await w.os.logOn(w.computer('PC1'), 'alice');
  await assert.rejects(
    w.os.act(w.computer('PC1'), 'alice', { kind: 'menu', window: 'main', path: ['File', 'Sign Out'] }),
    /^Error: When the step chose File > Sign Out from the Options button, alice on PC1 had no .* on screen$/,
  );
});

test('world: a step acting on a Lync that has exited says so, in the past tense', async () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  await w.os.logOn(w.computer('PC1'), 'alice');
  for (const p of w.computer('PC1').running('alice'))
    await p.client?.deliver({ type: 'user.menu', window: 'main', path: ['File', 'Exit'] });
  await w.settle();
  await assert.rejects(
    w.os.act(w.computer('PC1'), 'alice', { kind: 'click', window: 'main', control: 'Sign In' }),
    /^Error: Lync \(alice on PC1\) had exited when the step clicked "Sign In" in the main window$/,
  );
});

test('world: a locked session takes no input', async () => {
  const { w, alice } = world();
  w.install('PC1', alice);
  await w.os.logOn(w.computer('PC1'), 'alice');
  await w.os.setLocked(w.computer('PC1'), 'alice', true);
  await assert.rejects(w.os.act(w.computer('PC1'), 'alice', { kind: 'click', window: 'main', control: 'Sign In' }), /locked/);
});

test('world: DNS without the Lync records fails discovery; the service is never reached', async () => {
  const { w } = world();
  w.dns.removeDomain('contoso.com');
  assert.equal(w.dns.has('lyncdiscover.contoso.com'), false);
});

test('world: the same seed makes the same passwords, another seed others', () => {
  const a = new FakeWorld({ seed: 7 }).newSecret('x').reveal();
  const b = new FakeWorld({ seed: 7 }).newSecret('x').reveal();
  const c = new FakeWorld({ seed: 8 }).newSecret('x').reveal();
  assert.equal(a, b);
  assert.notEqual(a, c);
});

test('world: the timeline blanks out any password that slips into a line', () => {
  const { w, alice } = world();
  const pw = w.service.account(alice.address).password.reveal();
  w.timeline.record(`oops ${pw}`);
  assert.doesNotMatch(w.timeline.format(), new RegExp(pw));
});
