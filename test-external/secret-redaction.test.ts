import { expect } from 'chai';
import { test } from 'node:test';
import { ClientFault } from '../src/drivers/external/client-fault';
import { SecretBook, toWireEvent, fromWireEvent } from '../src/protocol';
import { Secret } from '../src/simulator';

test('a secret that went out comes back as the same Secret, and one the world holds is reused', () => {
  const password = new Secret('Pa55-word!7', "Alice's password");
  const book = new SecretBook(() => [password]);
  const wire = toWireEvent({ type: 'user.type', window: 'main', field: 'Password', text: password }, book);
  expect(wire).to.deep.equal({ type: 'user.type', window: 'main', field: 'Password', text: 'Pa55-word!7', secret: true });
  const back = fromWireEvent(wire, book);
  expect(back.type === 'user.type' && back.text === password).to.equal(true);
  expect(new SecretBook(() => [password]).wrap('Pa55-word!7', 'password')).to.equal(password);
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
  expect(!fault.message.includes('Pa55-word!7'), fault.message).to.equal(true);
  expect(fault.message).to.match(/password is «Alice's password»/);
  expect(!String(fault.stack).includes('Pa55-word!7')).to.equal(true);
});
