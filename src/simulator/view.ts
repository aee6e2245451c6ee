import { addContactControls } from './contact-list';
import type { ClientState, Dialog } from './client-state';
import { userNameBox, type ClientView, type ControlView, type MenuItemView, type WindowView } from './client-view';
import { clientMessages } from './client-messages';
import { connectionControls, connectionLabels } from './connection-dialog';
import { passwordSavingAllowed } from './policy-effects';
import { ownAvailability } from './presence/own-availability';
import { presenceControls } from './presence/presence-view';
import { statusControls } from './presence/status-options';
import { configurationControls, configurationLabels } from './configuration-information';
import { generalOptions, minimizeButton, taskbarButton } from './general-options';
import { searchControls } from './address-book';
import { exchangeNotice } from './exchange-connection';
import { outlookNotice } from './outlook-integration';
import { conversationLabels, conversationWindow } from './conversation';

const optionsMenu = (state: ClientState): ControlView => {
  const file: MenuItemView[] = [{ name: 'Close' }];
  if (state.phase === 'signedIn' || state.phase === 'signingIn' || state.phase === 'reconnecting') file.push({ name: 'Sign Out' });
  file.push({ name: 'Exit' });
  return {
    kind: 'menu',
    name: 'Options',
    items: [
      { name: 'File', items: file },
      { name: 'Tools', items: [{ name: 'Options' }] },
    ],
  };
};

/**
 * The message line: Lync's own message, else a notice about the Exchange connection (KB 2787614), else one about the
 * default Outlook profile (KB 2436962), else none. One line shows one message; which of the two notices comes first
 * when both hold is not sourced (ours: the Exchange connection's).
 */
const messageControls = (state: ClientState): ControlView[] => {
  const message = state.message ?? { text: exchangeNotice(state) ?? outlookNotice(state), title: null };
  if (message.text === null) return [];
  return [
    ...(message.title ? [{ kind: 'label', name: 'Message title', text: message.title } as const] : []),
    { kind: 'label', name: 'Message', text: message.text },
  ];
};

function signInScreen(state: ClientState): ControlView[] {
  const controls: ControlView[] = [{ kind: 'textbox', name: 'Sign-in address', value: state.address, secret: false }];
  if (state.passwordBox) {
    controls.push({ kind: 'textbox', name: 'Password', value: state.password ? '••••••••' : '', secret: true });
    const allowed = passwordSavingAllowed(state);
    controls.push(
      allowed
        ? { kind: 'checkbox', name: 'Save my password', checked: state.savePassword }
        : { kind: 'checkbox', name: 'Save my password', checked: false, disabled: true },
    );
  }
  controls.push({ kind: 'button', name: 'Sign In' }, { kind: 'link', name: 'Delete my sign-in info' });
  return controls;
}

function mainWindow(state: ClientState): WindowView {
  const screen =
    state.phase === 'signedIn' || state.phase === 'reconnecting' ? 'contacts' : state.phase === 'signingIn' ? 'signing-in' : 'sign-in';
  const body: ControlView[] =
    screen === 'contacts'
      ? [
          { kind: 'label', name: 'Signed in as', text: state.address },
          ...presenceControls(state),
          ...searchControls(state),
          ...addContactControls(state),
          { kind: 'label', name: 'Contact list', text: state.phase === 'signedIn' ? 'Presence up to date' : 'Presence unknown' },
        ]
      : screen === 'signing-in'
        ? [
            { kind: 'label', name: 'Status', text: clientMessages.signingIn },
            { kind: 'label', name: 'Signing in as', text: state.address },
          ]
        : signInScreen(state);
  return {
    id: 'main',
    title: 'Lync',
    visible: state.mainWindow === 'shown',
    foreground: state.mainWindow === 'shown' && state.dialog === null,
    screen,
    controls: [{ kind: 'button', name: minimizeButton }, optionsMenu(state), ...messageControls(state), ...body],
  };
}

function dialogWindow(dialog: Dialog, state: ClientState): WindowView {
  const base = { id: dialog.kind, visible: true, foreground: true, screen: 'dialog' } as const;
  switch (dialog.kind) {
    case 'options':
      return {
        ...base,
        title: 'Lync - Options',
        controls: [
          { kind: 'label', name: 'Page', text: 'Personal' },
          { kind: 'checkbox', name: 'Automatically start Lync when I log on to Windows', checked: dialog.autoStart },
          { kind: 'checkbox', name: 'Show Lync in the foreground when it starts', checked: dialog.showInForeground },
          { kind: 'checkbox', name: generalOptions.minimize.label, checked: dialog.minimizeToNotificationArea },
          { kind: 'checkbox', name: generalOptions.reopen.label, checked: dialog.reopenConversations },
          // Kept by the service: it can be changed only while signed in.
          state.phase === 'signedIn'
            ? { kind: 'checkbox', name: conversationLabels.option, checked: dialog.saveConversations }
            : { kind: 'checkbox', name: conversationLabels.option, checked: dialog.saveConversations, disabled: true },
          { kind: 'button', name: connectionLabels.advanced },
          ...statusControls(dialog.inactiveMinutes, dialog.awayMinutes),
          { kind: 'button', name: 'OK' },
          { kind: 'button', name: 'Cancel' },
        ],
      };
    case 'confirmDelete':
      return {
        ...base,
        title: 'Lync',
        controls: [
          { kind: 'label', name: 'Question', text: clientMessages.confirmDelete },
          { kind: 'button', name: 'Yes' },
          { kind: 'button', name: 'No' },
        ],
      };
    case 'trustServer':
      return {
        ...base,
        title: 'Lync',
        controls: [
          { kind: 'label', name: 'Question', text: clientMessages.trustPrompt(dialog.fqdn) },
          { kind: 'checkbox', name: 'Always trust this server', checked: dialog.alwaysTrust },
          { kind: 'button', name: 'Connect' },
          { kind: 'button', name: 'Cancel' },
        ],
      };
    case 'connectionSettings':
      return { ...base, title: 'Advanced Connection Settings', controls: connectionControls(dialog) };
    case 'configurationInformation':
      return { ...base, title: configurationLabels.title, controls: configurationControls(state) };
    case 'credentials':
      return {
        ...base,
        title: 'Lync',
        controls: [
          {
            kind: 'label',
            name: 'Question',
            text: dialog.purpose === 'exchange' ? clientMessages.exchangePrompt : clientMessages.credentialPrompt(state.address),
          },
          ...(dialog.userName === undefined
            ? []
            : [{ kind: 'textbox' as const, name: userNameBox, value: dialog.userName, secret: false }]),
          { kind: 'textbox', name: 'Password', value: dialog.password ? '••••••••' : '', secret: true },
          ...exchangeSaveBox(state, dialog),
          { kind: 'button', name: 'OK' },
          { kind: 'button', name: 'Cancel' },
        ],
      };
  }
}

/** The Exchange prompt's "Save my password", unticked when it opens; greyed out where policy forbids saving (AS-08). */
function exchangeSaveBox(state: ClientState, dialog: Extract<Dialog, { kind: 'credentials' }>): ControlView[] {
  if (dialog.purpose !== 'exchange') return [];
  return passwordSavingAllowed(state)
    ? [{ kind: 'checkbox', name: 'Save my password', checked: dialog.savePassword === true }]
    : [{ kind: 'checkbox', name: 'Save my password', checked: false, disabled: true }];
}

/** Signed in, the icon says what colleagues see (ownAvailability is null exactly when not signed in). */
function tooltip(state: ClientState): string {
  const own = ownAvailability(state);
  if (own !== null) return `Lync - ${state.address} - ${own}`;
  return state.phase === 'signingIn' ? 'Lync - Signing in' : 'Lync - Not signed in';
}

/** What the reference client draws for its state. */
export function view(state: ClientState): ClientView {
  if (state.phase === 'exited' || state.phase === 'starting') {
    return { windows: [], icon: state.phase === 'starting' ? { tooltip: 'Lync', menu: ['Exit'] } : null, taskbarButton: false };
  }
  const main = mainWindow(state);
  const conversation = conversationWindow(state);
  const windows = [main, ...(conversation ? [conversation] : []), ...(state.dialog ? [dialogWindow(state.dialog, state)] : [])];
  const signedIn = state.phase !== 'signedOut';
  return {
    windows,
    icon: {
      tooltip: tooltip(state),
      menu: signedIn ? ['Open Lync', 'Sign Out', 'Exit'] : ['Open Lync', 'Exit'],
      ctrlMenu: [configurationLabels.menuItem],
    },
    taskbarButton: taskbarButton(state),
  };
}
