import type { FakeWorld } from '../fake-world';
import type { NetworkName } from '../network';
import { resume, suspend } from '../process-delivery';

/**
 * The Windows session lifecycle beyond logon and log-off: sleep and resume, shut down and restart, fast user switching.
 * Each is made of what Windows really does to a running Lync: the session locks, the network goes and comes back,
 * every user is logged off, another session opens while the first stays.
 */

/**
 * Sleep keeps memory powered; hibernation writes it to disk and powers off. To a running program they are the same:
 * it stops, and goes on from where it was when the computer resumes.
 */
export type PowerSaving = 'sleep' | 'hibernate';

const networkBeforeSleep = new WeakMap<object, NetworkName>();

/**
 * The computer sleeps: Windows locks every session (a password is asked on wake-up), then every program stops
 * running, then the network goes. Nothing a sleeping Lync would do happens: no timer of it fires, no event reaches
 * it; they wait for the wake-up (process-delivery.ts).
 */
export async function sleep(world: FakeWorld, computerName: string, how: PowerSaving = 'sleep'): Promise<void> {
  const computer = world.computer(computerName);
  if (computer.network === 'offline' && networkBeforeSleep.has(computer)) return;
  world.timeline.record(how === 'sleep' ? `${computerName} goes to sleep` : `${computerName} hibernates`);
  for (const session of [...computer.sessions.values()]) if (!session.locked) await world.os.setLocked(computer, session.windowsUser, true);
  await world.settle();
  for (const p of computer.processes.filter((x) => x.running)) suspend(p);
  networkBeforeSleep.set(computer, computer.network);
  await world.setNetwork(computerName, 'offline');
}

/**
 * The computer resumes: the network it had comes back, then each program runs again and is handed, in order, what
 * waited for it (the network going and coming back, each timer that fell due, once). Sessions stay locked until their
 * users unlock them.
 */
export async function wake(world: FakeWorld, computerName: string, how: PowerSaving = 'sleep'): Promise<void> {
  const computer = world.computer(computerName);
  const network = networkBeforeSleep.get(computer);
  if (network === undefined) throw new Error(`${computerName} is not asleep; add "When ${computerName} goes to sleep" first`);
  networkBeforeSleep.delete(computer);
  world.timeline.record(how === 'sleep' ? `${computerName} wakes up` : `${computerName} resumes from hibernation`);
  await world.setNetwork(computerName, network);
  for (const p of computer.processes.filter((x) => x.running && x.suspended !== undefined)) {
    world.timeline.record(`Lync (process ${p.pid}) of ${world.timeline.name(p.windowsUser)} on ${computerName} runs again`);
    await resume(p);
  }
}

/** Shut down: Windows logs off every user (each Lync exits, or is ended), then the computer is off the network. */
export async function shutDown(world: FakeWorld, computerName: string): Promise<void> {
  const computer = world.computer(computerName);
  world.timeline.record(`${computerName} shuts down`);
  for (const user of [...computer.sessions.keys()]) await world.os.logOff(computer, user);
  networkBeforeSleep.set(computer, computer.network === 'offline' ? 'organization' : computer.network);
  await world.setNetwork(computerName, 'offline');
}

/** The computer starts again, on the network it had; nobody is logged on yet. */
export async function startUp(world: FakeWorld, computerName: string): Promise<void> {
  const computer = world.computer(computerName);
  const network = networkBeforeSleep.get(computer) ?? 'organization';
  networkBeforeSleep.delete(computer);
  world.timeline.record(`${computerName} starts`);
  computer.signInAssistant.computerStarted();
  await world.setNetwork(computerName, network);
}

/**
 * Fast user switching: the current user's session stays, locked (its programs go on running), and the other user's
 * session opens (logon) or comes back (unlock).
 */
export async function switchUser(world: FakeWorld, computerName: string, toWindowsUser: string): Promise<void> {
  const computer = world.computer(computerName);
  world.timeline.record(`Switch user on ${computerName} to ${toWindowsUser}`);
  for (const session of [...computer.sessions.values()])
    if (session.windowsUser !== toWindowsUser && !session.locked) await world.os.setLocked(computer, session.windowsUser, true);
  await world.settle();
  if (computer.sessions.has(toWindowsUser)) await world.os.setLocked(computer, toWindowsUser, false);
  else await world.os.logOn(computer, toWindowsUser);
}
