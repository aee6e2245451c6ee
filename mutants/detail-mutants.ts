import { asIf, drawing, mapMain, rewriting } from './mutant';

/** Mutants first written for exploration that written scenarios catch, so they joined the suite-strength table. */
export const detailMutants = [
  rewriting(
    'no-clears-the-address',
    'DC-05: answering No to the delete question empties the sign-in address box',
    (before, event, after) =>
      event.type === 'user.click' && event.window === 'confirmDelete' && event.control === 'No'
        ? { ...after, state: { ...after.state, address: '' } }
        : after,
  ),
  rewriting(
    'sign-out-keeps-typed-password',
    'SO-04/FS-07: after Sign Out the typed password stays in memory and in the box',
    (before, event, after) =>
      event.type === 'user.menu' && event.path.join(' > ') === 'File > Sign Out' && after.state.phase === 'signedOut'
        ? { ...after, state: { ...after.state, password: before.password } }
        : after,
  ),
  rewriting(
    'retry-every-20-seconds',
    'NR-01/TE-23: a delayed sign-in retries every 20 seconds instead of 30',
    (_before, _event, after) => ({
      state: after.state,
      effects: after.effects.map((e) => (e.type === 'timer.set' && e.ms === 30_000 ? { ...e, ms: 20_000 } : e)),
    }),
  ),
  rewriting(
    'delete-forgets-typed-password-box',
    'DC-05: after Delete my sign-in info the password box is hidden until Sign In is clicked again',
    (_before, event, after) =>
      event.type === 'user.click' && event.window === 'confirmDelete' && event.control === 'Yes'
        ? { ...after, state: { ...after.state, passwordBox: false } }
        : after,
  ),
  rewriting('options-cancel-applies', 'AS-02/AS-03: Cancel in the Options dialog applies the changes like OK', (before, event, after) =>
    event.type === 'user.click' && event.window === 'options' && event.control === 'Cancel'
      ? asIf(before, { ...event, control: 'OK' })
      : after,
  ),
  rewriting('options-x-applies', 'AS-02/AS-03: closing the Options dialog with its X applies the changes', (before, event, after) =>
    event.type === 'user.closeWindow' && event.window === 'options'
      ? asIf(before, { type: 'user.click', window: 'options', control: 'OK' })
      : after,
  ),
  rewriting(
    'trust-cancel-keeps-signing-in',
    'FS-08/TE-10: Cancel on the trust prompt leaves Lync signing in for ever',
    (before, event, after) =>
      event.type === 'user.click' && event.window === 'trustServer' && event.control === 'Cancel'
        ? { state: { ...before, dialog: null }, effects: [] }
        : after,
  ),
  drawing('presence-stays-available-when-reconnecting', 'NR-07: My presence still reads Available while Lync reconnects', (v, phase) =>
    phase === 'reconnecting' ? mapMain(v, (c) => (c.kind === 'label' && c.name === 'My presence' ? { ...c, text: 'Available' } : c)) : v,
  ),
  drawing('signing-in-as-blank', 'FS-12: the signing-in screen does not say whose address it signs in', (v) =>
    mapMain(v, (c) => (c.kind === 'label' && c.name === 'Signing in as' ? { ...c, text: '' } : c)),
  ),
  drawing('tooltip-without-address', 'SO-02: the notification-area icon says Available but not for which address', (v, phase) =>
    phase === 'signedIn' && v.icon ? { ...v, icon: { ...v.icon, tooltip: 'Lync - Available' } } : v,
  ),
  drawing('dialog-not-in-foreground', 'FS-08/FS-13: a dialog opens behind the main window', (v) => ({
    ...v,
    windows: v.windows.map((w) => (w.id !== 'main' ? { ...w, foreground: false } : w)),
  })),
  rewriting('taskbar-click-hides', 'SO-02: clicking the taskbar button of a shown Lync window hides it', (before, event, after) =>
    event.type === 'user.iconClick' && event.place === 'taskbar' && before.mainWindow === 'shown'
      ? { ...after, state: { ...after.state, mainWindow: 'hidden' } }
      : after,
  ),
  rewriting(
    'save-box-ticks-itself-after-delete',
    'FS-07/DC-05: after Delete my sign-in info "Save my password" shows cleared',
    (_before, event, after) =>
      event.type === 'user.click' && event.window === 'confirmDelete' && event.control === 'Yes'
        ? { ...after, state: { ...after.state, savePassword: false } }
        : after,
  ),
  rewriting('alert-without-text', 'SO-02: the alert of an instant message shows who wrote but not what', (_before, _event, after) => ({
    state: after.state,
    effects: after.effects.map((e) => (e.type === 'desktop.alert' ? { ...e, text: '' } : e)),
  })),
  rewriting('open-lync-item-ignored', 'SO-08: "Open Lync" on the icon menu does not bring the window back', (before, event, after) =>
    event.type === 'user.iconMenu' && event.item === 'Open Lync' ? { state: before, effects: [] } : after,
  ),
  rewriting('lock-hides-the-window', 'SO-02: locking Windows closes the Lync window', (_before, event, after) =>
    event.type === 'os.sessionLocked' && event.locked ? { ...after, state: { ...after.state, mainWindow: 'hidden' } } : after,
  ),
  rewriting(
    'sign-out-clears-save-tick',
    'FS-07/SO-05: after Sign Out "Save my password" shows cleared though Lync still saves',
    (_before, event, after) =>
      event.type === 'user.menu' && event.path.join(' > ') === 'File > Sign Out'
        ? { ...after, state: { ...after.state, savePassword: false } }
        : after,
  ),
  drawing('signed-in-as-in-capitals', 'FS-05: the contacts screen shows the sign-in address in capitals', (v) =>
    mapMain(v, (c) => (c.kind === 'label' && c.name === 'Signed in as' ? { ...c, text: c.text.toUpperCase() } : c)),
  ),
  rewriting(
    'old-message-while-signing-in',
    'FS-12: a message from a failed attempt stays on screen when the user clicks Sign In again',
    (before, event, after) =>
      event.type === 'user.click' && event.window === 'main' && event.control === 'Sign In' && after.state.phase === 'signingIn'
        ? { ...after, state: { ...after.state, message: before.message } }
        : after,
  ),
  rewriting(
    'exit-while-signing-in-keeps-session',
    'SO-07/SO-13: Exit during a sign-in lets the registration complete on the service',
    (before, event, after) =>
      ((event.type === 'user.menu' && event.path.join(' > ') === 'File > Exit') ||
        (event.type === 'user.iconMenu' && event.item === 'Exit')) &&
      before.phase === 'signingIn'
        ? { state: after.state, effects: after.effects.filter((e) => e.type !== 'process.exit') }
        : after,
  ),
  rewriting(
    'message-kept-after-sign-out',
    'SO-04: the last error message stays on the sign-in window after Sign Out',
    (before, event, after) =>
      event.type === 'user.menu' && event.path.join(' > ') === 'File > Sign Out'
        ? { ...after, state: { ...after.state, message: before.message } }
        : after,
  ),
  rewriting('reopen-drops-dialog', 'SO-02: bringing the window back from the icon throws away the open dialog', (_before, event, after) =>
    event.type === 'user.iconClick' && event.place === 'notification area' ? { ...after, state: { ...after.state, dialog: null } } : after,
  ),
  rewriting(
    'lock-forgets-the-typed-address',
    'FS-01: locking Windows empties the sign-in address box of the sign-in window',
    (before, event, after) =>
      event.type === 'os.sessionLocked' && event.locked && before.phase === 'signedOut'
        ? { ...after, state: { ...after.state, address: '' } }
        : after,
  ),
];
