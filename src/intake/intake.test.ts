import { expect } from 'chai';
import { test } from 'node:test';
import { buildSymptomIndex } from '../symptoms/symptom-index';
import { intake } from './intake';
import { tuningPhrasings } from './phrasings';
import { CauseSearch } from './search-causes';
import { stopWords } from './synonyms';
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

/**
 * The share of message fragments that reach one of their causes; generic ones ("from the server sign-in") may not.
 * 0.98 until issue 22: an expired password brings the wrong-password message too (KB 2630976), and that message's four
 * causes now fill the top 3 for the two "password incorrectly" fragments of the version message (144 of 149).
 * 0.965 until issue 21's Outlook message (KB 2436962): three of its fragments say only "the sign-in address", which
 * the messages of a dozen causes say too (263 of 273).
 */
const fragmentFloor = 0.96;

test('4-word fragments of error and warning messages (2 telling words or more) reach one of their causes in the top 3', () => {
  const index = search.index;
  let checked = 0;
  const misses: string[] = [];
  for (const m of index.messages.filter((x) => (x.kind === 'error' || x.kind === 'warning') && x.causes.length > 0)) {
    const words = m.words;
    const fragments = words.length <= 4 ? [words] : Array.from({ length: words.length - 3 }, (_, i) => words.slice(i, i + 4));
    for (const f of fragments) {
      if (f.filter((w) => !stopWords.has(w)).length < 2) continue;
      const quoted = f.map((w) => (w === '*' ? 'fabrikam.com' : w)).join(' ');
      const owners = new Set(
        index.messages.filter((x) => x.words.join(' ').includes(f.join(' '))).flatMap((x) => x.causes.map((l) => l.cause)),
      );
      const found = search
        .search(quoted)
        .slice(0, 3)
        .map((h) => h.cause.id);
      checked++;
      if (!found.some((id) => owners.has(id))) misses.push(`"${quoted}" -> ${found.join(', ')} (wanted ${[...owners].join(', ')})`);
    }
  }
  console.log(`fragments: ${checked - misses.length}/${checked} reach a cause\n  ${misses.join('\n  ')}`);
  // Enough fragments to mean something; the count falls when a message of our own is dropped (TE-13, issue 22: 149).
  expect(checked).to.be.greaterThan(140);
  expect((checked - misses.length) / checked).to.be.at.least(fragmentFloor);
});

test('who is affected reorders the causes of a shared message', () => {
  const cases: readonly [Ticket, string, boolean][] = [
    [{ text: 'server is temporarily unavailable', context: { users: 'one', computers: 'one' } }, 'retired-front-end', true],
    [{ text: 'server is temporarily unavailable', context: { users: 'several', computers: 'several' } }, 'retired-front-end', false],
    [{ text: 'problem acquiring a personal certificate', context: { users: 'one', computers: 'several' } }, 'address-renamed', true],
  ];
  for (const [ticket, cause, first] of cases) expect(top(ticket, 1)[0] === cause, JSON.stringify(ticket)).to.equal(first);
});

test('any text at all gets an answer, never a crash', () => {
  for (const text of ['xyzzy blorp', '', '!!!', 'the clok is wrnog', 'a'.repeat(5000), '* * *']) {
    const r = intake(search, { text });
    expect(r.confident || r.question !== null || r.ranked.length > 0, JSON.stringify(text.slice(0, 20))).to.equal(true);
  }
});

test("a customer's word reaches the index's wording through the synonym map", () => {
  const cases: readonly [string, string][] = [
    ['it disconnects every few minutes', 'network-drop'],
    ['we changed nameservers', 'dns-records-missing'],
    ['Lync hangs at login', 'slow-answers'],
    ['stuck on the spinning circle', 'slow-answers'],
  ];
  for (const [text, cause] of cases)
    expect(
      search
        .search(text)
        .slice(0, 3)
        .map((h) => h.cause.id),
      text,
    ).to.include(cause);
});

test('context in the words counts as context, and is not asked for again', () => {
  const text = 'after IT changed my password, Lync on my laptop just spins and then says something about the server';
  const r = intake(search, { text });
  expect(r.fromWords).to.deep.equal({ changed: 'password' });
  expect(r.question?.key ?? null).to.not.equal('changed');
  expect(top({ text }), text).to.include('password-changed');
  // said on its own, context wins over the words
  const told = intake(search, { text, context: { changed: 'sleep' } });
  expect(told.facts.changed).to.equal('sleep');
  expect(told.fromWords).to.deep.equal({});
});
