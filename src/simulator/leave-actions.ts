import type { ClientEffect } from './client-effect';
import type { ClientState } from './client-state';
import { retryTimer, hasSavedCredentials } from './sign-in-flow';
import { exchangeRetryTimer } from './exchange-connection';
import { followedBy, moved, result, stay, type StepResult } from './step-result';
import { closeConversation } from './conversation';
import { presenceAfterSignOut } from './presence/presence-actions';

/** SO-02: Close (File > Close or the X) hides the display; the session and the process go on. */
export const close = (state: ClientState): StepResult => stay({ ...state, mainWindow: 'hidden', dialog: null });

/** Brings the main window back (taskbar or notification-area icon). */
export const reopen = (state: ClientState): StepResult => stay({ ...state, mainWindow: 'shown' });

const endSession = (state: ClientState): ClientEffect[] => {
  const effects: ClientEffect[] = [{ type: 'timer.clear', name: retryTimer }];
  if (state.exchange.trouble === 'unreachable') effects.push({ type: 'timer.clear', name: exchangeRetryTimer });
  if (state.session !== null) {
    effects.push({
      type: 'net.request',
      requestId: state.nextRequestId,
      request: { kind: 'unregister', host: state.session.endpoint, sessionId: state.session.id },
    });
  }
  return effects;
};

/** SO-04/SO-13: Sign Out ends the session (or cancels a sign-in); the program stays and shows the sign-in window. */
export function signOut(state: ClientState): StepResult {
  if (state.phase !== 'signedIn' && state.phase !== 'signingIn' && state.phase !== 'reconnecting') return stay(state);
  // An open conversation ends with the session, as when its window is closed.
  if (state.conversation) return followedBy(closeConversation(state), signOut);
  const next = moved(
    {
      ...state,
      session: null,
      attempt: null,
      certificate: null,
      dialog: null,
      message: null,
      password: null,
      mainWindow: 'shown',
      passwordBox: !hasSavedCredentials(state),
      nextRequestId: state.nextRequestId + 1,
    },
    'user signs out',
  );
  return presenceAfterSignOut(result(next, ...endSession(state), { type: 'settings.write', patch: { signedOutByUser: true } }));
}

/** SO-07: Exit ends the session and the process (transition never passes an exited state on). */
export function exit(state: ClientState, cause: 'user exits' | 'Windows user logs off'): StepResult {
  if (state.conversation) return followedBy(closeConversation(state), (s) => exit(s, cause));
  const next = moved({ ...state, session: null, attempt: null, dialog: null, mainWindow: 'hidden' }, cause);
  return presenceAfterSignOut(result(next, ...endSession(state), { type: 'process.exit' }));
}

/** DC-02/DC-03: removes this sign-in address's cache entry (password, certificate, endpoint), nobody else's. */
export function deleteSignInInfo(state: ClientState): StepResult {
  const keepAddress = state.config.assumptions.addressKeptAfterDelete;
  const next: ClientState = {
    ...state,
    dialog: null,
    saved: null,
    userName: null,
    certificate: null,
    passwordBox: true,
    message: null,
    address: keepAddress ? state.address : '',
  };
  const effects: ClientEffect[] = [{ type: 'credentials.delete', address: state.address }];
  if (!keepAddress) effects.push({ type: 'settings.write', patch: { signInAddress: '' } });
  return result(next, ...effects);
}
