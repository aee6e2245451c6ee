import type { ClientState } from './client-state';
import type { ControlView } from './client-view';
import type { NetResponse } from './network-messages';
import { andThen, result, stay, type StepResult } from './step-result';

/**
 * The contact list as this client holds it (KB 2435699): the sign-in address it belongs to, what the cache file
 * CoreContact.cache in the sip_ folder was found to be at sign-in, the contacts in order of arrival, and the address
 * typed in the Add a Contact box. The list itself lives on the service; the client mirrors it and caches a copy.
 */
export interface ContactListState {
  readonly address: string;
  /** `damaged`: the file could not be read; the list stays lost until the file is deleted (KB 2435699, scenario 3). */
  readonly cache: 'unread' | 'ok' | 'damaged';
  readonly addresses: readonly string[];
  readonly adding: string;
}

/** Lync 2013's own labels: the box and button that add a contact, and each contact's right-click menu. */
export const contactLabels = {
  addBox: 'Add a Contact',
  addButton: 'Add to Contacts List',
  remove: 'Remove from Contacts List',
  menu: (address: string) => `Right-click ${address}`,
  /** The contact a right-click menu belongs to; null for any other menu. */
  contactOf: (menu: string | undefined): string | null =>
    menu?.startsWith('Right-click ') === true ? menu.slice('Right-click '.length) : null,
} as const;

/** Before registering: read the contact cache of this address; a sign-in starts from an empty list (a reconnect keeps it). */
export function readContactCache(state: ClientState): StepResult {
  const address = state.address.toLowerCase();
  const kept = state.phase === 'reconnecting' && state.contacts?.address === address ? state.contacts : null;
  const contacts: ContactListState = kept ?? { address, cache: 'unread', addresses: [], adding: '' };
  return result({ ...state, contacts }, { type: 'contacts.readCache', address });
}

/** The answer: a damaged file is not used nor rewritten; an absent or sound one is written from what the service sends. */
export function onContactCache(state: ClientState, damaged: boolean): StepResult {
  const contacts = state.contacts;
  if (!contacts) return stay(state);
  return stay({ ...state, contacts: { ...contacts, cache: damaged ? 'damaged' : 'ok' } });
}

/** The service sends a contact's presence: a contact not yet in the list was added (here or elsewhere). */
export function onContactArrived(state: ClientState, address: string): StepResult {
  const contacts = state.contacts;
  const key = address.toLowerCase();
  if (!contacts || contacts.addresses.includes(key)) return stay(state);
  return withList(state, [...contacts.addresses, key]);
}

export function typeContact(state: ClientState, text: string): StepResult {
  return state.contacts ? stay({ ...state, contacts: { ...state.contacts, adding: text.trim() } }) : stay(state);
}

/** Add to Contacts List: the service keeps the list; its presence answer puts the contact in this client's list. */
export function addContact(state: ClientState): StepResult {
  const { contacts, session } = state;
  if (!contacts || session === null || state.phase !== 'signedIn' || contacts.adding === '') return stay(state);
  const requestId = state.nextRequestId;
  return result(
    { ...state, nextRequestId: requestId + 1, contacts: { ...contacts, adding: '' } },
    {
      type: 'net.request',
      requestId,
      request: { kind: 'contactAdd', host: session.endpoint, sessionId: session.id, contact: contacts.adding.toLowerCase() },
    },
  );
}

/** Remove from Contacts List: gone from the list and the cache at once, and from the service's list. */
export function removeContact(state: ClientState, address: string): StepResult {
  const { contacts, session } = state;
  const key = address.toLowerCase();
  if (!contacts || session === null || state.phase !== 'signedIn' || !contacts.addresses.includes(key)) return stay(state);
  const requestId = state.nextRequestId;
  const { [key]: _gone, ...others } = state.presence.contacts;
  const removed = withList(
    { ...state, nextRequestId: requestId + 1, presence: { ...state.presence, contacts: others } },
    contacts.addresses.filter((a) => a !== key),
  );
  return andThen(removed, {
    type: 'net.request',
    requestId,
    request: { kind: 'contactRemove', host: session.endpoint, sessionId: session.id, contact: key },
  });
}

/** The answers to adding and removing change nothing here: the list follows the service's presence. */
export const isContactAnswer = (response: NetResponse): boolean => response.ok && response.kind === 'contactsChanged';

function withList(state: ClientState, addresses: readonly string[]): StepResult {
  const contacts = state.contacts as ContactListState;
  const next = { ...state, contacts: { ...contacts, addresses } };
  if (contacts.cache !== 'ok') return stay(next);
  return result(next, { type: 'contacts.writeCache', address: contacts.address, contacts: [...addresses].sort() });
}

/** The contacts shown, in alphabetical order; none while the cache is damaged (the list is "lost or missing"). */
export function shownContacts(state: ClientState): readonly string[] {
  const contacts = state.contacts;
  if (!contacts || contacts.cache === 'damaged') return [];
  return [...contacts.addresses].sort((a, b) => a.localeCompare(b));
}

/** The Add a Contact box and button, shown once signed in. */
export function addContactControls(state: ClientState): ControlView[] {
  if (state.phase !== 'signedIn' || !state.contacts) return [];
  return [
    { kind: 'textbox', name: contactLabels.addBox, value: state.contacts.adding, secret: false },
    { kind: 'button', name: contactLabels.addButton },
  ];
}
