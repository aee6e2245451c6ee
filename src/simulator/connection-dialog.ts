import type { UserEvent } from './client-event';
import type { ClientState, Dialog } from './client-state';
import type { ControlView } from './client-view';
import { result, stay, type StepResult } from './step-result';

type ConnectionDialog = Extract<Dialog, { kind: 'connectionSettings' }>;
type OptionsDialog = Extract<Dialog, { kind: 'options' }>;

export const connectionLabels = {
  advanced: 'Advanced',
  automatic: 'Automatic configuration',
  manual: 'Manual configuration',
  internal: 'Internal server name',
  external: 'External server name',
} as const;

/**
 * Options > Personal > Advanced opens Advanced Connection Settings with the values in the registry, over the Options
 * dialog, which stays as the user left it (what they changed there is not saved yet, nor lost).
 */
export const openConnectionDialog = (state: ClientState, options: OptionsDialog): StepResult =>
  stay({ ...state, dialog: { kind: 'connectionSettings', ...state.admin.connection, options } });

/**
 * AS-07: the user picks Automatic or Manual configuration (a choice of two: ticking one clears the other),
 * fills the server names, and clicks OK. The values are saved and used from the next sign-in on: a session in
 * progress goes on as it is. OK and Cancel both return to the Options dialog, as the user left it.
 */
export function onConnectionDialog(
  state: ClientState,
  dialog: ConnectionDialog,
  event: Extract<UserEvent, { window: unknown }>,
): StepResult {
  const l = connectionLabels;
  // Its two tick boxes, Automatic and Manual configuration, are a choice of two.
  if (event.type === 'user.toggle') {
    const manual = event.control === l.manual ? event.on : !event.on;
    return stay({ ...state, dialog: { ...dialog, mode: manual ? 'manual' : 'automatic' } });
  }
  // Its two text boxes, the internal and the external server name, take plain text.
  if (event.type === 'user.type') {
    const name = typeof event.text === 'string' ? event.text.trim() : '';
    return stay({
      ...state,
      dialog: event.field === l.internal ? { ...dialog, internalServer: name } : { ...dialog, externalServer: name },
    });
  }
  if (event.type === 'user.click' && event.control === 'OK') {
    const connection = { mode: dialog.mode, internalServer: dialog.internalServer, externalServer: dialog.externalServer };
    return result({ ...state, admin: { ...state.admin, connection }, dialog: dialog.options }, { type: 'connection.write', connection });
  }
  return stay({ ...state, dialog: dialog.options }); // Cancel or the X
}

export const connectionControls = (dialog: ConnectionDialog): ControlView[] => [
  { kind: 'checkbox', name: connectionLabels.automatic, checked: dialog.mode === 'automatic' },
  { kind: 'checkbox', name: connectionLabels.manual, checked: dialog.mode === 'manual' },
  { kind: 'textbox', name: connectionLabels.internal, value: dialog.internalServer, secret: false },
  { kind: 'textbox', name: connectionLabels.external, value: dialog.externalServer, secret: false },
  { kind: 'button', name: 'OK' },
  { kind: 'button', name: 'Cancel' },
];
