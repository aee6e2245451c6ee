import type { ClientEvent, ClientState, ClientView, StepResult } from '../src/simulator';
import { asIf, drawing, rewriting, without } from './mutant';

/** The domain of a sign-in address, in lower case. */
const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/** Whether an address is of another organization than the signed-in user's. */
const external = (state: ClientState, address: string): boolean => state.address !== '' && domainOf(address) !== domainOf(state.address);

/** Every contact line of another organization that shows Presence Unknown shows Offline instead. */
const externalUnknownAsOffline = (v: ClientView, own: string): ClientView => ({
  ...v,
  windows: v.windows.map((w) => ({
    ...w,
    controls: w.controls.map((c) =>
      c.kind === 'label' && c.name.startsWith('Contact ') && domainOf(c.name) !== own && c.text === 'Presence Unknown'
        ? { ...c, text: 'Offline' }
        : c,
    ),
  })),
});

const ownDomain = (v: ClientView): string => {
  const me = v.windows.find((w) => w.id === 'main')?.controls.find((c) => c.name === 'Sign-in address' || c.name === 'Signed in as');
  return me?.kind === 'label' ? domainOf(me.text) : me?.kind === 'textbox' ? domainOf(me.value) : '';
};

const isExternalEvent = (before: ClientState, event: ClientEvent, type: 'service.presence' | 'service.message'): boolean =>
  event.type === type &&
  external(before, event.type === 'service.presence' ? event.address : event.type === 'service.message' ? event.from : '');

/** Mutants of what Lync does with people of another organization (issue 21). */
export const federationMutants = [
  rewriting(
    'not-federated-told-as-offline',
    'Federation: a message federation refused is reported as if the recipient were offline, not with the message of cannot-communicate-with-external-contacts.md',
    (before, event, after): StepResult =>
      event.type === 'service.notDelivered' && event.reason === 'not federated' ? asIf(before, { ...event, reason: 'offline' }) : after,
  ),
  rewriting(
    'external-contact-not-added',
    'Federation: Add to Contacts List takes only colleagues of the own domain; an address of another organization is dropped',
    (before, event, after): StepResult => {
      const adding = before.contacts?.adding ?? '';
      const asks = after.effects.some((e) => e.type === 'net.request' && e.request.kind === 'contactAdd');
      return asks && external(before, adding) ? without(after, (e) => e.type === 'net.request' && e.request.kind === 'contactAdd') : after;
    },
  ),
  rewriting(
    'external-presence-ignored',
    'Federation: the presence the service sends of someone in another organization is ignored, so an external contact never shows',
    (before, event, after): StepResult => (isExternalEvent(before, event, 'service.presence') ? { state: before, effects: [] } : after),
  ),
  rewriting(
    'external-message-not-shown',
    'Federation: an instant message from someone in another organization raises no alert',
    (before, event, after): StepResult => (isExternalEvent(before, event, 'service.message') ? { state: before, effects: [] } : after),
  ),
  drawing(
    'external-unknown-shown-offline',
    'Federation: an external contact the service reports as Presence Unknown (federation refused) is drawn as Offline',
    (v, phase) => (phase === 'signedIn' ? externalUnknownAsOffline(v, ownDomain(v)) : v),
  ),
];
