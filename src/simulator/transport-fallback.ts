import type { ClientState } from './client-state';
import type { NetFailure, RegisterRequest } from './network-messages';
import { httpFallbackAllowed } from './policy-effects';
import { result, type StepResult } from './step-result';

/** Sends a registration for the current attempt and keeps it, so that it can go again over HTTP (FS-16). */
export function sendRegistration(state: ClientState, pool: string | null, request: RegisterRequest, savedUsed?: boolean): StepResult {
  const attempt = state.attempt;
  if (attempt === null) return result(state);
  const requestId = state.nextRequestId;
  const usedSavedCredentials = savedUsed ?? attempt.usedSavedCredentials;
  return result(
    {
      ...state,
      nextRequestId: requestId + 1,
      attempt: { ...attempt, stage: 'register', requestId, pool, usedSavedCredentials, registration: request },
    },
    { type: 'net.request', requestId, request },
  );
}

/**
 * FS-16: SIP goes over TLS first; when the registrar cannot be reached over TLS, the same registration goes over HTTP,
 * unless the DisableHttpConnect policy is set or the HTTP fallback is assumed away (catalog D12). Null: no fallback.
 */
export function httpFallback(state: ClientState, failure: NetFailure): StepResult | null {
  const sent = state.attempt?.stage === 'register' ? state.attempt.registration : undefined;
  if (sent === undefined || sent.transport === 'http' || failure !== 'not responding') return null;
  if (!state.config.assumptions.httpFallback || !httpFallbackAllowed(state)) return null;
  return sendRegistration(state, state.attempt?.pool ?? null, { ...sent, transport: 'http' });
}
