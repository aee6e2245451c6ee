import { expect } from 'chai';
import { test } from 'node:test';
import { answerTicket } from './ticket-endpoint';

test('a malformed ticket gets 422 and the reason', () => {
  const cases: readonly [unknown, RegExp][] = [
    [null, /must be an object/],
    [{ text: 3 }, /text.{0,2}" must be a string/],
    [{ text: 'x'.repeat(2001) }, /at most 2000/],
    [{ text: 'spins', users: 2 }, /users.{0,2}" must be a string/],
    [{ text: 'spins', users: 'many' }, /--users takes one\|several/],
    [{ text: 'spins', answers: [] }, /answers.{0,2}" must be an object/],
    [{ text: 'spins', answers: { colour: 'red' } }, /no question .{0,2}colour/],
    [{ text: '  ' }, /the ticket is empty/],
  ];
  for (const [body, reason] of cases) {
    const a = answerTicket(body);
    expect(a.status, JSON.stringify(body)).to.equal(422);
    expect(JSON.stringify(a.body), JSON.stringify(body)).to.match(reason);
  }
});

test('a ticket gets the next question, then the causes once answered', () => {
  const first = answerTicket({ text: 'spins' });
  expect(first.status).to.equal(200);
  const asked = 'question' in first.body ? first.body.question : null;
  expect(asked?.key).to.be.a('string');
  const clock = answerTicket({ text: 'my clock looks right', computers: 'one' });
  expect('causes' in clock.body && clock.body.causes[0]?.id).to.equal('time-zone-wrong-clock-adjusted');
});
