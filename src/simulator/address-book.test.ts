import { expect } from 'chai';
import { test } from 'node:test';
import { addressBookAfterSignIn, addressBookHost, onAddressBook, search, searchControls } from './address-book';
import { defaultAssumptions } from './assumptions';
import { clientMessages } from './client-messages';
import { initialState, type ClientState } from './client-state';
import { phaseTable } from './phase-table';
import { stay } from './step-result';

const base = initialState({ assumptions: defaultAssumptions, phaseTable, version: '15.0' });
const url = 'https://webpool.example.com/abs/handler';
const signedIn: ClientState = addressBookAfterSignIn(
  stay({ ...base, phase: 'signedIn', address: 'alice@contoso.com', session: { id: 's1', endpoint: 'pool' } }),
  url,
).state;
const entries = [
  { address: 'bob@contoso.com', name: 'Bob' },
  { address: 'bonnie@contoso.com', name: 'Bonnie' },
];
const results = (state: ClientState): string | undefined => {
  const line = searchControls(state).find((c) => c.name === 'Search results');
  return line?.kind === 'label' ? line.text : undefined;
};

test('address book: a sign-in downloads nothing and sets no timer, whatever GalDownloadInitialDelay says', () => {
  const withPolicy: ClientState = {
    ...signedIn,
    admin: { ...signedIn.admin, policies: { machine: { galDownloadInitialDelay: 60 }, user: {} } },
  };
  expect(addressBookAfterSignIn(stay(withPolicy), url).effects).to.deep.equal([]);
});

test('address book: the host of the service URL', () => {
  expect(addressBookHost(url)).to.equal('webpool.example.com');
  expect(addressBookHost('HTTPS://WebPool.Example.com:443/abs')).to.equal('webpool.example.com');
});

const typed: { name: string; from: ClientState; text: string; effects: unknown[] }[] = [
  {
    name: 'signed in, each search is one web request to the service',
    from: signedIn,
    text: ' bo ',
    effects: [
      { type: 'net.request', requestId: 1, request: { kind: 'addressBook', host: 'webpool.example.com', sessionId: 's1', query: 'bo' } },
    ],
  },
  { name: 'an empty box asks nothing', from: signedIn, text: '', effects: [] },
  { name: 'signed out, nothing is sent', from: { ...signedIn, phase: 'signedOut', session: null }, text: 'bo', effects: [] },
  { name: 'before any sign-in there is no search box', from: base, text: 'bo', effects: [] },
];

for (const c of typed) {
  test(`address book search: ${c.name}`, () => {
    expect(search(c.from, c.text).effects).to.deep.equal(c.effects);
  });
}

test('address book: the line under the box shows what the service answered, or why it could not', () => {
  const sent = search(signedIn, 'bo').state;
  expect(results(sent)).to.equal(undefined);
  expect(results(onAddressBook(sent, 1, { ok: true, kind: 'addressBook', entries })?.state ?? sent)).to.equal('Bob, Bonnie');
  expect(results(onAddressBook(sent, 1, { ok: true, kind: 'addressBook', entries: [] })?.state ?? sent)).to.equal(
    defaultAssumptions.noSearchResultsText,
  );
  expect(results(onAddressBook(sent, 1, { ok: false, failure: 'not responding' })?.state ?? sent)).to.equal(
    clientMessages.addressBookUnreachable,
  );
  expect(onAddressBook(sent, 2, { ok: true, kind: 'addressBook', entries })).to.equal(null);
});

test('address book: a second search asks the service again (nothing is kept)', () => {
  const first = onAddressBook(search(signedIn, 'bob').state, 1, { ok: true, kind: 'addressBook', entries })?.state ?? signedIn;
  expect(search(first, 'bob').effects).to.have.length(1);
});
