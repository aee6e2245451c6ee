import type { DesktopAction, DesktopSnapshot, FakeWorld } from '../fakes';
import { Secret } from '../simulator';
import type { DesktopRef, PageAction } from './desktop-api';

/** The fake world as the page sees it: which desktops there are, what each shows, and actions coming back from the page. */

/** Every logged-on Windows session, by computer then user. */
export function listDesktops(world: FakeWorld): DesktopRef[] {
  const refs = [...world.computers.values()].flatMap((c) =>
    [...c.sessions.keys()].map((windowsUser) => ({ computer: c.name, windowsUser })),
  );
  return refs.sort((a, b) => a.computer.localeCompare(b.computer) || a.windowsUser.localeCompare(b.windowsUser));
}

/** The wanted desktop if it is logged on, else the first there is (after a log-off), else none. */
export function pickDesktop(world: FakeWorld, wanted: DesktopRef | null): DesktopRef | null {
  const all = listDesktops(world);
  return all.find((d) => wanted !== null && d.computer === wanted.computer && d.windowsUser === wanted.windowsUser) ?? all[0] ?? null;
}

export function snapshotOf(world: FakeWorld, ref: DesktopRef | null): DesktopSnapshot | null {
  return ref === null ? null : world.os.snapshot(world.computer(ref.computer), ref.windowsUser);
}

/**
 * Turns what the page sent into a desktop action. Text typed into a box the client draws as secret becomes a
 * {@link Secret} again: the world's own secret when it is the same password, else a new one (a wrong password).
 */
export function toDesktopAction(world: FakeWorld, ref: DesktopRef, action: PageAction): DesktopAction {
  if (action.kind !== 'type') return action;
  const snapshot = snapshotOf(world, ref);
  const box = snapshot?.windows.find((w) => w.id === action.window)?.controls.find((c) => c.kind === 'textbox' && c.name === action.field);
  if (!box || box.kind !== 'textbox' || !box.secret) return action;
  return { ...action, text: secretFor(world, action.text) };
}

function secretFor(world: FakeWorld, typed: string): Secret {
  return world.secrets.find((s) => s.reveal() === typed) ?? new Secret(typed, 'a typed password');
}
