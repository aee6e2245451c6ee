import type { ClientEffect, ClientView, StepResult } from '../src/simulator';
import { asIf, drawing, rewriting, without } from './mutant';

const netKind = (e: ClientEffect): string | null => (e.type === 'net.request' ? e.request.kind : null);

/** The contact that an add or a remove asks the service for, if the effects hold one. */
const asked = (r: StepResult, kind: 'contactAdd' | 'contactRemove'): string | null => {
  for (const e of r.effects) if (e.type === 'net.request' && e.request.kind === kind) return e.request.contact;
  return null;
};

/** Every contact line showing Presence Unknown shows Offline instead. */
const unknownAsOffline = (v: ClientView): ClientView => ({
  ...v,
  windows: v.windows.map((w) => ({
    ...w,
    controls: w.controls.map((c) =>
      c.kind === 'label' && c.name.startsWith('Contact ') && c.text === 'Presence Unknown' ? { ...c, text: 'Offline' } : c,
    ),
  })),
});

/** Mutants of the contact list kept on the service and cached in CoreContact.cache (KB 2435699). */
export const contactMutants = [
  rewriting(
    'contact-added-only-locally',
    'KB 2435699: Add to Contacts List puts the contact in the list on this computer only; the service never hears of it',
    (_before, _event, after) => {
      const contact = asked(after, 'contactAdd');
      if (contact === null) return after;
      const local = without(after, (e) => netKind(e) === 'contactAdd');
      const shown = asIf(local.state, { type: 'service.presence', address: contact, availability: 'Offline' });
      return { state: shown.state, effects: [...local.effects, ...shown.effects] };
    },
  ),
  rewriting(
    'contact-removed-only-locally',
    'KB 2435699: Remove from Contacts List takes the contact off this computer only; the service keeps it',
    (_before, _event, after) => (asked(after, 'contactRemove') === null ? after : without(after, (e) => netKind(e) === 'contactRemove')),
  ),
  rewriting(
    'contact-cache-never-written',
    'KB 2435699: Lync never writes the contact list to CoreContact.cache in the sip_ folder',
    (_before, _event, after) => without(after, (e) => e.type === 'contacts.writeCache'),
  ),
  rewriting(
    'damaged-contact-cache-ignored',
    'KB 2435699: a damaged CoreContact.cache is read as sound, so the contact list shows as if nothing were wrong',
    (before, event, after) => (event.type === 'contacts.cacheLoaded' && event.damaged ? asIf(before, { ...event, damaged: false }) : after),
  ),
  drawing(
    'unlicensed-contact-shown-offline',
    'KB 2435699: a contact the service reports as Presence Unknown (no licence) is drawn as Offline',
    (v, phase) => (phase === 'signedIn' ? unknownAsOffline(v) : v),
  ),
];
