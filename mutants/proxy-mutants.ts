import type { ClientEffect, IdcrlProxy } from '../src/simulator';
import { rewriting } from './mutant';

/** Rewrites the proxies Lync hands the Sign-In Assistant on each sign-in to the identity provider. */
const handing =
  (change: (p: IdcrlProxy | undefined) => IdcrlProxy | undefined) =>
  (e: ClientEffect): ClientEffect => {
    if (e.type !== 'net.request' || e.request.kind !== 'authenticate') return e;
    const { idcrlProxy, ...rest } = e.request;
    const changed = change(idcrlProxy);
    return { ...e, request: changed ? { ...rest, idcrlProxy: changed } : rest };
  };

/** Mutants of HttpProxyControlFlags (KB 3123662). */
export const proxyMutants = [
  rewriting(
    'proxy-flags-ignored',
    'KB 3123662: Lync ignores HttpProxyControlFlags and hands the assistant every proxy',
    (_b, _e, after) => ({
      ...after,
      effects: after.effects.map(handing(() => undefined)),
    }),
  ),
  rewriting(
    'proxy-flags-bits-swapped',
    'KB 3123662: Lync reads bit 0x1 as the SIP proxy and bit 0x2 as the named proxy',
    (_b, _e, after) => ({
      ...after,
      effects: after.effects.map(handing((p) => p && { sipHttpsProxy: p.namedProxy, namedProxy: p.sipHttpsProxy })),
    }),
  ),
];
