import { expect } from 'chai';
import { test } from 'node:test';
import type { ObservedField } from './observed-field';
import { observedSentence, type ObservedContext } from './observed-sentence';

const at = { person: 'Alice', computer: 'PC1' };
const cases: [ObservedField, string | undefined, ObservedContext, string | null][] = [
  [{ f: 'processes', ...at }, '0', {}, 'no Lync process runs for Alice on PC1'],
  [{ f: 'processes', ...at }, '2', {}, null],
  [{ f: 'sessions', ...at }, '1', {}, 'Alice is signed in to Lync Online from PC1'],
  [{ f: 'presence', person: 'Alice' }, 'Away', { colleague: 'Bob' }, 'Bob, a colleague, sees Alice as Away'],
  [{ f: 'presence', person: 'Alice' }, 'Away', {}, null],
  [
    { f: 'cache.password', ...at, whose: 'Alice' },
    'another',
    {},
    "the credential cache of Alice on PC1 holds a password for Alice that is not Alice's password",
  ],
  [{ f: 'cache', ...at, whose: 'Bob' }, undefined, {}, 'the credential cache of Alice on PC1 holds nothing for Bob'],
  [{ f: 'setting', ...at, name: 'signInAddress' }, undefined, {}, 'the Lync setting "signInAddress" of Alice on PC1 is "unset"'],
  [{ f: 'taskbar', ...at }, 'no', {}, 'the Lync icon is not in the taskbar of Alice on PC1'],
  [
    { f: 'icon', ...at },
    'Lync - Not signed in | Open Lync, Exit',
    {},
    'the Lync icon of Alice on PC1 reads "Lync - Not signed in" and offers "Open Lync, Exit"',
  ],
  [{ f: 'window', ...at, window: 'credentials' }, undefined, {}, 'Alice sees no "credentials" window of Lync on PC1'],
  [{ f: 'control', ...at, window: 'main', name: 'Password' }, '', {}, 'the "main" window of Lync for Alice on PC1 shows "Password" as ""'],
  [{ f: 'alerts', ...at }, '', {}, 'Alice has seen no alert on PC1'],
  [{ f: 'requests', ...at }, 'a\nb', { other: 'a\nb\nc' }, 'Lync for Alice on PC1 has sent 2 requests'],
  [{ f: 'requests', ...at }, 'a\nb', { other: 'a\nc' }, 'request 2 of Lync for Alice on PC1 was "b"'],
  [{ f: 'version', computer: 'PC1' }, '15.0', {}, null],
];

for (const [field, value, context, text] of cases)
  test(`an observed ${field.f} (${String(value)}) as a Then step: ${String(text)}`, () => {
    expect(observedSentence(field, value, context)).to.equal(text);
  });
