import type { ClientEffect, StepResult } from '../src/simulator';
import { asIf, rewriting } from './mutant';

const overHttp = (e: ClientEffect): ClientEffect =>
  e.type === 'net.request' && e.request.kind === 'register' ? { ...e, request: { ...e.request, transport: 'http' } } : e;

const overHttpSent = (e: ClientEffect): boolean =>
  e.type === 'net.request' && e.request.kind === 'register' && e.request.transport === 'http';

/** Mutants of the transports of the SIP connection (FS-16). */
export const transportMutants = [
  rewriting('no-http-fallback', 'FS-16: with TLS blocked, Lync never tries HTTP', (before, event, after) =>
    after.effects.some(overHttpSent)
      ? asIf({ ...before, config: { ...before.config, assumptions: { ...before.config.assumptions, httpFallback: false } } }, event)
      : after,
  ),
  rewriting(
    'http-fallback-ignores-policy',
    'FS-16: DisableHttpConnect does not turn the HTTP fallback off',
    (before, event, after): StepResult => {
      if (event.type !== 'settings.loaded' || event.admin === undefined) return after;
      const strip = ({ disableHttpConnect: _d, ...rest }: typeof event.admin.policies.machine) => rest;
      const policies = { machine: strip(event.admin.policies.machine), user: strip(event.admin.policies.user) };
      return { ...after, state: { ...after.state, admin: { ...after.state.admin, policies } } };
    },
  ),
  rewriting('http-first', 'FS-16: Lync registers over HTTP first instead of TLS', (_before, _event, after) => ({
    ...after,
    effects: after.effects.map(overHttp),
  })),
];
