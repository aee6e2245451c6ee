import { asIf, drawing, mapMain, rewriting, type Mutant } from './mutant';

/**
 * Mutants every written scenario passes and only exploration catches (see `explorationMutants` in index.ts).
 * Each breaks a documented behaviour no scenario happens to look at.
 */
export const explorationOnlyMutants: readonly Mutant[] = [
  drawing(
    'save-box-unticked-after-failure',
    'FS-07: after a failed sign-in "Save my password" shows cleared though Lync will save it',
    (v, phase) =>
      phase === 'signedOut'
        ? mapMain(v, (c) =>
            c.kind === 'checkbox' && c.name === 'Save my password' && v.windows.some((w) => w.controls.some((x) => x.name === 'Message'))
              ? { ...c, checked: false }
              : c,
          )
        : v,
  ),
  rewriting(
    'typing-address-keeps-message',
    'FS-03: typing a new sign-in address leaves the old error message on screen',
    (before, event, after) =>
      event.type === 'user.type' && event.field === 'Sign-in address'
        ? { ...after, state: { ...after.state, message: before.message } }
        : after,
  ),
  drawing('main-behind-when-signed-in', 'AS-03: once signed in, the Lync window is drawn behind other windows', (v, phase) =>
    phase === 'signedIn' ? { ...v, windows: v.windows.map((w) => (w.id === 'main' ? { ...w, foreground: false } : w)) } : v,
  ),
  rewriting('unlock-shows-the-window', 'SO-02: unlocking Windows brings back a Lync window the user had closed', (_before, event, after) =>
    event.type === 'os.sessionLocked' && !event.locked ? { ...after, state: { ...after.state, mainWindow: 'shown' } } : after,
  ),
  rewriting(
    'unlock-retries-at-once',
    'NR-01: unlocking Windows starts a new sign-in attempt at once instead of keeping the schedule',
    (before, event, after) =>
      event.type === 'os.sessionLocked' &&
      !event.locked &&
      (before.phase === 'reconnecting' || before.phase === 'signingIn') &&
      before.dialog === null
        ? asIf(before, { type: 'os.networkChanged', online: true })
        : after,
  ),
  rewriting(
    'typing-a-password-clears-the-message',
    'FS-13/TE-07: typing a password wipes the error message before the next attempt',
    (_before, event, after) =>
      event.type === 'user.type' && event.window === 'main' && event.field === 'Password'
        ? { ...after, state: { ...after.state, message: null } }
        : after,
  ),
  rewriting(
    'confirm-x-clears-the-address',
    'DC-05: closing the delete question with its X empties the sign-in address box',
    (before, event, after) =>
      event.type === 'user.closeWindow' && event.window === 'confirmDelete' ? { ...after, state: { ...after.state, address: '' } } : after,
  ),
  rewriting(
    'delete-keeps-the-message',
    'DC-03: the last error message stays on screen after Delete my sign-in info',
    (before, event, after) =>
      event.type === 'user.click' && event.window === 'confirmDelete' && event.control === 'Yes'
        ? { ...after, state: { ...after.state, message: before.message } }
        : after,
  ),
  rewriting(
    'lock-forgets-the-typed-password',
    'FS-02: locking Windows empties the Password box of the sign-in window',
    (before, event, after) =>
      event.type === 'os.sessionLocked' && event.locked && before.phase === 'signedOut'
        ? { ...after, state: { ...after.state, password: null } }
        : after,
  ),
  rewriting(
    'unlock-clears-the-message',
    'TE-01: unlocking Windows takes the last error message off the sign-in window',
    (before, event, after) =>
      event.type === 'os.sessionLocked' && !event.locked && before.phase === 'signedOut'
        ? { ...after, state: { ...after.state, message: null } }
        : after,
  ),
  rewriting(
    'lock-unticks-save-my-password',
    'FS-07: locking Windows clears "Save my password" on the sign-in window',
    (before, event, after) =>
      event.type === 'os.sessionLocked' && event.locked && before.phase === 'signedOut'
        ? { ...after, state: { ...after.state, savePassword: false } }
        : after,
  ),
  rewriting(
    'lock-closes-the-dialog',
    'SO-02: locking Windows throws away a dialog that was waiting for an answer',
    (_before, event, after) =>
      event.type === 'os.sessionLocked' && event.locked ? { ...after, state: { ...after.state, dialog: null } } : after,
  ),
  rewriting(
    'unlock-forgets-the-typed-password',
    'FS-02: unlocking Windows empties the Password box of the sign-in window',
    (before, event, after) =>
      event.type === 'os.sessionLocked' && !event.locked && before.phase === 'signedOut'
        ? { ...after, state: { ...after.state, password: null } }
        : after,
  ),
];
