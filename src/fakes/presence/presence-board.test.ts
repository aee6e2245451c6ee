import { expect } from 'chai';
import { test } from 'node:test';
import { defaultAssumptions, type Assumptions, type Availability } from '../../simulator';
import type { ServiceSession } from '../service-account';
import { Timeline } from '../timeline';
import { VirtualClock } from '../virtual-clock';
import { PresenceBoard } from './presence-board';

const session = (id: string, address = 'alice@contoso.com'): ServiceSession => ({
  id,
  address,
  endpoint: 'pool',
  computer: id,
  windowsUser: address.split('@')[0] ?? '',
});

function board(assumptions: Partial<Assumptions> = {}) {
  const sessions: ServiceSession[] = [];
  const pushes: [string, string, Availability][] = [];
  const b = new PresenceBoard(
    (a) => sessions.filter((s) => s.address === a.toLowerCase()),
    () => sessions,
    () => ({ ...defaultAssumptions, ...assumptions }),
    new Timeline(new VirtualClock(0)),
  );
  b.push = (s, address, availability) => pushes.push([s.address, address, availability]);
  const signIn = (s: ServiceSession) => {
    sessions.push(s);
    b.signedIn(s);
  };
  const end = (s: ServiceSession, lost: boolean) => {
    sessions.splice(sessions.indexOf(s), 1);
    b.ended(s, lost);
  };
  return { b, pushes, signIn, end };
}

test('presence board: nobody signed in is Offline; a new endpoint is Available', () => {
  const { b, signIn } = board();
  expect(b.seenAs('alice@contoso.com')).to.equal('Offline');
  signIn(session('PC1'));
  expect(b.seenAs('alice@contoso.com')).to.equal('Available');
});

test('presence board: two endpoints, the most active one wins unless one was chosen by hand', () => {
  const { b, signIn } = board();
  const pc1 = session('PC1');
  const pc2 = session('PC2');
  signIn(pc1);
  signIn(pc2);
  b.publish(pc1, 'Away', false);
  expect(b.seenAs('alice@contoso.com')).to.equal('Available');
  b.publish(pc2, 'Busy', true);
  expect(b.seenAs('alice@contoso.com')).to.equal('Busy');
});

test('presence board: the alternative, the latest publication wins', () => {
  const { b, signIn } = board({ presenceAcrossEndpoints: 'latest wins' });
  const pc1 = session('PC1');
  signIn(pc1);
  signIn(session('PC2'));
  b.publish(pc1, 'Away', false);
  expect(b.seenAs('alice@contoso.com')).to.equal('Away');
});

test('presence board: a lost connection is seen as the disconnectedSeenAs assumption says; signing out as Offline', () => {
  const { b, signIn, end } = board({ disconnectedSeenAs: 'Presence Unknown' });
  const pc1 = session('PC1');
  signIn(pc1);
  end(pc1, true);
  expect(b.seenAs('alice@contoso.com')).to.equal('Presence Unknown');
  const again = session('PC1b');
  signIn(again);
  end(again, false);
  expect(b.seenAs('alice@contoso.com')).to.equal('Offline');
});

test('presence board: a change is pushed to every endpoint whose contact list holds the person, and only there', () => {
  const { b, pushes, signIn } = board();
  const bob = session('PC2', 'bob@contoso.com');
  signIn(bob);
  signIn(session('PC3', 'carol@contoso.com'));
  b.addContact('bob@contoso.com', 'alice@contoso.com');
  const alice = session('PC1');
  signIn(alice);
  b.publish(alice, 'Do Not Disturb', true);
  expect(pushes.filter(([, about]) => about === 'alice@contoso.com')).to.deep.equal([
    ['bob@contoso.com', 'alice@contoso.com', 'Offline'],
    ['bob@contoso.com', 'alice@contoso.com', 'Available'],
    ['bob@contoso.com', 'alice@contoso.com', 'Do Not Disturb'],
  ]);
});

test('presence board: a contact with no Lync Online licence is Presence Unknown, and is pushed as such when added', () => {
  const { b, pushes, signIn } = board();
  b.isUser = (a) => a !== 'carol@contoso.com';
  signIn(session('PC1'));
  b.addContact('alice@contoso.com', 'Carol@contoso.com');
  expect(b.seenAs('carol@contoso.com')).to.equal('Presence Unknown');
  expect(pushes).to.deep.include(['alice@contoso.com', 'carol@contoso.com', 'Presence Unknown']);
});

test('presence board: a removed contact is off the list and gets no more pushes', () => {
  const { b, pushes, signIn } = board();
  b.addContact('alice@contoso.com', 'bob@contoso.com');
  b.removeContact('Alice@contoso.com', 'Bob@contoso.com');
  signIn(session('PC1'));
  signIn(session('PC2', 'bob@contoso.com'));
  expect([...(b.contacts.get('alice@contoso.com') ?? [])]).to.deep.equal([]);
  expect(pushes.filter(([to]) => to === 'alice@contoso.com')).to.deep.equal([]);
});
