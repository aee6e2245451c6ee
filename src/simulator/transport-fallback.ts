import { readContactCache } from './contact-list';
import type { ClientState, SignInAttempt } from './client-state';
import type { NetFailure, RegisterRequest } from './network-messages';
import { httpFallbackAllowed } from './policy-effects';
import { followedBy, result, type StepResult } from './step-result';

/** Sends a registration for the current attempt and keeps it, so that it can go again over HTTP (FS-16). */
export function sendRegistration(state: ClientState, pool: string | null, request: RegisterRequest, savedUsed?: boolean): StepResult {
  const attempt = state.attempt;
  if (attempt === null) return result(state);
  return register(state, { ...attempt, pool, usedSavedCredentials: savedUsed ?? attempt.usedSavedCredentials }, request);
}

function register(state: ClientState, attempt: SignInAttempt, request: RegisterRequest): StepResult {
  const requestId = state.nextRequestId;
  // The contact cache is read first, so its answer comes before anything the service sends once registered.
  return followedBy(readContactCache(state), (s) =>
    result(
      { ...s, nextRequestId: requestId + 1, attempt: { ...attempt, stage: 'register', requestId, registration: request } },
      { type: 'net.request', requestId, request },
    ),
  );
}

/**
 * FS-16: SIP goes over TLS first; when the registrar cannot be reached over TLS, the same registration goes over HTTP,
 * unless the DisableHttpConnect policy is set or the HTTP fallback is assumed away (catalog D12). Null: no fallback.
 */
export function httpFallback(state: ClientState, failure: NetFailure): StepResult | null {
  const attempt = state.attempt;
  if (attempt?.stage !== 'register' || attempt.registration === undefined) return null;
  const sent = attempt.registration;
  if (sent.transport === 'http' || failure !== 'not responding') return null;
  if (!state.config.assumptions.httpFallback || !httpFallbackAllowed(state)) return null;
  return register(state, attempt, { ...sent, transport: 'http' });
}
