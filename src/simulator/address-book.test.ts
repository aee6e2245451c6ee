import { expect } from 'chai';
import { test } from 'node:test';
import { addressBookAfterSignIn, addressBookTimer, downloadAddressBook, onAddressBook, searchControls } from './address-book';
import { defaultAssumptions } from './assumptions';
import { initialState, type ClientState } from './client-state';
import { phaseTable } from './phase-table';
import { stay } from './step-result';

const base = initialState({ assumptions: defaultAssumptions, phaseTable, version: '15.0' });
const signedIn: ClientState = { ...base, phase: 'signedIn', address: 'alice@contoso.com', session: { id: 's1', endpoint: 'pool' } };
const entries = [
  { address: 'bob@contoso.com', name: 'Bob' },
  { address: 'bonnie@contoso.com', name: 'Bonnie' },
];
const withPolicy = (minutes: number): ClientState => ({
  ...signedIn,
  admin: { ...signedIn.admin, policies: { machine: { galDownloadInitialDelay: minutes }, user: {} } },
});

const cases: { name: string; from: ClientState; effects: unknown[] }[] = [
  {
    name: 'no policy: a random wait of up to 60 minutes',
    from: signedIn,
    effects: [{ type: 'timer.set', name: addressBookTimer, ms: 3_600_000, random: true }],
  },
  {
    name: 'policy 10: up to 10 minutes',
    from: withPolicy(10),
    effects: [{ type: 'timer.set', name: addressBookTimer, ms: 600_000, random: true }],
  },
  {
    name: 'policy 0: the download at once',
    from: withPolicy(0),
    effects: [{ type: 'net.request', requestId: 0, request: { kind: 'addressBook', host: 'pool', sessionId: 's1' } }],
  },
  {
    name: 'a sign-in that already has the address book waits for nothing',
    from: { ...signedIn, directory: { address: 'alice@contoso.com', requestId: null, entries, query: '' } },
    effects: [],
  },
];

for (const c of cases)
  test(`address book after sign-in: ${c.name}`, () => {
    expect(addressBookAfterSignIn(stay(c.from)).effects).to.deep.equal(c.effects);
  });

test('address book: the wait ending while signed out leaves it to the next sign-in', () => {
  const waiting = addressBookAfterSignIn(stay(signedIn)).state;
  const after = downloadAddressBook({ ...waiting, phase: 'signedOut', session: null });
  expect(after.effects).to.deep.equal([]);
  expect(addressBookAfterSignIn(stay({ ...after.state, phase: 'signedIn', session: signedIn.session })).effects).to.have.length(1);
});

test('address book: the search finds the names holding what was typed, and nothing before the download', () => {
  const sent = downloadAddressBook(addressBookAfterSignIn(stay(signedIn)).state).state;
  const typed = (s: ClientState): ClientState => ({ ...s, directory: s.directory && { ...s.directory, query: 'BO' } });
  expect(searchControls(typed(sent))[1]).to.deep.equal({ kind: 'label', name: 'Search results', text: 'No results found.' });
  const arrived = onAddressBook(sent, 0, { ok: true, kind: 'addressBook', entries })?.state;
  expect(arrived && searchControls(typed(arrived))[1]).to.deep.equal({ kind: 'label', name: 'Search results', text: 'Bob, Bonnie' });
  expect(onAddressBook(sent, 5, { ok: true, kind: 'published' })).to.equal(null);
});
