import { expect } from 'chai';
import { test } from 'node:test';
import { buildSymptomIndex } from '../symptoms/symptom-index';
import { intake } from './intake';
import { tuningPhrasings } from './phrasings';
import { CauseSearch } from './search-causes';
import type { Ticket } from './ticket';

const search = new CauseSearch(buildSymptomIndex(), tuningPhrasings);
const top = (ticket: Ticket, n = 3) =>
  intake(search, ticket)
    .ranked.slice(0, n)
    .map((h) => h.cause.id);

test('tickets written as customers write them reach their cause in the top 3', () => {
  const cases: readonly [string, string][] = [
    ['my clock looks right', 'time-zone-wrong-clock-adjusted'],
    ['asked for my password every morning', 'password-storage-disabled'],
    ['since we moved our domain to a new DNS host', 'dns-records-missing'],
    ['after IT changed my password, Lync on my laptop just spins and then says something about the server', 'password-changed'],
    ['my colleagues see me as Away all the time', 'idle-replaces-choice'],
  ];
  for (const [text, cause] of cases) expect(top({ text }), text).to.include(cause);
});

test('vague words get a question, not a list of guesses', () => {
  const cases: readonly string[] = ['spins', 'it does not work', 'Lync is broken', 'help', 'problem since yesterday'];
  for (const text of cases) {
    const r = intake(search, { text });
    expect(r.confident, text).to.equal(false);
    expect(r.question?.key, text).to.be.a('string');
  }
});

test("a message quoted as Lync shows it reaches its causes; the question, if any, splits the message's causes", () => {
  const cases: readonly [string, string, string | null][] = [
    // clock-off and a wrong time zone show the same message and answer every question alike: nothing to ask
    ['Cannot sign in to Lync because your computer clock is not set correctly', 'clock-off', null],
    // the DNS client cache lives on one computer, the missing records hit every computer
    ["Lync couldn't find a Lync Server for contoso.com", 'dns-records-missing', 'computers'],
    ['There was a problem acquiring a personal certificate required to sign in', 'damaged-certificate', 'changed'],
  ];
  for (const [text, cause, asked] of cases) {
    const r = intake(search, { text });
    expect(
      r.ranked.slice(0, 3).map((h) => h.cause.id),
      text,
    ).to.include(cause);
    expect(r.question?.key ?? null, text).to.equal(asked);
  }
});

test('context moves the cause whose trigger and scope fit ahead', () => {
  const cases: readonly [Ticket, string][] = [
    [{ text: 'spins', context: { changed: 'dns' } }, 'dns-'],
    [{ text: 'cannot sign in', context: { changed: 'password' } }, 'password'],
    [{ text: 'cannot sign in', context: { changed: 'sleep', users: 'one', computers: 'one' } }, 'clock'],
    [{ text: 'cannot sign in', context: { network: 'office', users: 'several' } }, 'firewall'],
  ];
  for (const [ticket, part] of cases) expect(top(ticket, 3).join(' '), JSON.stringify(ticket)).to.contain(part);
});

test('an answer changes the ranking and is never asked again', () => {
  const first = intake(search, { text: 'spins' });
  const key = first.question?.key ?? '';
  const value = first.question?.answers[0]?.value ?? '';
  const second = intake(search, { text: 'spins', answers: { [key]: value } });
  expect(second.facts[key]).to.equal(value);
  expect(second.question?.key).to.not.equal(key);
});

test('an unknown question or answer is refused with the values it takes', () => {
  const cases: readonly [Record<string, string>, RegExp][] = [
    [{ colour: 'red' }, /no question "colour"/],
    [{ users: 'many' }, /takes one, several/],
  ];
  for (const [answers, message] of cases) expect(() => intake(search, { text: 'x', answers })).to.throw(message);
});
