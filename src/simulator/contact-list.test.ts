import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions } from './assumptions';
import { initialState, type ClientState } from './client-state';
import { addContact, onContactArrived, onContactCache, readContactCache, removeContact, shownContacts, typeContact } from './contact-list';
import { phaseTable } from './phase-table';

const base = initialState({ assumptions: defaultAssumptions, phaseTable, version: '15.0' });
const signingIn: ClientState = { ...base, phase: 'signingIn', address: 'Alice@contoso.com' };
const read = (damaged: boolean) => onContactCache(readContactCache(signingIn).state, damaged).state;
const signedIn = (damaged: boolean): ClientState => ({ ...read(damaged), phase: 'signedIn', session: { id: 's1', endpoint: 'pool' } });
const withBob = (damaged: boolean) => onContactArrived(signedIn(damaged), 'Bob@contoso.com');

test('the cache is read for the sign-in address, before anything else, and a new sign-in starts from an empty list', () => {
  const r = readContactCache({ ...withBob(false).state, phase: 'signingIn' });
  expect(r.effects).to.deep.equal([{ type: 'contacts.readCache', address: 'alice@contoso.com' }]);
  expect(r.state.contacts?.addresses).to.deep.equal([]);
  expect(readContactCache({ ...withBob(false).state, phase: 'reconnecting' }).state.contacts?.addresses).to.deep.equal(['bob@contoso.com']);
});

const cases: { name: string; damaged: boolean; writes: unknown[]; shown: string[] }[] = [
  {
    name: 'a sound (or absent) cache: the contact is shown and written',
    damaged: false,
    writes: [{ type: 'contacts.writeCache', address: 'alice@contoso.com', contacts: ['bob@contoso.com'] }],
    shown: ['bob@contoso.com'],
  },
  { name: 'a damaged cache: nothing shown, nothing written', damaged: true, writes: [], shown: [] },
];
for (const c of cases)
  test(`a contact arrives from the service: ${c.name}`, () => {
    const r = withBob(c.damaged);
    expect(r.effects).to.deep.equal(c.writes);
    expect(shownContacts(r.state)).to.deep.equal(c.shown);
  });

test('Add to Contacts List asks the service, with the typed address; an empty box asks nothing', () => {
  expect(addContact(signedIn(false)).effects).to.deep.equal([]);
  const r = addContact(typeContact(signedIn(false), ' Carol@contoso.com ').state);
  expect(r.effects).to.deep.equal([
    { type: 'net.request', requestId: 1, request: { kind: 'contactAdd', host: 'pool', sessionId: 's1', contact: 'carol@contoso.com' } },
  ]);
  expect(r.state.contacts?.adding).to.equal('');
});

test('Remove from Contacts List takes the contact off the list and the cache at once, and asks the service', () => {
  const r = removeContact(withBob(false).state, 'bob@contoso.com');
  expect(shownContacts(r.state)).to.deep.equal([]);
  expect(r.effects).to.deep.equal([
    { type: 'contacts.writeCache', address: 'alice@contoso.com', contacts: [] },
    { type: 'net.request', requestId: 1, request: { kind: 'contactRemove', host: 'pool', sessionId: 's1', contact: 'bob@contoso.com' } },
  ]);
  expect(removeContact(signedIn(false), 'bob@contoso.com').effects, 'not in the list').to.deep.equal([]);
});
