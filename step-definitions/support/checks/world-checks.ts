import assert from 'node:assert/strict';
import type { SimWorld } from '../sim-world';

/** Questions to the fake world itself: the ground truth, whatever the client says about itself. */

const profileOf = (w: SimWorld, name: string, computer: string) => w.fake.computer(computer).profile(w.fake.person(name).windowsUser);

export function lyncProcesses(w: SimWorld, name: string, computer: string, count: number): void {
  const running = w.fake.computer(computer).running(w.fake.person(name).windowsUser);
  assert.equal(running.length, count, `lync.exe processes of ${name} on ${computer}: ${running.map((p) => p.pid).join(', ') || 'none'}`);
}

export function processRunning(w: SimWorld, name: string, computer: string, running: boolean): void {
  lyncProcesses(w, name, computer, running ? 1 : 0);
}

export function signedInFrom(w: SimWorld, name: string, computer: string | null): void {
  const sessions = w.fake.service.sessionsOf(w.fake.person(name).address);
  if (computer === null)
    assert.deepEqual(
      sessions.map((s) => s.computer),
      [],
      `the service should hold no session for ${name}`,
    );
  else
    assert.ok(
      sessions.some((s) => s.computer === computer),
      `the service holds no session for ${name} from ${computer}; sessions: ${JSON.stringify(sessions)}`,
    );
}

export function sessionOfPerson(w: SimWorld, name: string, signedIn: boolean): void {
  const count = w.fake.service.sessionsOf(w.fake.person(name).address).length;
  assert.equal(count > 0, signedIn, `service sessions of ${name}: ${count}`);
}

export function noSessionFrom(w: SimWorld, name: string, computer: string): void {
  const from = w.fake.service.sessionsOf(w.fake.person(name).address).filter((s) => s.computer === computer);
  assert.equal(from.length, 0, `sessions of ${name} from ${computer}`);
}

export function sessionCount(w: SimWorld, name: string, count: number): void {
  assert.equal(w.fake.service.sessionsOf(w.fake.person(name).address).length, count, `service sessions of ${name}`);
}

export function processesEverStarted(w: SimWorld, name: string, computer: string, count: number): void {
  const user = w.fake.person(name).windowsUser;
  assert.equal(
    w.fake.computer(computer).processes.filter((p) => p.windowsUser === user).length,
    count,
    `lync.exe processes ever started for ${name} on ${computer}`,
  );
}

type CachePart = 'password' | 'certificate' | 'endpoint' | 'entry';
export function cacheHolds(w: SimWorld, holder: string, computer: string, whose: string, part: CachePart, holds: boolean): void {
  const entry = profileOf(w, holder, computer).cache.peek(w.fake.person(whose).address);
  const value = part === 'entry' ? entry : (entry?.[part] ?? null);
  assert.equal(value !== null, holds, `${holder}'s credential cache on ${computer}: ${part} of ${whose}`);
}

export function cacheWasRead(w: SimWorld, name: string, computer: string): void {
  assert.ok(
    profileOf(w, name, computer).cache.operations.calls.some((c) => c.op === 'read'),
    `Lync never read ${name}'s credential cache on ${computer}`,
  );
}

export function runEntry(w: SimWorld, name: string, computer: string, present: boolean): void {
  assert.equal(profileOf(w, name, computer).runEntries.has('Lync'), present, `Lync in ${name}'s Run entries on ${computer}`);
}

export function requestsSent(w: SimWorld, name: string, computer: string, withinMs: number, count: number): void {
  const since = w.fake.clock.elapsed() - withinMs;
  const user = w.fake.person(name).windowsUser;
  const sent = w.fake.network.sent.where((r) => r.at >= since && r.computer === computer && r.windowsUser === user);
  assert.equal(
    sent.length,
    count,
    `requests sent by ${name}'s Lync on ${computer} since +${since} ms: ${sent.map((r) => r.kind).join(', ')}`,
  );
}

export function dnsLookedUp(w: SimWorld, name: string): void {
  assert.ok(
    w.fake.dns.lookups.calls.some((l) => l.name === name.toLowerCase()),
    `no DNS lookup of ${name}; lookups: ${w.fake.dns.lookups.calls.map((l) => l.name).join(', ')}`,
  );
}

export function signInTries(w: SimWorld, name: string, computer: string, withinMs: number, count: number): void {
  const since = w.fake.clock.elapsed() - withinMs;
  const user = w.fake.person(name).windowsUser;
  const tries = w.fake.network.sent.where(
    (r) => r.at >= since && r.computer === computer && r.windowsUser === user && r.kind === 'discover',
  );
  assert.equal(tries.length, count, `sign-in attempts by ${name}'s Lync on ${computer} since +${since} ms`);
}

export function dialogsShown(w: SimWorld, name: string, computer: string, id: string, count: number): void {
  const shown = w.fake
    .computer(computer)
    .session(w.fake.person(name).windowsUser)
    .desktop.dialogsShown.filter((d) => d === id);
  assert.equal(shown.length, count, `times the ${id} dialog opened for ${name} on ${computer}`);
}

export function screensInOrder(w: SimWorld, name: string, computer: string, screens: string[]): void {
  const shown = w.fake.computer(computer).session(w.fake.person(name).windowsUser).desktop.screensShown;
  assert.deepEqual(shown, screens, `screens ${name} saw on ${computer}`);
}
