import type { ClientEffect } from '../src/simulator';
import { asIf, rewriting } from './mutant';

/** A lookup past the given name in FS-09's order is never made: a "no such record" there ends the sign-in. */
const stopsAfter = (name: string, breaks: string, last: number) =>
  rewriting(name, breaks, (before, event, after) => {
    const attempt = before.attempt;
    const missing = event.type === 'net.response' && !event.response.ok && event.response.failure === 'no such record';
    if (!missing || attempt?.stage !== 'discover' || before.admin.connection.mode !== 'automatic' || (attempt.server ?? 0) < last)
      return after;
    return asIf({ ...before, attempt: { ...attempt, server: Number.MAX_SAFE_INTEGER } }, event);
  });

const skipsInternal = (e: ClientEffect): ClientEffect =>
  e.type === 'net.request' && e.request.kind === 'discover' && e.request.host.startsWith('lyncdiscoverinternal.')
    ? { ...e, request: { ...e.request, host: e.request.host.replace(/^lyncdiscoverinternal\./, 'lyncdiscover.') } }
    : e;

/** Mutants of how Lync finds its server from the DNS records of the sign-in address's domain (FS-09, S14, S16). */
export const dnsMutants = [
  stopsAfter('autodiscover-only', 'FS-09: without the lyncdiscover record Lync gives up instead of trying the _sip._tls record', 1),
  stopsAfter('no-sip-cname', 'FS-09: with only the sip CNAME left Lync gives up instead of trying it', 2),
  rewriting(
    'external-autodiscover-first',
    'FS-09: Lync asks for lyncdiscover first, never for lyncdiscoverinternal (S16)',
    (_b, _e, after) => ({
      state: after.state,
      effects: after.effects.map(skipsInternal),
    }),
  ),
];
