import assert from 'node:assert/strict';
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
  assert.deepEqual(
    cache.operations.calls.map((c) => c.op),
    ['write', 'read', 'delete'],
  );
  assert.equal(cache.peek('alice@contoso.com'), null);
});

test('cache: delete removes one address and keeps the others', () => {
  const { cache } = make();
  cache.write(entry('alice@contoso.com'));
  cache.write(entry('bob@contoso.com'));
  cache.delete('bob@contoso.com');
  assert.deepEqual(cache.addresses(), ['alice@contoso.com']);
});

test('cache: the timeline says a password was saved, never which', () => {
  const { cache, timeline } = make();
  cache.write(entry('alice@contoso.com'));
  assert.match(timeline.format(), /a saved password/);
  assert.doesNotMatch(timeline.format(), /hunter2/);
});

test('cache: a fault switch on an empty cache says how to set it up', () => {
  assert.throws(() => make().cache.corruptCertificate('alice@contoso.com'), /sign in with "save my password" first/);
});
