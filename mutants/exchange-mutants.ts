import type { ClientEffect, ClientState } from '../src/simulator';
import { rewriting, without } from './mutant';

const isExchangeRequest = (e: ClientEffect): boolean => e.type === 'net.request' && e.request.kind === 'exchange';
const answersExchange = (before: ClientState, requestId: number): boolean => before.exchange.requestId === requestId;

/** Mutants of Lync's connection to Exchange after sign-in (FS-06, TE-22, SO-09; the Exchange support article). */
export const exchangeMutants = [
  rewriting(
    'exchange-unreachable-silent',
    'FS-06: an Exchange server that does not answer brings no message (and no retry)',
    (before, event, after) =>
      event.type === 'net.response' && answersExchange(before, event.requestId) && after.state.exchange.trouble === 'unreachable'
        ? without(
            { ...after, state: { ...after.state, exchange: { ...after.state.exchange, trouble: null } } },
            (e) => e.type === 'timer.set',
          )
        : after,
  ),
  rewriting('exchange-never-retried', 'FS-06: Lync never tries an unreachable Exchange server again', (_before, _event, after) =>
    without(after, (e) => e.type === 'timer.set' && e.name === 'exchange retry'),
  ),
  rewriting(
    'exchange-cancel-silent',
    'FS-06: Cancel in the Exchange prompt says nothing about history, voice mail and Outlook-related features',
    (_before, _event, after) =>
      after.state.exchange.trouble === 'cancelled'
        ? { ...after, state: { ...after.state, exchange: { ...after.state.exchange, trouble: null } } }
        : after,
  ),
  rewriting(
    'exchange-save-password-ignored',
    'FS-06/FS-07: "Save my password" in the Exchange prompt saves nothing',
    (before, event, after) =>
      event.type === 'net.response' && answersExchange(before, event.requestId)
        ? without(after, (e) => e.type === 'credentials.write')
        : after,
  ),
  rewriting(
    'exchange-without-sign-in-credentials',
    'FS-06: Lync does not try its sign-in credentials on Exchange first, it sends no password',
    (before, _event, after) =>
      before.phase !== 'signedIn' && after.state.phase === 'signedIn'
        ? {
            ...after,
            effects: after.effects.map((e) =>
              isExchangeRequest(e) && e.type === 'net.request' && e.request.kind === 'exchange'
                ? { ...e, request: { ...e.request, password: null } }
                : e,
            ),
          }
        : after,
  ),
  rewriting(
    'exchange-urls-never-shown',
    'SO-09: Configuration Information never shows the EWS URLs Autodiscover gave',
    (_b, _e, after) => ({
      ...after,
      state: { ...after.state, exchange: { ...after.state.exchange, discovered: false } },
    }),
  ),
];
