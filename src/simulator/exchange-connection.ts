import type { ClientState, ExchangeConnection } from './client-state';
import type { NetResponse } from './network-messages';
import { passwordSavingAllowed } from './policy-effects';
import type { Secret } from './secret';
import { followedBy, result, stay, type StepResult } from './step-result';
import { saveHeldConversations } from './conversation';

/** After sign-in, Lync connects to Exchange for the calendar and conversation history (FS-06, TE-22). */
export const exchangeHost = 'outlook.office365.com';
/** What Autodiscover answers for an Exchange Online mailbox, inside the organization and out (Configuration Information). */
export const exchangeOnlineEwsUrl = 'https://outlook.office365.com/EWS/Exchange.asmx';
/** FS-06: at first sign-in Lync may ask up to three times for credentials while it connects to Exchange. */
export const maxExchangePrompts = 3;
/** The timer of Lync's next try to reach an Exchange server that did not answer. */
export const exchangeRetryTimer = 'exchange retry';

/**
 * Exchange answered the connection Lync made with its sign-in credentials or with a typed password. Accepted: the
 * calendar, conversation history and voice mail come up, and a password typed with "Save my password" is saved.
 * Turned down: Lync asks for a password, at most three times, then gives up. No answer: Lync says so and tries again.
 */
export function onExchange(state: ClientState, response: NetResponse): StepResult {
  const was = state.exchange;
  const base: ExchangeConnection = { ...was, requestId: null, ready: response.ok, toSave: null };
  if (response.ok)
    return followedBy(
      accepted({ ...state, exchange: { ...base, discovered: true, trouble: null } }, was.toSave ?? null),
      saveHeldConversations,
    );
  if (response.failure === 'not responding' || response.failure === 'offline') return exchangeUnreachable(state, base);
  const done = { ...state, exchange: { ...base, discovered: true } };
  if (response.failure !== 'exchange needs credentials' || state.phase !== 'signedIn') return stay(done);
  if (state.dialog !== null) return stay(done);
  if (was.prompts >= maxExchangePrompts) return stay({ ...done, exchange: { ...done.exchange, trouble: 'turned down' } });
  return stay({
    ...done,
    exchange: { ...done.exchange, prompts: was.prompts + 1 },
    dialog: { kind: 'credentials', password: null, purpose: 'exchange', savePassword: false },
  });
}

/** Exchange did not answer (KB 2787614): the connection is down, Lync says so and, while signed in, tries again later. */
export function exchangeUnreachable(state: ClientState, exchange: ExchangeConnection): StepResult {
  const next = { ...state, exchange: { ...exchange, ready: false, trouble: 'unreachable' as const } };
  if (state.phase !== 'signedIn') return stay(next);
  return result(next, { type: 'timer.set', name: exchangeRetryTimer, ms: state.config.assumptions.exchangeRetrySeconds * 1000 });
}

function accepted(state: ClientState, toSave: Secret | null): StepResult {
  if (toSave === null || state.saved === null || !passwordSavingAllowed(state)) return stay(state);
  // "Save my password" in the Exchange prompt: the password goes into Lync's entry in the credential cache.
  const entry = { ...state.saved, password: toSave };
  return result({ ...state, saved: entry }, { type: 'credentials.write', entry });
}

/** The user answered an Exchange credential prompt: try the calendar connection again with that password. */
export function retryExchange(state: ClientState, password: Secret, save: boolean): StepResult {
  return sendExchange({ ...state, dialog: null }, password, save ? password : null);
}

/** Cancel on the Exchange prompt: the calendar, history and voice mail stay unavailable; Lync stays signed in. */
export const cancelExchange = (state: ClientState): StepResult =>
  stay({ ...state, dialog: null, exchange: { ...state.exchange, trouble: 'cancelled' } });

/** The retry timer fired: while signed in and still without an answer, Lync tries Exchange again with its sign-in credentials. */
export function exchangeRetryFired(state: ClientState): StepResult {
  if (state.phase !== 'signedIn' || state.exchange.trouble !== 'unreachable' || state.exchange.requestId !== null) return stay(state);
  const password = state.password ?? (state.saved?.address === state.address ? state.saved.password : null);
  return sendExchange(state, password, null);
}

function sendExchange(state: ClientState, password: Secret | null, toSave: Secret | null): StepResult {
  const requestId = state.nextRequestId;
  return result(
    { ...state, nextRequestId: requestId + 1, exchange: { ...state.exchange, requestId, toSave } },
    { type: 'net.request', requestId, request: { kind: 'exchange', host: exchangeHost, address: state.address, password } },
  );
}

/** The line the contact list shows while the Exchange connection is down (null when it is up or still coming). */
export function exchangeNotice(state: ClientState): string | null {
  if (state.phase !== 'signedIn') return null;
  const trouble = state.exchange.trouble ?? null;
  if (trouble === null) return null;
  return trouble === 'unreachable'
    ? state.config.assumptions.exchangeUnreachableMessage
    : state.config.assumptions.exchangeTurnedDownMessage;
}
