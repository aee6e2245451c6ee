import type { ClientEvent } from '../src/simulator';
import { asIf, isMenu, rewriting, without } from './mutant';

const signOut: ClientEvent = { type: 'user.menu', window: 'main', path: ['File', 'Sign Out'] };
const exit: ClientEvent = { type: 'user.menu', window: 'main', path: ['File', 'Exit'] };

/** Mutants of Close, Sign Out and Exit (SO-). */
export const leavingMutants = [
  rewriting('close-ends-session', 'SO-02: Close signs the user out', (before, event, after) => {
    if (!isMenu(event, 'File > Close')) return after;
    const out = asIf(before, signOut);
    return { state: { ...out.state, mainWindow: 'hidden' }, effects: out.effects };
  }),
  rewriting('x-exits', 'SO-02: the X in the corner exits Lync', (before, event, after) =>
    event.type === 'user.closeWindow' && event.window === 'main' ? asIf(before, exit) : after,
  ),
  rewriting('sign-out-also-exits', 'SO-04: Sign Out shuts the program down', (before, event, after) =>
    isMenu(event, 'File > Sign Out') ? asIf(before, exit) : after,
  ),
  rewriting('exit-leaves-process', 'SO-07: Exit ends the session but the process keeps running', (_before, event, after) =>
    isMenu(event, 'File > Exit')
      ? { state: { ...after.state, phase: 'signedOut' }, effects: after.effects.filter((e) => e.type !== 'process.exit') }
      : after,
  ),
  rewriting('no-alerts-after-close', 'SO-02: no alerts while the window is closed', (before, _event, after) =>
    before.mainWindow === 'hidden' ? without(after, (e) => e.type === 'desktop.alert') : after,
  ),
  rewriting('no-sign-in-window-after-sign-out', 'SO-04: Sign Out leaves no sign-in window', (_before, event, after) =>
    isMenu(event, 'File > Sign Out') ? { ...after, state: { ...after.state, mainWindow: 'hidden' } } : after,
  ),
  rewriting(
    'sign-out-keeps-session',
    'SO-04: Sign Out never tells the service, so colleagues still see the user',
    (_before, event, after) =>
      isMenu(event, 'File > Sign Out') ? without(after, (e) => e.type === 'net.request' && e.request.kind === 'unregister') : after,
  ),
  rewriting('tray-exit-only-signs-out', 'SO-08: Exit on the icon menu only signs out', (before, event, after) =>
    event.type === 'user.iconMenu' && event.item === 'Exit'
      ? asIf(before, { type: 'user.iconMenu', place: event.place, item: 'Sign Out' })
      : after,
  ),
  rewriting('icon-does-not-restore', 'SO-02: clicking the notification-area icon does not bring the window back', (before, event, after) =>
    event.type === 'user.iconClick' && event.place === 'notification area' ? { state: before, effects: [] } : after,
  ),
];
