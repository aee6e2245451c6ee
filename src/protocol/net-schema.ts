import { availabilities, sipTransports, type Availability, type NetFailure, type SipTransport } from '../simulator';
import type { Same } from './same-type';
import { array, boolean, integer, literal, nullable, object, oneOf, secret, string, union, type Infer } from './schema';

/** What colleagues see of a person (signin-sim/2). */
export const availability = oneOf<Availability>(...availabilities);

/** What a client asks of the network; the answer comes later as a `net.response` event with the same `requestId`. */
export const wireNetRequest = union(
  object({ kind: literal('discover'), host: string() }),
  object({ kind: literal('authenticate'), host: string(), userName: string(), password: secret() }),
  object(
    {
      kind: literal('register'),
      host: string(),
      address: string(),
      token: nullable(secret()),
      certificate: nullable(secret()),
      clientVersion: string(),
    },
    { transport: oneOf<SipTransport>(...sipTransports) },
  ),
  object({ kind: literal('unregister'), host: string(), sessionId: string() }),
  object({ kind: literal('exchange'), host: string(), address: string(), password: nullable(secret()) }),
  object({ kind: literal('publish'), host: string(), sessionId: string(), availability, byUser: boolean() }),
  object({ kind: literal('addressBook'), host: string(), sessionId: string() }),
);
export type WireNetRequest = Infer<typeof wireNetRequest>;

export const netFailure = oneOf<NetFailure>(
  'offline',
  'no such record',
  'not responding',
  'certificate chain not trusted',
  'identity provider unreachable',
  'bad credentials',
  'password expired',
  'clock skew',
  'sign-in address not found',
  'client version not supported',
  'certificate rejected',
  'certificate stale after outage',
  'exchange needs credentials',
);

export const wireNetResponse = union(
  object({ ok: literal(false), failure: netFailure }),
  object({ ok: literal(true), kind: literal('discovered'), webServices: string(), pool: string() }),
  object({ ok: literal(true), kind: literal('authenticated'), token: secret(), certificate: secret() }),
  object({ ok: literal(true), kind: literal('registered'), sessionId: string(), endpoint: string() }, { remoteUser: boolean() }),
  object({ ok: literal(true), kind: literal('unregistered') }),
  object({ ok: literal(true), kind: literal('exchangeConnected') }),
  object({ ok: literal(true), kind: literal('published') }),
  object({ ok: literal(true), kind: literal('addressBook'), entries: array(object({ address: string(), name: string() })) }),
);
export type WireNetResponse = Infer<typeof wireNetResponse>;

export const requestId = integer(0);

export const netSchemasMatch: Same<Infer<typeof netFailure>, NetFailure> = true;
