import { lyncPaths } from '../../fakes';
import type { Stage } from '../stage';
import { listed, verify } from './mismatch';

/** Ground truth about the evidence Lync leaves on a computer (DC-09, DC-11, FS-14) and what it shows for policies. */

const profileOf = (w: Stage, name: string, computer: string) => w.fake.computer(computer).profile(w.fake.person(name).windowsUser);
const there = (present: boolean) => (present ? 'is there' : 'is not there');

type Place = 'sipFolder' | 'registryKey' | 'certificate';
export function artefact(w: Stage, name: string, computer: string, place: Place, present: boolean, of?: string): void {
  const address = of ?? w.fake.person(name).address;
  const where = {
    sipFolder: lyncPaths.sipFolder(address),
    registryKey: lyncPaths.registryKey(address),
    certificate: 'the personal certificate store entry',
  };
  const found = profileOf(w, name, computer).cache.artefacts(address)[place];
  verify(
    `${name}'s profile on ${computer}`,
    found,
    (t) => t.to.equal(present),
    (f) => ({
      expected: `${where[place]} ${there(present)}`,
      found: `it ${there(f)}`,
    }),
  );
}

export function tracingFolder(w: Stage, name: string, computer: string, present: boolean): void {
  const found = profileOf(w, name, computer).files.tracing !== null;
  verify(
    `${name}'s profile on ${computer}`,
    found,
    (t) => t.to.equal(present),
    (f) => ({
      expected: `${lyncPaths.tracing} ${there(present)}`,
      found: `it ${there(f)}`,
    }),
  );
}

export function accountProfiles(w: Stage, name: string, computer: string, present: boolean): void {
  const found = profileOf(w, name, computer).files.accountProfiles !== null;
  verify(
    `${name}'s profile on ${computer}`,
    found,
    (t) => t.to.equal(present),
    (f) => ({
      expected: `${lyncPaths.accountProfiles} ${there(present)}`,
      found: `it ${there(f)}`,
    }),
  );
}

/** FS-14: the client's own log names the failure by its code. */
export function logRecords(w: Stage, name: string, computer: string, code: string): void {
  const lines = profileOf(w, name, computer).files.tracing ?? [];
  const address = w.fake.person(name).address;
  const recorded = lines.some((l) => l.includes(address) && l.endsWith(`: ${code}`));
  verify(
    `the Lync log of ${name} on ${computer}`,
    recorded,
    (t) => t.to.equal(true),
    () => ({
      expected: `it records "${code}" for ${address}`,
      found: `it holds ${listed(lines, 'no line')}`,
    }),
  );
}

export function noLog(w: Stage, name: string, computer: string): void {
  const lines = profileOf(w, name, computer).files.tracing ?? [];
  verify(
    `the Lync log of ${name} on ${computer}`,
    lines,
    (t) => t.to.deep.equal([]),
    (l) => ({
      expected: 'it holds no line',
      found: `it holds ${listed(l)}`,
    }),
  );
}

/** FS-14: failure logs that reached Microsoft, with their failure codes. */
export function uploaded(w: Stage, name: string, codes: readonly string[]): void {
  const address = w.fake.person(name).address;
  const got = w.fake.network.uploadedLogs.where((u) => u.address === address).map((u) => u.failure);
  verify(
    `sign-in failure logs of ${name} uploaded to Microsoft`,
    got,
    (t) => t.to.deep.equal(codes),
    (g) => ({
      expected: `logs for ${listed(codes, 'no failure')}`,
      found: `logs for ${listed(g, 'no failure')}`,
    }),
  );
}

export function connectionSaved(w: Stage, name: string, computer: string, mode: 'automatic' | 'manual', server: string): void {
  const c = profileOf(w, name, computer).connection;
  const saved = { mode: c.mode, internal: c.internalServer, external: c.externalServer };
  const say = (s: { mode: string; internal: string | null; external: string | null }) =>
    `${s.mode} configuration, internal server ${s.internal ?? 'none'}, external server ${s.external ?? 'none'}`;
  verify(
    `Advanced Connection Settings in the registry of ${name} on ${computer}`,
    saved,
    (t) => t.to.deep.equal({ mode, internal: server, external: server }),
    (s) => ({
      expected: say({ mode, internal: server, external: server }),
      found: say(s),
    }),
  );
}

/** AS-08: "Save my password" is shown greyed out and cleared. */
export async function savePasswordUnavailable(w: Stage, name: string, computer: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(name).windowsUser);
  const box = snap.windows.find((x) => x.id === 'main')?.controls.find((c) => c.name === 'Save my password');
  const state = box?.kind === 'checkbox' ? { checked: box.checked, disabled: box.disabled === true } : null;
  const say = (s: { checked: boolean; disabled: boolean }) =>
    `"Save my password" is ${s.disabled ? 'greyed out' : 'available'} and ${s.checked ? 'ticked' : 'cleared'}`;
  verify(
    `${name} on ${computer}`,
    state,
    (t) => t.to.deep.equal({ checked: false, disabled: true }),
    (s) => ({
      expected: say({ checked: false, disabled: true }),
      found: s ? say(s) : 'the Lync window has no "Save my password" box',
    }),
  );
}

export function processesEverStarted(w: Stage, name: string, computer: string, atLeast: number): void {
  const user = w.fake.person(name).windowsUser;
  const n = w.fake.computer(computer).processes.filter((p) => p.windowsUser === user).length;
  verify(
    `${name}'s processes on ${computer}`,
    n,
    (t) => t.to.be.at.least(atLeast),
    () => ({
      expected: `lync.exe started at least ${atLeast} times`,
      found: `it started ${n} times`,
    }),
  );
}

export function notLookedUp(w: Stage, name: string): void {
  const names = w.fake.dns.namesLookedUp();
  verify(
    'DNS',
    names,
    (t) => t.to.not.include(name.toLowerCase()),
    (n) => ({
      expected: `no lookup of ${name}`,
      found: `lookups of ${listed(n)}`,
    }),
  );
}

/** MU-06: after a switch of Lync user, the window shows the new user's information only. */
export async function showsOnly(w: Stage, owner: string, computer: string, whose: string, other: string): Promise<void> {
  const snap = await w.driver.observe(computer, w.fake.person(owner).windowsUser);
  const labels = (snap.windows.find((x) => x.id === 'main')?.controls ?? []).flatMap((c) => (c.kind === 'label' ? [c.text] : []));
  const address = w.fake.person(whose).address;
  const stale = w.fake.person(other).address;
  verify(
    `${owner}'s Lync on ${computer}`,
    labels,
    (t) => t.to.include(address),
    (l) => ({
      expected: `it shows ${address}`,
      found: `it shows ${listed(l)}`,
    }),
  );
  verify(
    `${owner}'s Lync on ${computer}`,
    labels.filter((l) => l.includes(stale)),
    (t) => t.to.deep.equal([]),
    (l) => ({
      expected: `nothing of ${stale}`,
      found: `it still shows ${listed(l)}`,
    }),
  );
}

/** DC-01/MU-06: the sip_ folder of one address inside another person's Windows profile. */
export function sipFolderOfIn(w: Stage, whose: string, owner: string, computer: string): void {
  const address = w.fake.person(whose).address;
  const found = profileOf(w, owner, computer).cache.artefacts(address).sipFolder;
  verify(
    `${owner}'s profile on ${computer}`,
    found,
    (t) => t.to.equal(true),
    () => ({
      expected: `${lyncPaths.sipFolder(address)} is there`,
      found: 'it is not there',
    }),
  );
}

/** TE-11: a message Lync never showed anywhere on this desktop, in any window, at any time. */
export function neverShown(w: Stage, name: string, computer: string, text: string): void {
  const shown = w.fake.computer(computer).session(w.fake.person(name).windowsUser).desktop.messagesShown;
  verify(
    `${name}'s desktop on ${computer}`,
    shown,
    (t) => t.to.not.include(text),
    () => ({
      expected: `Lync never showed "${text}"`,
      found: 'Lync showed it',
    }),
  );
}

/**
 * KB 2537764, DC-08: what still names an address on the computer after it changed: the registry key of the cache
 * entry and the sip_ folder, both named after the address.
 */
export function artefactsOf(w: Stage, name: string, computer: string, address: string, present: boolean): void {
  artefact(w, name, computer, 'registryKey', present, address);
  artefact(w, name, computer, 'sipFolder', present, address);
}

/** The sign-in address Lync saved in the user's settings, which the sign-in screen shows at its next start. */
export function savedSignInAddress(w: Stage, name: string, computer: string, address: string): void {
  const found = profileOf(w, name, computer).lyncSettings?.signInAddress ?? '(no Lync settings)';
  verify(
    `the sign-in address saved for ${name} on ${computer}`,
    found,
    (t) => t.to.equal(address.toLowerCase()),
    (f) => ({ expected: address.toLowerCase(), found: f }),
  );
}
