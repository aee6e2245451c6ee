import { expect } from 'chai';
import { test } from 'node:test';
import { Corpus, uniform, type CorpusEntry } from './corpus';

const cast = { people: ['Alice'], computers: ['PC1'], installs: [], emptyAddress: [], loggedOn: [] };
const entry = (name: string, length: number, gain: number, frontier: number): CorpusEntry => ({
  cast: { ...cast, people: [name] },
  intents: Array.from({ length }, (_, i) => ({ command: `c${i}`, args: {} })),
  gain,
  frontier,
});

test('a guided history starts from a corpus entry, chosen by what it found, cut at or before its frontier', () => {
  const corpus = new Corpus();
  corpus.add(entry('Alice', 10, 3, 4));
  corpus.add(entry('Bob', 10, 1, 10));
  const cases: [string, number, number, string, number][] = [
    ['the first three quarters go to the entry that found three times as much', 0.1, 0.2, 'Alice', 4],
    ['at the end of the first entry', 0.74, 0.4, 'Alice', 4],
    ['the last quarter to the other', 0.8, 0.0, 'Bob', 10],
    ['cut anywhere up to the frontier, at least one command', 0.1, 0.5, 'Alice', 1],
    ['cut just before the frontier', 0.1, 0.99, 'Alice', 4],
    ['up to the whole of the other', 0.9, 0.99, 'Bob', 10],
  ];
  for (const [name, which, cut, person, length] of cases) {
    const base = corpus.pick(which, cut);
    expect([base?.cast.people[0], base?.prefix.length], name).to.deep.equal([person, length]);
  }
});

test('what found nothing new is not kept; the corpus stays bounded, losing its least productive entry', () => {
  const corpus = new Corpus(2);
  const cases: [string, CorpusEntry, string[]][] = [
    ['nothing new', entry('Alice', 5, 0, 0), []],
    ['something new', entry('Bob', 5, 2, 3), ['Bob']],
    ['more', entry('Carol', 5, 5, 3), ['Bob', 'Carol']],
    ['over the bound: the least productive goes', entry('Dave', 5, 3, 3), ['Carol', 'Dave']],
  ];
  for (const [name, e, want] of cases) {
    corpus.add(e);
    expect(
      corpus.entries.map((x) => x.cast.people[0]),
      name,
    ).to.deep.equal(want);
  }
  expect(new Corpus().pick(0.5, 0.5), 'an empty corpus guides nothing').to.equal(null);
});

test('the draws are in [0, 1), differ by salt and seed, and are the same every time', () => {
  const draws = [1, 2, 3].flatMap((seed) => [1, 2, 3].map((salt) => uniform(seed, salt)));
  expect(draws.every((d) => d >= 0 && d < 1)).to.equal(true);
  expect(new Set(draws).size).to.equal(draws.length);
  expect(uniform(7, 1)).to.equal(uniform(7, 1));
});
