import { expect } from 'chai';
import { test } from 'node:test';
import { Secret } from '../simulator';
import { CredentialCache } from './credential-cache';
import { Timeline } from './timeline';
import { VirtualClock } from './virtual-clock';

const make = () => {
  const timeline = new Timeline(new VirtualClock(0));
  return { cache: new CredentialCache('alice on PC1', timeline), timeline };
};
const entry = (address: string) => ({
  address,
  userName: address,
  password: new Secret('hunter2-secret', 'password'),
  certificate: null,
  endpoint: null,
});

test('cache: records every read, write and delete', () => {
  const { cache } = make();
  cache.write(entry('alice@contoso.com'));
  cache.read('alice@contoso.com');
  cache.delete('alice@contoso.com');
  expect(cache.operations.calls.map((c) => c.op)).to.deep.equal(['write', 'read', 'delete']);
  expect(cache.peek('alice@contoso.com')).to.equal(null);
});

test('cache: delete removes one address and keeps the others', () => {
  const { cache } = make();
  cache.write(entry('alice@contoso.com'));
  cache.write(entry('bob@contoso.com'));
  cache.delete('bob@contoso.com');
  expect(cache.addresses()).to.deep.equal(['alice@contoso.com']);
});

test('cache: the timeline says a password was saved, never which', () => {
  const { cache, timeline } = make();
  cache.write(entry('alice@contoso.com'));
  expect(timeline.format()).to.match(/a saved password/);
  expect(timeline.format()).to.not.match(/hunter2/);
});

test('cache: a fault switch on an empty cache says how to set it up', () => {
  expect(() => make().cache.corruptCertificate('alice@contoso.com')).to.throw(/sign in with "save my password" first/);
});
