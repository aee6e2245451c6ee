import type { Availability, NetFailure, SipTransport } from '../simulator';
import type { Same } from './same-type';
import { array, boolean, integer, literal, nullable, object, oneOf, secret, string, union, type Infer } from './schema';

/** What colleagues see of a person (since signin-sim/2); the values are inferred, so the check below catches a missing one. */
export const availability = oneOf(
  'Available',
  'Busy',
  'Do Not Disturb',
  'Be Right Back',
  'Off Work',
  'Away',
  'Inactive',
  'Offline',
  'Presence Unknown',
);

/** FS-16: SIP over TLS, or the HTTP fallback. */
export const sipTransport = oneOf('tls', 'http');

/** What a client asks of the network; the answer comes later as a `net.response` event with the same `requestId`. */
export const wireNetRequest = union(
  object({ kind: literal('discover'), host: string() }),
  object(
    { kind: literal('authenticate'), host: string(), userName: string(), password: nullable(secret()) },
    { idcrlProxy: object({ sipHttpsProxy: boolean(), namedProxy: boolean() }) },
  ),
  object(
    {
      kind: literal('register'),
      host: string(),
      address: string(),
      token: nullable(secret()),
      certificate: nullable(secret()),
      clientVersion: string(),
    },
    { transport: sipTransport },
  ),
  object({ kind: literal('unregister'), host: string(), sessionId: string() }),
  object({ kind: literal('exchange'), host: string(), address: string(), password: nullable(secret()) }),
  object({ kind: literal('publish'), host: string(), sessionId: string(), availability, byUser: boolean() }),
  object({ kind: literal('addressBook'), host: string(), sessionId: string(), query: string() }),
  object({ kind: literal('contactAdd'), host: string(), sessionId: string(), contact: string() }),
  object({ kind: literal('contactRemove'), host: string(), sessionId: string(), contact: string() }),
  object({ kind: literal('instantMessage'), host: string(), sessionId: string(), to: string(), text: string() }),
  object({ kind: literal('saveConversations'), host: string(), sessionId: string(), on: boolean() }),
  object({
    kind: literal('saveConversation'),
    host: string(),
    address: string(),
    participants: array(string()),
    lines: array(object({ from: string(), text: string() })),
  }),
);
export type WireNetRequest = Infer<typeof wireNetRequest>;

export const netFailure = oneOf(
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
  'mailbox full',
);

export const wireNetResponse = union(
  object({ ok: literal(false), failure: netFailure }),
  object({ ok: literal(true), kind: literal('discovered'), webServices: string(), pool: string() }),
  object({ ok: literal(true), kind: literal('authenticated'), token: secret(), certificate: secret() }),
  object(
    { ok: literal(true), kind: literal('registered'), sessionId: string(), endpoint: string(), addressBook: string() },
    { remoteUser: boolean(), saveConversations: boolean() },
  ),
  object({ ok: literal(true), kind: literal('unregistered') }),
  object({ ok: literal(true), kind: literal('exchangeConnected') }),
  object({ ok: literal(true), kind: literal('published') }),
  object({ ok: literal(true), kind: literal('addressBook'), entries: array(object({ address: string(), name: string() })) }),
  object({ ok: literal(true), kind: literal('contactsChanged') }),
  object({ ok: literal(true), kind: literal('messageSent') }),
  object({ ok: literal(true), kind: literal('conversationSaved') }),
);
export type WireNetResponse = Infer<typeof wireNetResponse>;

export const requestId = integer(0);

export const netSchemasMatch: [
  Same<Infer<typeof netFailure>, NetFailure>,
  Same<Infer<typeof availability>, Availability>,
  Same<Infer<typeof sipTransport>, SipTransport>,
] = [true, true, true];
