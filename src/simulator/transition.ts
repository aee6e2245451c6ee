import type { ClientEvent, UserEvent } from './client-event';
import type { LoadedSettings } from './client-settings';
import { defaultAdminSettings, effectivePolicy, type AdminSettings } from './administration';
import { passwordSavingAllowed } from './policy-effects';
import type { ClientState } from './client-state';
import { close, exit, reopen, signOut } from './leave-actions';
import { onDialog } from './dialog-actions';
import { configurationLabels, openConfigurationInformation } from './configuration-information';
import { beginAttempt, onResponse, retryTimer, signsInUntyped } from './sign-in-flow';
import { exchangeRetryFired, exchangeRetryTimer } from './exchange-connection';
import { followedBy, moved, result, stay, type StepResult } from './step-result';
import { clientMessages } from './client-messages';
import { choosePresence, onContactPresence, onInput, onLock, onPresenceTimer, presenceAfterSignOut } from './presence/presence-actions';
import { awayTimer, idleTimer } from './presence/presence-types';
import { presenceMenuName } from './presence/presence-view';
import { minimize, minimizeButton, optionsDialog } from './general-options';
import { addContact, contactLabels, isContactAnswer, onContactArrived, onContactCache, removeContact, typeContact } from './contact-list';
import { onAddressBook, search, searchLabels } from './address-book';
import { onOutlookProfile } from './outlook-integration';
import {
  closeConversation,
  conversationLabels,
  onConversationAnswer,
  onConversationMessage,
  openConversation,
  sendInConversation,
} from './conversation';

/** The reference client: the next state and the effects to perform. Pure: it reads no clock, network, disk or global. */
export function transition(state: ClientState, event: ClientEvent): StepResult {
  if (state.phase === 'exited') return stay(state);
  switch (event.type) {
    case 'os.started':
      return result({ ...state, fromRunKey: event.fromRunKey }, { type: 'settings.read' });
    case 'settings.loaded':
      return onSettings(state, event.settings, event.admin ?? defaultAdminSettings);
    case 'credentials.loaded':
      return onCredentials(
        passwordSavingAllowed(state)
          ? { ...state, saved: event.entry, savePassword: event.entry?.password ? true : state.savePassword }
          : // AS-08: with password storage disabled, a password or certificate saved earlier is not used.
            { ...state, saved: event.entry && { ...event.entry, password: null, certificate: null }, savePassword: false },
      );
    case 'contacts.cacheLoaded':
      return onContactCache(state, event.damaged);
    case 'outlook.profileLoaded':
      return onOutlookProfile(state, event.profile);
    case 'net.response':
      if (isContactAnswer(event.response)) return stay(state);
      return (
        onConversationAnswer(state, event.requestId, event.response) ??
        onAddressBook(state, event.requestId, event.response) ??
        onResponse(state, event.requestId, event.response)
      );
    case 'timer.fired':
      if (event.name === idleTimer || event.name === awayTimer) return onPresenceTimer(state, event.name);
      if (event.name === exchangeRetryTimer) return exchangeRetryFired(state);
      return event.name === retryTimer && (state.phase === 'signingIn' || state.phase === 'reconnecting')
        ? beginAttempt(state, true)
        : stay(state);
    case 'service.message':
      return state.phase === 'signedIn'
        ? followedBy(result(state, { type: 'desktop.alert', title: event.from, text: event.text }), (s) =>
            onConversationMessage(s, event.from, event.text),
          )
        : stay(state);
    case 'service.connectionLost':
      return connectionLost(state);
    case 'service.notDelivered': {
      const text = event.reason === 'not federated' ? clientMessages.notFederated(event.to) : clientMessages.notDelivered(event.to);
      return state.phase === 'signedIn' ? result(state, { type: 'desktop.alert', title: 'Lync', text }) : stay(state);
    }
    case 'service.presence':
      return followedBy(onContactArrived(state, event.address), (s) => onContactPresence(s, event.address, event.availability));
    case 'os.userInput':
      return onInput(state);
    case 'os.networkChanged':
      if (!event.online) return connectionLost(state);
      return state.phase === 'reconnecting' || (state.phase === 'signingIn' && state.dialog === null)
        ? beginAttempt(state, true)
        : stay(state);
    case 'os.sessionLocked':
      return onLock(state, event.locked);
    case 'os.loggingOff':
      return exit(state, 'Windows user logs off');
    case 'sdk.signOut':
      return signOut(state);
    default:
      return asInput(onUser(state, event));
  }
}

/** Using Lync is using the computer: the idle count starts again (NR-12). */
function asInput(r: StepResult): StepResult {
  return followedBy(r, onInput);
}

function onSettings(state: ClientState, settings: LoadedSettings, admin: AdminSettings): StepResult {
  const presence = {
    ...state.presence,
    inactiveMinutes: settings.inactiveMinutes ?? state.presence.inactiveMinutes,
    awayMinutes: settings.awayMinutes ?? state.presence.awayMinutes,
  };
  const read = { ...state, settings, admin, address: settings.signInAddress, presence };
  if (effectivePolicy(admin.policies, 'preventRun') === true)
    return result(moved({ ...read, mainWindow: 'hidden' }, 'policy prevents running'), { type: 'process.exit' });
  const next = { ...read, savePassword: passwordSavingAllowed(read) && read.savePassword };
  if (settings.signInAddress === '') return noSavedPassword(next);
  return result(next, { type: 'credentials.read', address: settings.signInAddress });
}

function windowAtStart(state: ClientState): 'shown' | 'hidden' {
  const foreground = state.settings?.showInForeground ?? true;
  return foreground || !state.fromRunKey ? 'shown' : 'hidden';
}

function noSavedPassword(state: ClientState): StepResult {
  return stay(moved({ ...state, mainWindow: windowAtStart(state), passwordBox: state.saved !== null }, 'no saved password'));
}

function onCredentials(state: ClientState): StepResult {
  const signedOutBefore = state.settings?.signedOutByUser ?? false;
  const allowed = !signedOutBefore || state.config.assumptions.autoSignInAfterManualSignOut;
  if (!signsInUntyped(state, true) || !allowed) return noSavedPassword(state);
  return beginAttempt(moved({ ...state, mainWindow: windowAtStart(state) }, 'saved password found'), true);
}

function connectionLost(state: ClientState): StepResult {
  if (state.phase !== 'signedIn') return stay(state);
  const next = moved({ ...state, session: null, message: { text: clientMessages.connectionLost, title: null } }, 'connection lost');
  return presenceAfterSignOut(
    result(next, { type: 'timer.set', name: retryTimer, ms: state.config.assumptions.signInRetrySeconds * 1000 }),
    true,
  );
}

function onMenu(state: ClientState, path: readonly string[], menu: string | undefined): StepResult {
  if (menu === presenceMenuName) return path.length === 1 && path[0] ? choosePresence(state, path[0]) : stay(state);
  const contact = contactLabels.contactOf(menu);
  if (contact !== null) {
    const item = path.join(' > ');
    if (item === conversationLabels.sendIm) return openConversation(state, contact);
    return item === contactLabels.remove ? removeContact(state, contact) : stay(state);
  }
  switch (path.join(' > ')) {
    case 'File > Close':
      return closeMain(state);
    case 'File > Sign Out':
      return signOut(state);
    case 'File > Exit':
      return exit(state, 'user exits');
    case 'Tools > Options':
      // An open dialog is modal: Options waits until it is answered (a trust prompt must not be lost).
      if (state.dialog !== null) return stay(state);
      return stay({ ...state, dialog: optionsDialog(state) });
    default:
      return stay(state);
  }
}

/** SO-02: Close hides the window; a dialog still open is answered Cancel first, so no sign-in is left waiting on it. */
function closeMain(state: ClientState): StepResult {
  if (state.dialog === null) return close(state);
  return followedBy(onDialog(state, { type: 'user.closeWindow', window: state.dialog.kind }), close);
}

function onUser(state: ClientState, event: UserEvent): StepResult {
  if ('window' in event && event.window === 'conversation') return onConversationWindow(state, event);
  if ('window' in event && event.window !== 'main') return onDialog(state, event);
  switch (event.type) {
    case 'user.menu':
      return onMenu(state, event.path, event.menu);
    case 'user.closeWindow':
      return closeMain(state);
    case 'user.iconClick':
      return reopen(state);
    case 'user.iconMenu':
      // An open dialog is modal: Configuration Information waits, so a trust prompt or credential dialog is not lost behind it.
      if (event.ctrl === true && event.item === configurationLabels.menuItem)
        return state.dialog === null ? openConfigurationInformation(state) : stay(state);
      return event.item === 'Exit'
        ? exit(state, 'user exits')
        : event.item === 'Sign Out'
          ? signOut(state)
          : event.item === 'Open Lync'
            ? reopen(state)
            : stay(state);
    case 'user.type':
      if (event.field === searchLabels.box && typeof event.text === 'string') return search(state, event.text);
      if (event.field === contactLabels.addBox && typeof event.text === 'string') return typeContact(state, event.text);
      // The sign-in screen's two boxes: the plain one is the sign-in address, the password box takes a password (a
      // Secret). The fake Windows types plain text only into a plain box and a password only into a password box.
      return typeof event.text === 'string'
        ? stay({ ...state, address: event.text.trim(), userName: null, message: null })
        : stay({ ...state, password: event.text });
    case 'user.toggle':
      return event.control === 'Save my password' && passwordSavingAllowed(state)
        ? stay({ ...state, savePassword: event.on })
        : stay(state);
    case 'user.click':
      if (event.control === contactLabels.addButton) return addContact(state);
      return event.control === minimizeButton ? minimize(state) : onMainClick(state, event.control);
  }
}

/** The conversation window: typing a message (and Enter) sends it; closing the window ends the conversation. */
function onConversationWindow(state: ClientState, event: UserEvent): StepResult {
  if (event.type === 'user.closeWindow') return closeConversation(state);
  if (event.type === 'user.type' && event.field === conversationLabels.box && typeof event.text === 'string')
    return sendInConversation(state, event.text);
  return stay(state);
}

function onMainClick(state: ClientState, control: string): StepResult {
  if (state.phase !== 'signedOut' || state.dialog !== null) return stay(state);
  if (control === 'Delete my sign-in info' || control === 'Delete my sign-in information')
    return stay({ ...state, dialog: { kind: 'confirmDelete' } });
  if (control !== 'Sign In' || state.address === '') return stay(state);
  if (!state.passwordBox && !signsInUntyped(state, false)) return stay({ ...state, passwordBox: true, message: null });
  if (state.passwordBox && state.password === null) return stay(state);
  return beginAttempt(moved(state, 'user clicks Sign In'), false);
}
