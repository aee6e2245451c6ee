import type { ClientSettings } from './client-settings';
import type { ClientState, Dialog } from './client-state';
import { stay, type StepResult } from './step-result';
import { savesConversations } from './conversation';

/** AS-12: the General page's startup-related options, their names on screen and in the registry. */
export const generalOptions = {
  minimize: {
    label: 'Minimize to the notification area instead of the task bar',
    value: 'MinimizeWindowToNotificationArea',
  },
  reopen: { label: 'Reopen my conversations when I sign in to Lync', value: 'IsConversationStatePreservationEnabled' },
} as const;

/** The title-bar button of the main window. */
export const minimizeButton = 'Minimize';

export const minimizesToNotificationArea = (state: ClientState): boolean => state.settings?.minimizeToNotificationArea === true;

/**
 * The main window goes down to the taskbar, or to the notification area alone when the option says so. Its Minimize
 * button is clicked only while the window is shown: Windows delivers clicks to visible windows alone.
 */
export const minimize = (state: ClientState): StepResult => stay({ ...state, mainWindow: 'minimized' });

/** Whether the taskbar shows a Lync button: while the window is open, while minimized unless to the notification area. */
export function taskbarButton(state: ClientState): boolean {
  if (state.mainWindow === 'shown') return true;
  if (state.mainWindow === 'minimized') return !minimizesToNotificationArea(state);
  return state.config.assumptions.taskbarButtonWhenClosed;
}

/** What OK in Options writes for the two options. */
export const generalPatch = (minimizeToNotificationArea: boolean, reopenConversations: boolean): Partial<ClientSettings> => ({
  minimizeToNotificationArea,
  reopenConversations,
});

/** The Options dialog as it opens: what the settings say now. */
export const optionsDialog = (state: ClientState): Extract<Dialog, { kind: 'options' }> => ({
  kind: 'options',
  autoStart: state.settings?.runAtLogon ?? false,
  showInForeground: state.settings?.showInForeground ?? true,
  inactiveMinutes: String(state.presence.inactiveMinutes),
  awayMinutes: String(state.presence.awayMinutes),
  minimizeToNotificationArea: state.settings?.minimizeToNotificationArea ?? false,
  reopenConversations: state.settings?.reopenConversations ?? false,
  saveConversations: savesConversations(state),
});
