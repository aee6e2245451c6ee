import type { Stage } from '../stage';
import { listed, verify } from './mismatch';

/** Questions to the fake world itself: the ground truth, whatever the client says about itself. */

const profileOf = (w: Stage, name: string, computer: string) => w.fake.computer(computer).profile(w.fake.person(name).windowsUser);
const times = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sessionsFrom = (computers: readonly string[]) => (computers.length === 0 ? 'no session' : `sessions from ${listed(computers)}`);

export function lyncProcesses(w: Stage, name: string, computer: string, count: number): void {
  const running = w.fake.computer(computer).running(w.fake.person(name).windowsUser);
  verify(
    `${name}'s processes on ${computer}`,
    running.length,
    (t) => t.to.equal(count),
    () => ({
      expected: `${times(count, 'lync.exe process', 'lync.exe processes')} running`,
      found: `${times(running.length, 'lync.exe process', 'lync.exe processes')} running${running.length ? ` (pid ${running.map((p) => p.pid).join(', ')})` : ''}`,
    }),
  );
}

export function processRunning(w: Stage, name: string, computer: string, running: boolean): void {
  lyncProcesses(w, name, computer, running ? 1 : 0);
}

export function signedInFrom(w: Stage, name: string, computer: string | null): void {
  const from = w.fake.service.sessionsOf(w.fake.person(name).address).map((s) => s.computer);
  const subject = `Lync Online, for ${name}`;
  if (computer === null)
    verify(
      subject,
      from,
      (t) => t.to.deep.equal([]),
      (f) => ({ expected: 'the service holds no session', found: `it holds ${sessionsFrom(f)}` }),
    );
  else
    verify(
      subject,
      from,
      (t) => t.to.include(computer),
      (f) => ({
        expected: `the service holds a session from ${computer}`,
        found: `it holds ${sessionsFrom(f)}`,
      }),
    );
}

export function sessionOfPerson(w: Stage, name: string, signedIn: boolean): void {
  const from = w.fake.service.sessionsOf(w.fake.person(name).address).map((s) => s.computer);
  verify(
    `Lync Online, for ${name}`,
    from.length > 0,
    (t) => t.to.equal(signedIn),
    () => ({
      expected: signedIn ? 'the service holds a session' : 'the service holds no session',
      found: `it holds ${sessionsFrom(from)}`,
    }),
  );
}

export function noSessionFrom(w: Stage, name: string, computer: string): void {
  const from = w.fake.service.sessionsOf(w.fake.person(name).address).map((s) => s.computer);
  verify(
    `Lync Online, for ${name}`,
    from,
    (t) => t.to.not.include(computer),
    (f) => ({
      expected: `the service holds no session from ${computer}`,
      found: `it holds ${sessionsFrom(f)}`,
    }),
  );
}

export function sessionCount(w: Stage, name: string, count: number): void {
  const from = w.fake.service.sessionsOf(w.fake.person(name).address).map((s) => s.computer);
  verify(
    `Lync Online, for ${name}`,
    from.length,
    (t) => t.to.equal(count),
    () => ({
      expected: `the service holds ${times(count, 'session')}`,
      found: `it holds ${sessionsFrom(from)}`,
    }),
  );
}

export function processesEverStarted(w: Stage, name: string, computer: string, count: number): void {
  const user = w.fake.person(name).windowsUser;
  const started = w.fake.computer(computer).processes.filter((p) => p.windowsUser === user).length;
  verify(
    `${name}'s processes on ${computer}`,
    started,
    (t) => t.to.equal(count),
    (n) => ({
      expected: `lync.exe started ${times(count, 'time')}`,
      found: `lync.exe started ${times(n, 'time')}`,
    }),
  );
}

type CachePart = 'password' | 'certificate' | 'endpoint' | 'entry';
export function cacheHolds(w: Stage, holder: string, computer: string, whose: string, part: CachePart, holds: boolean): void {
  const entry = profileOf(w, holder, computer).cache.peek(w.fake.person(whose).address);
  const value = part === 'entry' ? entry : (entry?.[part] ?? null);
  const what = part === 'entry' ? `an entry for ${whose}` : `${whose}'s ${part}`;
  verify(
    `${holder}'s credential cache on ${computer}`,
    value !== null,
    (t) => t.to.equal(holds),
    (a) => ({
      expected: `it ${holds ? 'holds' : 'holds no'} ${what}`,
      found: `it ${a ? 'holds' : 'holds no'} ${what}`,
    }),
  );
}

export function cacheWasRead(w: Stage, name: string, computer: string): void {
  const ops = profileOf(w, name, computer).cache.operations.calls.map((c) => c.op);
  verify(
    `${name}'s credential cache on ${computer}`,
    ops,
    (t) => t.to.include('read'),
    (o) => ({
      expected: 'Lync read it',
      found: `Lync did ${listed([...new Set(o)], 'nothing with it')}`,
    }),
  );
}

export function runEntry(w: Stage, name: string, computer: string, present: boolean): void {
  const has = profileOf(w, name, computer).runEntries.has('Lync');
  verify(
    `${name}'s Run entries on ${computer}`,
    has,
    (t) => t.to.equal(present),
    (a) => ({
      expected: present ? 'they hold Lync' : 'they do not hold Lync',
      found: a ? 'they hold Lync' : 'they do not hold Lync',
    }),
  );
}

export function requestsSent(w: Stage, name: string, computer: string, withinMs: number, count: number): void {
  const since = w.fake.clock.elapsed() - withinMs;
  const user = w.fake.person(name).windowsUser;
  const sent = w.fake.network
    .sentFrom(computer, user)
    .filter((r) => r.at >= since)
    .map((r) => r.kind);
  verify(
    `${name}'s Lync on ${computer}, since +${since} ms`,
    sent.length,
    (t) => t.to.equal(count),
    () => ({
      expected: `it sent ${times(count, 'request')}`,
      found: `it sent ${times(sent.length, 'request')}${sent.length ? `: ${sent.join(', ')}` : ''}`,
    }),
  );
}

export function dnsLookedUp(w: Stage, name: string): void {
  const names = w.fake.dns.namesLookedUp();
  verify(
    'DNS',
    names,
    (t) => t.to.include(name.toLowerCase()),
    (n) => ({
      expected: `a lookup of ${name}`,
      found: `lookups of ${listed(n)}`,
    }),
  );
}

/** FS-10: every name that went to DNS, in order, as the fake DNS server saw them. */
export function dnsLookupsWere(w: Stage, expected: readonly string[]): void {
  const shown = (n: readonly string[]) => `lookups of ${listed(n, 'no name')}`;
  verify(
    'DNS',
    w.fake.dns.namesLookedUp(),
    (t) => t.to.deep.equal(expected.map((n) => n.toLowerCase())),
    (n) => ({ expected: shown(expected), found: shown(n) }),
  );
}

/** FS-09: the first lookup of one name came before the first lookup of the other. */
export function dnsLookedUpBefore(w: Stage, first: string, then: string): void {
  const names = w.fake.dns.namesLookedUp();
  const at = (name: string) => names.indexOf(name.toLowerCase());
  verify(
    'DNS',
    names,
    (t) => t.to.satisfy(() => at(first) >= 0 && at(then) > at(first)),
    (n) => ({
      expected: `a lookup of ${first}, then one of ${then}`,
      found: `lookups of ${listed(n)}`,
    }),
  );
}

/** The Microsoft Online Services Sign-in Assistant service's state on a computer, as services.msc shows it. */
export function signInAssistantState(w: Stage, computer: string, state: 'Running' | 'Stopped'): void {
  const assistant = w.fake.computer(computer).signInAssistant;
  verify(
    `the Microsoft Online Services Sign-in Assistant service on ${computer}`,
    assistant.state,
    (t) => t.to.equal(state),
    (found) => ({
      expected: state,
      found: `${found} (startup type ${assistant.startupType})`,
    }),
  );
}

/** Programs and Features on a computer: whether the Sign-In Assistant is there, and whether its version is current. */
export function signInAssistantInstalled(w: Stage, computer: string, expected: 'not installed' | 'up to date'): void {
  const assistant = w.fake.computer(computer).signInAssistant;
  const found = !assistant.installed ? 'not installed' : assistant.outOfDate ? `out of date (${assistant.version})` : 'up to date';
  verify(
    `the Microsoft Online Services Sign-in Assistant in Programs and Features on ${computer}`,
    found,
    (t) => t.to.equal(expected),
    (f) => ({ expected, found: assistant.installed ? `${f}, version ${assistant.version}` : f }),
  );
}

/** S13: HKEY_USERS\.DEFAULT\Software\Microsoft\MSOIdentityCRL\ClockSkew on a computer, or its absence. */
export function clockSkewValue(w: Stage, computer: string, seconds: number | null): void {
  const value = w.fake.computer(computer).signInAssistant.clockSkewSeconds;
  verify(
    `HKEY_USERS\\.DEFAULT\\Software\\Microsoft\\MSOIdentityCRL on ${computer}`,
    value,
    (t) => t.to.equal(seconds),
    (v) => ({
      expected: seconds === null ? 'no ClockSkew value' : `ClockSkew = ${seconds}`,
      found: v === null ? 'no ClockSkew value' : `ClockSkew = ${v}`,
    }),
  );
}

export function signInTries(w: Stage, name: string, computer: string, withinMs: number, count: number): void {
  const since = w.fake.clock.elapsed() - withinMs;
  const user = w.fake.person(name).windowsUser;
  // FS-09: each try starts with a lookup of the first name to try; the names it falls back to are the same try.
  const discovers = w.fake.network.sent.where(
    (r) => r.at >= since && r.computer === computer && r.windowsUser === user && r.kind === 'discover',
  );
  const tries = discovers.filter((r) => r.host === discovers[0]?.host).length;
  verify(
    `${name}'s Lync on ${computer}, since +${since} ms`,
    tries,
    (t) => t.to.equal(count),
    (n) => ({
      expected: `it tried to sign in ${times(count, 'time')}`,
      found: `it tried to sign in ${times(n, 'time')}`,
    }),
  );
}

export function dialogsShown(w: Stage, name: string, computer: string, id: string, count: number): void {
  const shown = w.fake
    .computer(computer)
    .session(w.fake.person(name).windowsUser)
    .desktop.dialogsShown.filter((d) => d === id).length;
  verify(
    `${name}'s desktop on ${computer}`,
    shown,
    (t) => t.to.equal(count),
    (n) => ({
      expected: `the ${id} dialog opened ${times(count, 'time')}`,
      found: `it opened ${times(n, 'time')}`,
    }),
  );
}

export function screensInOrder(w: Stage, name: string, computer: string, screens: string[]): void {
  const shown = w.fake.computer(computer).session(w.fake.person(name).windowsUser).desktop.screensShown;
  verify(
    `${name}'s desktop on ${computer}`,
    shown,
    (t) => t.to.deep.equal(screens),
    (s) => ({
      expected: `Lync showed the screens ${listed(screens)}, in that order`,
      found: `it showed ${listed(s)}`,
    }),
  );
}
