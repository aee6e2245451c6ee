import assert from 'node:assert/strict';
import { lyncPaths } from '../../../src/fakes';
import type { SimWorld } from '../sim-world';

/** Ground truth about the evidence Lync leaves on a computer (DC-09, DC-11, FS-14) and what it shows for policies. */

const profileOf = (w: SimWorld, name: string, computer: string) => w.fake.computer(computer).profile(w.fake.person(name).windowsUser);

type Place = 'sipFolder' | 'registryKey' | 'certificate';
export function artefact(w: SimWorld, name: string, computer: string, place: Place, present: boolean): void {
  const address = w.fake.person(name).address;
  const where = {
    sipFolder: lyncPaths.sipFolder(address),
    registryKey: lyncPaths.registryKey(address),
    certificate: 'the personal certificate store',
  };
  assert.equal(profileOf(w, name, computer).cache.artefacts(address)[place], present, `${where[place]} of ${name} on ${computer}`);
}

export function tracingFolder(w: SimWorld, name: string, computer: string, present: boolean): void {
  assert.equal(profileOf(w, name, computer).files.tracing !== null, present, `${lyncPaths.tracing} of ${name} on ${computer}`);
}

export function accountProfiles(w: SimWorld, name: string, computer: string, present: boolean): void {
  assert.equal(
    profileOf(w, name, computer).files.accountProfiles !== null,
    present,
    `${lyncPaths.accountProfiles} of ${name} on ${computer}`,
  );
}

/** FS-14: the client's own log names the failure by its code. */
export function logRecords(w: SimWorld, name: string, computer: string, code: string): void {
  const lines = profileOf(w, name, computer).files.tracing ?? [];
  assert.ok(
    lines.some((l) => l.includes(w.fake.person(name).address) && l.endsWith(`: ${code}`)),
    `the Lync log of ${name} on ${computer} should record "${code}"; it holds: ${JSON.stringify(lines)}`,
  );
}

export function noLog(w: SimWorld, name: string, computer: string): void {
  assert.deepEqual(profileOf(w, name, computer).files.tracing ?? [], [], `the Lync log of ${name} on ${computer}`);
}

/** FS-14: failure logs that reached Microsoft, with their failure codes. */
export function uploaded(w: SimWorld, name: string, codes: readonly string[]): void {
  const address = w.fake.person(name).address;
  const got = w.fake.network.uploadedLogs.where((u) => u.address === address).map((u) => u.failure);
  assert.deepEqual(got, codes, `sign-in failure logs of ${name} uploaded to Microsoft`);
}

export function connectionSaved(w: SimWorld, name: string, computer: string, mode: 'automatic' | 'manual', server: string): void {
  const c = profileOf(w, name, computer).connection;
  assert.deepEqual(
    { mode: c.mode, internal: c.internalServer, external: c.externalServer },
    { mode, internal: server, external: server },
    `Advanced Connection Settings in the registry of ${name} on ${computer}`,
  );
}

/** AS-08: "Save my password" is shown greyed out and cleared. */
export async function savePasswordUnavailable(w: SimWorld, name: string, computer: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const box = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.name === 'Save my password');
  assert.ok(box && box.kind === 'checkbox', `${name} sees no "Save my password" box on ${computer}`);
  assert.deepEqual({ checked: box.checked, disabled: box.disabled === true }, { checked: false, disabled: true }, '"Save my password"');
}

export function processesEverStarted(w: SimWorld, name: string, computer: string, atLeast: number): void {
  const user = w.fake.person(name).windowsUser;
  const n = w.fake.computer(computer).processes.filter((p) => p.windowsUser === user).length;
  assert.ok(n >= atLeast, `lync.exe processes started for ${name} on ${computer}: ${n}`);
}

export function notLookedUp(w: SimWorld, name: string): void {
  const names = w.fake.dns.lookups.calls.map((l) => l.name);
  assert.ok(!names.includes(name.toLowerCase()), `Lync looked up ${name} in DNS; lookups: ${names.join(', ')}`);
}

/** MU-06: after a switch of Lync user, the window shows the new user's information only. */
export async function showsOnly(w: SimWorld, owner: string, computer: string, whose: string, other: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(owner).windowsUser);
  const labels = (snap.windows.find((x) => x.id === 'main')?.controls ?? []).flatMap((c) => (c.kind === 'label' ? [c.text] : []));
  const address = w.fake.person(whose).address;
  assert.ok(labels.includes(address), `${owner}'s Lync on ${computer} should show ${address}; it shows ${JSON.stringify(labels)}`);
  const stale = w.fake.person(other).address;
  assert.ok(!labels.some((l) => l.includes(stale)), `${owner}'s Lync on ${computer} still shows ${stale}`);
}

/** DC-01/MU-06: the sip_ folder of one address inside another person's Windows profile. */
export function sipFolderOfIn(w: SimWorld, whose: string, owner: string, computer: string): void {
  const address = w.fake.person(whose).address;
  assert.ok(
    profileOf(w, owner, computer).cache.artefacts(address).sipFolder,
    `${lyncPaths.sipFolder(address)} in ${owner}'s profile on ${computer}`,
  );
}

/** TE-11: a message Lync never showed anywhere on this desktop, in any window, at any time. */
export function neverShown(w: SimWorld, name: string, computer: string, text: string): void {
  const shown = w.fake.computer(computer).session(w.fake.person(name).windowsUser).desktop.messagesShown;
  assert.ok(!shown.includes(text), `Lync showed ${name} on ${computer} "${text}"`);
}
