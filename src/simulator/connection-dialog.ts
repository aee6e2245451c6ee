import { optionsDialog } from './general-options';
import type { UserEvent } from './client-event';
import type { ClientState, Dialog } from './client-state';
import type { ControlView } from './client-view';
import { result, stay, type StepResult } from './step-result';

type ConnectionDialog = Extract<Dialog, { kind: 'connectionSettings' }>;

export const connectionLabels = {
  advanced: 'Advanced',
  automatic: 'Automatic configuration',
  manual: 'Manual configuration',
  internal: 'Internal server name',
  external: 'External server name',
} as const;

/** Options > Personal > Advanced opens Advanced Connection Settings with the values in the registry. */
export const openConnectionDialog = (state: ClientState): StepResult =>
  stay({ ...state, dialog: { kind: 'connectionSettings', ...state.admin.connection } });

/**
 * AS-07: the user picks Automatic or Manual configuration (a choice of two: ticking one clears the other),
 * fills the server names, and clicks OK. The values are saved and used from the next sign-in on: a session in
 * progress goes on as it is. OK and Cancel both return to the Options dialog.
 */
export function onConnectionDialog(
  state: ClientState,
  dialog: ConnectionDialog,
  event: Extract<UserEvent, { window: unknown }>,
): StepResult {
  const l = connectionLabels;
  if (event.type === 'user.toggle' && (event.control === l.automatic || event.control === l.manual)) {
    const manual = event.control === l.manual ? event.on : !event.on;
    return stay({ ...state, dialog: { ...dialog, mode: manual ? 'manual' : 'automatic' } });
  }
  if (event.type === 'user.type' && typeof event.text === 'string') {
    if (event.field === l.internal) return stay({ ...state, dialog: { ...dialog, internalServer: event.text.trim() } });
    if (event.field === l.external) return stay({ ...state, dialog: { ...dialog, externalServer: event.text.trim() } });
  }
  const button = event.type === 'user.click' ? event.control : event.type === 'user.closeWindow' ? 'Cancel' : null;
  const backToOptions = optionsDialog(state);
  if (button === 'OK') {
    const connection = { mode: dialog.mode, internalServer: dialog.internalServer, externalServer: dialog.externalServer };
    return result({ ...state, admin: { ...state.admin, connection }, dialog: backToOptions }, { type: 'connection.write', connection });
  }
  return button === 'Cancel' ? stay({ ...state, dialog: backToOptions }) : stay(state);
}

export const connectionControls = (dialog: ConnectionDialog): ControlView[] => [
  { kind: 'checkbox', name: connectionLabels.automatic, checked: dialog.mode === 'automatic' },
  { kind: 'checkbox', name: connectionLabels.manual, checked: dialog.mode === 'manual' },
  { kind: 'textbox', name: connectionLabels.internal, value: dialog.internalServer, secret: false },
  { kind: 'textbox', name: connectionLabels.external, value: dialog.externalServer, secret: false },
  { kind: 'button', name: 'OK' },
  { kind: 'button', name: 'Cancel' },
];
