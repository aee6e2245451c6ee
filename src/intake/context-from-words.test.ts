import { expect } from 'chai';
import { test } from 'node:test';
import { contextFromWords } from './context-from-words';

const cases: readonly [string, Record<string, string>][] = [
  ['after IT changed my password, Lync on my laptop just spins', { changed: 'password' }],
  ['my password expired last week and now it keeps asking', { changed: 'password' }],
  ['since we moved our domain to a new DNS host', { changed: 'dns' }],
  ['our DNS host cannot add SRV records', {}],
  ['on my new laptop Lync will not sign in', { changed: 'new-computer' }],
  ['Lync on my laptop just spins', {}],
  ['every morning after the laptop wakes up from sleep it is signed out', { changed: 'sleep' }],
  ['since the latest Office update Lync crashes', { changed: 'update' }],
  ['it fails on the hotel wifi', { network: 'public' }],
  ['only on VPN', { network: 'vpn' }],
  ['it works at home but I cannot sign in from the office network', {}],
  ['everyone in the team has it', { users: 'several' }],
  ['search finds nobody', {}],
  ['nobody can sign in this morning', { users: 'several' }],
  ['it is only me, my colleagues are fine', { users: 'one' }],
  ['the same on all my computers', { computers: 'several' }],
  ['after the update I changed my password', {}],
  ['Cannot sign in to Lync because your computer clock is not set correctly', {}],
];

for (const [text, facts] of cases)
  test(`contextFromWords: ${JSON.stringify(text)}`, () => {
    expect(contextFromWords(text)).to.deep.equal(facts);
  });
