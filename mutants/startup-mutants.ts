import { referenceParts } from '../src/runtime/reference-client';
import type { ClientEvent, ClientState } from '../src/simulator';
import { rewriting, without } from './mutant';

/** Mutants of first sign-in, saved passwords and the startup options (FS-, AS-). */
export const startupMutants = [
  rewriting('password-box-at-first-start', 'FS-04: the password box shows before the address is submitted', (_before, event, after) =>
    event.type === 'settings.loaded' || event.type === 'credentials.loaded'
      ? { ...after, state: { ...after.state, passwordBox: true } }
      : after,
  ),
  rewriting('save-off-still-saves', 'FS-07: the password is saved although Save my password is cleared', (_before, _event, after) => ({
    state: after.state,
    effects: after.effects.map((e) =>
      e.type === 'credentials.write' && e.entry.password === null
        ? { ...e, entry: { ...e.entry, password: after.state.password, certificate: after.state.certificate } }
        : e,
    ),
  })),
  rewriting(
    'restart-forgets-saved-password',
    'FS-07/SO-07: a start from the Start menu ignores the saved password',
    (before, event, after) =>
      event.type === 'credentials.loaded' && !before.fromRunKey && event.entry
        ? rewriteLoaded(before, { ...event, entry: { ...event.entry, password: null, certificate: null } })
        : after,
  ),
  rewriting('no-auto-sign-in-at-logon', 'AS-01: the start at Windows logon does not sign in', (before, event, after) =>
    event.type === 'credentials.loaded' && before.fromRunKey ? rewriteLoaded(before, { ...event, entry: null }) : after,
  ),
  rewriting('autostart-option-ignored', 'AS-02: clearing "Automatically start Lync" changes nothing', (_before, _event, after) =>
    without(after, (e) => e.type === 'runEntry.set'),
  ),
  rewriting('foreground-option-ignored', 'AS-03: the main window opens at logon although the option is cleared', (_before, event, after) =>
    event.type === 'credentials.loaded' ? { ...after, state: { ...after.state, mainWindow: 'shown' } } : after,
  ),
];

const rewriteLoaded = (before: ClientState, event: ClientEvent) => referenceParts.transition(before, event);
