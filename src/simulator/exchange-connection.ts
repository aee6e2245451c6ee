import type { ClientState } from './client-state';
import type { NetResponse } from './network-messages';
import type { Secret } from './secret';
import { result, stay, type StepResult } from './step-result';

/** After sign-in, Lync connects to Exchange for the calendar and conversation history (FS-06, TE-22). */
export const exchangeHost = 'outlook.office365.com';
/** FS-06: at first sign-in Lync may ask up to three times for credentials while it connects to Exchange. */
export const maxExchangePrompts = 3;

export function onExchange(state: ClientState, response: NetResponse): StepResult {
  const done = { ...state, exchange: { requestId: null, prompts: state.exchange.prompts, ready: response.ok } };
  if (response.ok || response.failure !== 'exchange needs credentials' || state.phase !== 'signedIn') return stay(done);
  if (state.exchange.prompts >= maxExchangePrompts || state.dialog !== null) return stay(done);
  return stay({
    ...done,
    exchange: { requestId: null, prompts: state.exchange.prompts + 1 },
    dialog: { kind: 'credentials', password: null, purpose: 'exchange' },
  });
}

/** The user answered an Exchange credential prompt: try the calendar connection again with that password. */
export function retryExchange(state: ClientState, password: Secret): StepResult {
  const requestId = state.nextRequestId;
  return result(
    { ...state, dialog: null, nextRequestId: requestId + 1, exchange: { ...state.exchange, requestId } },
    { type: 'net.request', requestId, request: { kind: 'exchange', host: exchangeHost, address: state.address, password } },
  );
}
