import type { ClientState } from './client-state';
import type { ControlView } from './client-view';
import { stay, type StepResult } from './step-result';
import { exchangeOnlineEwsUrl } from './exchange-connection';

/**
 * SO-09: holding CTRL while right-clicking the notification-area icon adds "Configuration Information" to its menu.
 * The window it opens is the client's own diagnostics: the catalog names its "EWS Information" line and the text
 * "EWS not fully initialized" (S16). "EWS Status OK" and the "Inside User Status" line (NR-16) are our wording.
 * FS-15: KB 2435699 sends support to the Address Book service's URL here; Lync 2013 labels its two lines "ABS Server
 * Internal URL" and "ABS Server External URL". Lync Online gives one URL, reachable from anywhere, so both show it.
 */
export const configurationLabels = {
  menuItem: 'Configuration Information',
  title: 'Lync - Configuration Information',
  ewsInternal: 'EWS Internal URL',
  ewsExternal: 'EWS External URL',
  ews: 'EWS Information',
  ewsNotReady: 'EWS not fully initialized',
  ewsReady: 'EWS Status OK',
  inside: 'Inside User Status',
  sipServer: 'SIP Server',
  absInternal: 'ABS Server Internal URL',
  absExternal: 'ABS Server External URL',
} as const;

export const openConfigurationInformation = (state: ClientState): StepResult =>
  stay({ ...state, dialog: { kind: 'configurationInformation' } });

/** Its one button, Close, and the window's X both close it; nothing else in it acts. */
export const onConfigurationInformation = (state: ClientState): StepResult => stay({ ...state, dialog: null });

const inside = (state: ClientState): string =>
  state.session === null || state.signedInFromIntranet == null ? '' : state.signedInFromIntranet ? 'TRUE' : 'FALSE';

const addressBookUrl = (state: ClientState): string => (state.session === null ? '' : (state.directory?.url ?? ''));
/** KB 2787614: the EWS URLs Autodiscover gave, blank until it answered. */
const ewsUrl = (state: ClientState): string => (state.session !== null && state.exchange.discovered === true ? exchangeOnlineEwsUrl : '');

export const configurationControls = (state: ClientState): ControlView[] => {
  const l = configurationLabels;
  return [
    { kind: 'label', name: l.sipServer, text: state.session?.endpoint ?? '' },
    { kind: 'label', name: l.inside, text: inside(state) },
    { kind: 'label', name: l.absInternal, text: addressBookUrl(state) },
    { kind: 'label', name: l.absExternal, text: addressBookUrl(state) },
    { kind: 'label', name: l.ewsInternal, text: ewsUrl(state) },
    { kind: 'label', name: l.ewsExternal, text: ewsUrl(state) },
    { kind: 'label', name: l.ews, text: state.session !== null && state.exchange.ready === true ? l.ewsReady : l.ewsNotReady },
    { kind: 'button', name: 'Close' },
  ];
};
