import type { UserEvent } from './client-event';
import type { ClientState } from './client-state';
import { userNameBox } from './client-view';
import { deleteSignInInfo } from './leave-actions';
import { cancelExchange, retryExchange } from './exchange-connection';
import { beginAttempt, continueWithCredentials, fail } from './sign-in-flow';
import { result, stay, type StepResult } from './step-result';
import { connectionLabels, onConnectionDialog, openConnectionDialog } from './connection-dialog';
import { applyStatusOptions, inactiveField } from './presence/status-options';
import { onConfigurationInformation } from './configuration-information';
import { generalOptions, generalPatch } from './general-options';
import { passwordSavingAllowed } from './policy-effects';
import { conversationLabels, setSaveConversations } from './conversation';

type DialogEvent = Extract<UserEvent, { window: unknown }>;

/** The user acts on one of the client's dialogs: Personal options, the Delete confirmation, the trust prompt, the credential dialog. */
export function onDialog(state: ClientState, event: DialogEvent): StepResult {
  const dialog = state.dialog;
  // The fake Windows delivers a dialog's event only while that dialog is on screen, and the client draws one dialog.
  if (dialog === null) return stay(state);
  const button = event.type === 'user.click' ? event.control : event.type === 'user.closeWindow' ? 'Cancel' : null;
  switch (dialog.kind) {
    case 'options':
      if (event.type === 'user.toggle' && event.control === 'Automatically start Lync when I log on to Windows')
        return stay({ ...state, dialog: { ...dialog, autoStart: event.on } });
      if (event.type === 'user.toggle' && event.control === 'Show Lync in the foreground when it starts')
        return stay({ ...state, dialog: { ...dialog, showInForeground: event.on } });
      if (event.type === 'user.toggle' && event.control === generalOptions.minimize.label)
        return stay({ ...state, dialog: { ...dialog, minimizeToNotificationArea: event.on } });
      if (event.type === 'user.toggle' && event.control === generalOptions.reopen.label)
        return stay({ ...state, dialog: { ...dialog, reopenConversations: event.on } });
      if (event.type === 'user.toggle' && event.control === conversationLabels.option && state.phase === 'signedIn')
        return stay({ ...state, dialog: { ...dialog, saveConversations: event.on } });
      if (button === connectionLabels.advanced) return openConnectionDialog(state, dialog);
      // Its two text boxes: the Inactive minutes and the Away minutes.
      if (event.type === 'user.type' && typeof event.text === 'string')
        return stay({
          ...state,
          dialog: event.field === inactiveField ? { ...dialog, inactiveMinutes: event.text } : { ...dialog, awayMinutes: event.text },
        });
      if (button === 'OK' && state.settings) {
        const general = generalPatch(dialog.minimizeToNotificationArea, dialog.reopenConversations);
        const settings = { ...state.settings, runAtLogon: dialog.autoStart, showInForeground: dialog.showInForeground, ...general };
        const status = applyStatusOptions({ ...state, settings, dialog: null }, dialog.inactiveMinutes, dialog.awayMinutes);
        const saved = setSaveConversations(status.state, dialog.saveConversations);
        return result(
          saved.state,
          { type: 'runEntry.set', enabled: dialog.autoStart },
          { type: 'settings.write', patch: { showInForeground: dialog.showInForeground, ...general } },
          ...status.effects,
          ...saved.effects,
        );
      }
      return stay({ ...state, dialog: null }); // Cancel or the X: what is left of its controls
    case 'confirmDelete':
      // Yes, No, or the X (as No)
      return button === 'Yes' ? deleteSignInInfo(state) : stay({ ...state, dialog: null });
    case 'trustServer':
      if (event.type === 'user.toggle' && event.control === 'Always trust this server')
        return stay({ ...state, dialog: { ...dialog, alwaysTrust: event.on } });
      // Connect, or Cancel and the X, which end that sign-in
      return button === 'Connect' ? trustAndGoOn(state, dialog.fqdn, dialog.alwaysTrust) : fail({ ...state, dialog: null }, null, false);
    case 'credentials':
      if (event.type === 'user.type' && event.field === 'Password' && typeof event.text !== 'string')
        return stay({ ...state, dialog: { ...dialog, password: event.text } });
      if (event.type === 'user.type' && event.field === userNameBox && typeof event.text === 'string' && dialog.purpose === 'sign-in')
        return stay({ ...state, dialog: { ...dialog, userName: event.text.trim() } });
      if (
        event.type === 'user.toggle' &&
        event.control === 'Save my password' &&
        dialog.purpose === 'exchange' &&
        passwordSavingAllowed(state)
      )
        return stay({ ...state, dialog: { ...dialog, savePassword: event.on } });
      if (button === 'OK' && dialog.password !== null && dialog.purpose === 'exchange')
        return retryExchange(state, dialog.password, dialog.savePassword === true);
      // FS-05: a user name that is the sign-in address is no user name of its own; an emptied box presents the address.
      if (button === 'OK' && dialog.password !== null) {
        const typed = dialog.userName ?? '';
        const userName = typed === '' || typed.toLowerCase() === state.address.toLowerCase() ? null : typed;
        return beginAttempt({ ...state, password: dialog.password, userName, dialog: null }, false);
      }
      if (button === 'Cancel' && dialog.purpose === 'exchange') return cancelExchange(state);
      return button === 'Cancel' ? fail({ ...state, dialog: null, password: null }, state.message, true) : stay(state);
    case 'connectionSettings':
      return onConnectionDialog(state, dialog, event);
    case 'configurationInformation':
      return onConfigurationInformation(state);
  }
}

function trustAndGoOn(state: ClientState, fqdn: string, always: boolean): StepResult {
  const pool = state.attempt?.pool ?? '';
  if (!always || !state.settings) return continueWithCredentials({ ...state, dialog: null }, pool);
  // FS-08: "Always trust this server" adds it to the servers Lync trusts, kept in the user's settings.
  const settings = { ...state.settings, trustedServers: [...state.settings.trustedServers, fqdn] };
  const next = continueWithCredentials({ ...state, settings, dialog: null }, pool);
  return { state: next.state, effects: [{ type: 'settings.write', patch: { trustedServers: settings.trustedServers } }, ...next.effects] };
}
