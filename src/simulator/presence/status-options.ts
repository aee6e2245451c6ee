import type { ClientEffect } from '../client-effect';
import type { ClientState } from '../client-state';
import type { ControlView } from '../client-view';

/** The two settings of Options > Status (NR-12), with the catalog's wording. */
export const inactiveField = 'Show me as Inactive when my status has been idle for this many minutes';
export const awayField = 'Show me as Away when my status has been Inactive for this many minutes';

/** The catalog's maximum (Lync 2010 help: 360 minutes). */
const maxMinutes = 360;

const minutes = (text: string, fallback: number): number => {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= maxMinutes ? n : fallback;
};

/** The Status page's controls, from what the dialog holds. */
export const statusControls = (inactive: string, away: string): ControlView[] => [
  { kind: 'label', name: 'Status page', text: 'Status' },
  { kind: 'textbox', name: inactiveField, value: inactive, secret: false },
  { kind: 'textbox', name: awayField, value: away, secret: false },
];

/**
 * OK in Options: keep the two values (a value outside 1 to 360 keeps the old one). Clicking OK is using Lync, so the
 * idle count restarts with the new value (transition's asInput).
 */
export function applyStatusOptions(state: ClientState, inactive: string, away: string): { state: ClientState; effects: ClientEffect[] } {
  const presence = {
    ...state.presence,
    inactiveMinutes: minutes(inactive, state.presence.inactiveMinutes),
    awayMinutes: minutes(away, state.presence.awayMinutes),
  };
  const effects: ClientEffect[] = [
    { type: 'settings.write', patch: { inactiveMinutes: presence.inactiveMinutes, awayMinutes: presence.awayMinutes } },
  ];
  return { state: { ...state, presence }, effects };
}
