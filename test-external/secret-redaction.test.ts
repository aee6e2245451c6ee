import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ClientFault } from '../src/drivers/external/client-fault';
import { SecretBook, toWireEvent, fromWireEvent } from '../src/protocol';
import { Secret } from '../src/simulator';

test('a secret that went out comes back as the same Secret, and one the world holds is reused', () => {
  const password = new Secret('Pa55-word!7', "Alice's password");
  const book = new SecretBook(() => [password]);
  const wire = toWireEvent({ type: 'user.type', window: 'main', field: 'Password', text: password }, book);
  assert.deepEqual(wire, { type: 'user.type', window: 'main', field: 'Password', text: 'Pa55-word!7', secret: true });
  const back = fromWireEvent(wire, book);
  assert.ok(back.type === 'user.type' && back.text === password);
  assert.equal(new SecretBook(() => [password]).wrap('Pa55-word!7', 'password'), password);
});

test("a client's failure never shows a secret, even when the client wrote it to stderr", () => {
  const password = new Secret('Pa55-word!7', "Alice's password");
  const book = new SecretBook(() => [password]);
  const fault = new ClientFault(
    { kind: 'crashed', code: 1, signal: null, during: 'client/deliver (user.click "Sign In" in main)' },
    {
      client: 'leaky',
      command: 'leaky',
      lync: 'alice on PC1',
      process: 'process 1',
      scenario: 'S',
      step: 'T',
      stderr: ['debug: password is Pa55-word!7'],
    },
    (text) => book.redact(text),
  );
  assert.ok(!fault.message.includes('Pa55-word!7'), fault.message);
  assert.match(fault.message, /password is «Alice's password»/);
  assert.ok(!String(fault.stack).includes('Pa55-word!7'));
});
