import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions, type Assumptions } from '../assumptions';
import type { ClientEvent } from '../client-event';
import { initialState, type ClientState } from '../client-state';
import { phaseTable } from '../phase-table';
import { transition } from '../transition';
import { view } from '../view';
import { awayTimer, idleTimer, type Availability } from './presence-types';

const signedInWith = (assumptions: Partial<Assumptions> = {}, presence: Partial<ClientState['presence']> = {}): ClientState => {
  const base = initialState({ assumptions: { ...defaultAssumptions, ...assumptions }, phaseTable, version: '15.0' });
  return {
    ...base,
    phase: 'signedIn',
    address: 'alice@contoso.com',
    mainWindow: 'shown',
    session: { id: 's1', endpoint: 'pool' },
    presence: { ...base.presence, published: 'Available', ...presence },
  };
};

const choose = (item: string): ClientEvent => ({ type: 'user.menu', window: 'main', menu: 'Presence', path: [item] });

/** What the client told the service in one transition (null: nothing). */
const published = (state: ClientState, event: ClientEvent): Availability | null => {
  const r = transition(state, event);
  const p = r.effects.flatMap((e) => (e.type === 'net.request' && e.request.kind === 'publish' ? [e.request.availability] : []));
  return p[0] ?? null;
};

const cases: { name: string; from: ClientState; event: ClientEvent; publishes: Availability | null }[] = [
  { name: 'NR-13: locking publishes Away', from: signedInWith(), event: { type: 'os.sessionLocked', locked: true }, publishes: 'Away' },
  {
    name: 'NR-13: unlocking publishes Available',
    from: signedInWith({}, { locked: true, published: 'Away' }),
    event: { type: 'os.sessionLocked', locked: false },
    publishes: 'Available',
  },
  {
    name: 'NR-12: the idle timer publishes Inactive',
    from: signedInWith(),
    event: { type: 'timer.fired', name: idleTimer },
    publishes: 'Inactive',
  },
  {
    name: 'NR-12: the Inactive timer publishes Away',
    from: signedInWith({}, { activity: 'inactive', published: 'Inactive' }),
    event: { type: 'timer.fired', name: awayTimer },
    publishes: 'Away',
  },
  {
    name: 'NR-12: input after Away publishes Available',
    from: signedInWith({}, { activity: 'away', published: 'Away' }),
    event: { type: 'os.userInput' },
    publishes: 'Available',
  },
  { name: 'input while Available publishes nothing', from: signedInWith(), event: { type: 'os.userInput' }, publishes: null },
  { name: 'choosing Busy publishes Busy', from: signedInWith(), event: choose('Busy'), publishes: 'Busy' },
  { name: 'Appear Away shows colleagues Away', from: signedInWith(), event: choose('Appear Away'), publishes: 'Away' },
  {
    name: 'Reset Status goes back to Available',
    from: signedInWith({}, { choice: 'Busy', published: 'Busy' }),
    event: choose('Reset Status'),
    publishes: 'Available',
  },
  {
    name: 'a choice holds through the lock (manualPresenceHoldsWhenIdle)',
    from: signedInWith({}, { choice: 'Do Not Disturb', published: 'Do Not Disturb' }),
    event: { type: 'os.sessionLocked', locked: true },
    publishes: null,
  },
  {
    name: 'the alternative: the lock replaces a choice',
    from: signedInWith({ manualPresenceHoldsWhenIdle: false }, { choice: 'Do Not Disturb', published: 'Do Not Disturb' }),
    event: { type: 'os.sessionLocked', locked: true },
    publishes: 'Away',
  },
  {
    name: 'signed out, locking publishes nothing',
    from: { ...signedInWith(), phase: 'signedOut', session: null },
    event: { type: 'os.sessionLocked', locked: true },
    publishes: null,
  },
];

for (const c of cases)
  test(`presence: ${c.name}`, () => {
    expect(published(c.from, c.event)).to.equal(c.publishes);
  });

test('presence: NR-07, while reconnecting the presence menu is gone and contacts are unknown', () => {
  const state: ClientState = {
    ...signedInWith({}, { contacts: { 'bob@contoso.com': 'Busy' } }),
    contacts: { address: 'alice@contoso.com', cache: 'ok', addresses: ['bob@contoso.com'], adding: '' },
    phase: 'reconnecting',
    session: null,
  };
  const main = view(state).windows.find((w) => w.id === 'main');
  expect(main?.controls.some((c) => c.kind === 'menu' && c.name === 'Presence')).to.equal(false);
  expect(main?.controls.find((c) => c.name === 'Contact bob@contoso.com')).to.deep.equal({
    kind: 'label',
    name: 'Contact bob@contoso.com',
    text: 'Presence Unknown',
  });
});
