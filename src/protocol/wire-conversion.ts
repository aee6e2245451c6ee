import type { ClientEvent, CredentialEntry, NetRequest, NetResponse } from '../simulator';
import type { WireEvent } from './event-schema';
import type { WireNetRequest, WireNetResponse } from './net-schema';
import type { SecretCodec } from './secret-codec';
import type { WireCredentialEntry } from './settings-schema';

/** The events that cross the wire: settings, credentials, the contact cache and the Outlook profile come back as answers to calls. */
export type DeliverableEvent = Exclude<
  ClientEvent,
  { type: 'settings.loaded' | 'credentials.loaded' | 'contacts.cacheLoaded' | 'outlook.profileLoaded' }
>;

export function toWireEvent(event: DeliverableEvent, codec: SecretCodec): WireEvent {
  switch (event.type) {
    case 'user.type':
      return typeof event.text === 'string'
        ? { type: event.type, window: event.window, field: event.field, text: event.text, secret: false }
        : { type: event.type, window: event.window, field: event.field, text: codec.reveal(event.text), secret: true };
    case 'net.response':
      return { type: event.type, requestId: event.requestId, response: toWireResponse(event.response, codec) };
    default:
      return event;
  }
}

export function fromWireEvent(event: WireEvent, codec: SecretCodec): DeliverableEvent {
  switch (event.type) {
    case 'user.type':
      return {
        type: event.type,
        window: event.window,
        field: event.field,
        text: event.secret ? codec.wrap(event.text, 'password') : event.text,
      };
    case 'net.response':
      return { type: event.type, requestId: event.requestId, response: fromWireResponse(event.response, codec) };
    default:
      return event;
  }
}

export const toWireEntry = (e: CredentialEntry, codec: SecretCodec): WireCredentialEntry => ({
  address: e.address,
  userName: e.userName,
  password: e.password === null ? null : codec.reveal(e.password),
  certificate: e.certificate === null ? null : codec.reveal(e.certificate),
  endpoint: e.endpoint,
});

export const fromWireEntry = (e: WireCredentialEntry, codec: SecretCodec): CredentialEntry => ({
  address: e.address,
  userName: e.userName,
  password: e.password === null ? null : codec.wrap(e.password, 'password'),
  certificate: e.certificate === null ? null : codec.wrap(e.certificate, 'certificate'),
  endpoint: e.endpoint,
});

export function toWireRequest(r: NetRequest, codec: SecretCodec): WireNetRequest {
  switch (r.kind) {
    case 'authenticate':
    case 'exchange':
      return { ...r, password: r.password === null ? null : codec.reveal(r.password) };
    case 'register':
      return {
        ...r,
        token: r.token === null ? null : codec.reveal(r.token),
        certificate: r.certificate === null ? null : codec.reveal(r.certificate),
      };
    default:
      return r;
  }
}

export function fromWireRequest(r: WireNetRequest, codec: SecretCodec): NetRequest {
  switch (r.kind) {
    case 'authenticate':
    case 'exchange':
      return { ...r, password: r.password === null ? null : codec.wrap(r.password, 'password') };
    case 'register':
      return {
        ...r,
        token: r.token === null ? null : codec.wrap(r.token, 'token'),
        certificate: r.certificate === null ? null : codec.wrap(r.certificate, 'certificate'),
      };
    default:
      return r;
  }
}

export function toWireResponse(r: NetResponse, codec: SecretCodec): WireNetResponse {
  return r.ok && r.kind === 'authenticated' ? { ...r, token: codec.reveal(r.token), certificate: codec.reveal(r.certificate) } : r;
}

export function fromWireResponse(r: WireNetResponse, codec: SecretCodec): NetResponse {
  return r.ok && r.kind === 'authenticated'
    ? { ...r, token: codec.wrap(r.token, 'token'), certificate: codec.wrap(r.certificate, 'certificate') }
    : r;
}
