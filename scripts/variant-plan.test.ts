import { expect } from 'chai';
import { test } from 'node:test';
import { exactName, firstUnexpected, nextMemory, tries } from './variant-plan';

// The variants suite's decisions: each filter matches what it should and nothing else, the first unexpected failure
// is the catching scenario, and the memory keeps what did not run.

test('exactName matches the name only, whatever characters it holds', () => {
  const cases: [string, string, boolean][] = [
    ['Sign out (by hand)', 'Sign out (by hand)', true],
    ['Sign out (by hand)', 'Sign out (by hand) twice', false],
    ['Sign out (by hand)', 'Then Sign out (by hand)', false],
    ['a.b*c? [d] $e ^f |g', 'a.b*c? [d] $e ^f |g', true],
    ['a.b', 'axb', false],
  ];
  for (const [name, text, matches] of cases) expect(new RegExp(exactName(name)).test(text), `${name} / ${text}`).to.equal(matches);
});

test('tries: the remembered scenario first, then the whole suite without the known deviations, fail-fast', () => {
  const cases: [string | undefined, string[], string[]][] = [
    [undefined, [], ['whole suite']],
    ['Idle time', [], ['remembered', 'whole suite']],
    ['Idle time', ['Two prompts'], ['remembered', 'whole suite']],
  ];
  for (const [remembered, deviations, kinds] of cases) {
    const planned = tries(remembered, deviations);
    expect(planned.map((t) => t.kind)).to.deep.equal(kinds);
    expect(planned[planned.length - 1]?.args[0]).to.equal('--fail-fast');
  }
  const [, whole] = tries('x', ['Two prompts', 'A (b)']);
  const filter = new RegExp(whole?.args[2] ?? '');
  const names: [string, boolean][] = [
    ['Two prompts', false],
    ['A (b)', false],
    ['Two prompts for the calendar', true],
    ['Not Two prompts', true],
    ['Idle time', true],
  ];
  for (const [name, runs] of names) expect(filter.test(name), name).to.equal(runs);
});

test('firstUnexpected: the first failure that is no known deviation', () => {
  const r = (name: string, outcome: string) => ({ name, outcome });
  const cases: [{ name: string; outcome: string }[], string | null][] = [
    [[r('a', 'passed'), r('b', 'failed'), r('c', 'failed')], 'b'],
    [[r('known', 'failed'), r('c', 'failed')], 'c'],
    [[r('known', 'failed'), r('a', 'passed')], null],
    [[r('a', 'not applicable')], null],
    [[], null],
  ];
  for (const [results, name] of cases) expect(firstUnexpected(results, ['known'])?.name ?? null).to.equal(name);
});

test('nextMemory: the catching scenarios of this run, old entries of variants that did not run, none of removed ones', () => {
  const old = { a: 'old a', b: 'old b', gone: 'old' };
  const rows = [
    { variant: 'a', caughtBy: { name: 'new a' } },
    { variant: 'c', caughtBy: null },
  ];
  expect(nextMemory(old, rows, ['a', 'b', 'c'])).to.deep.equal({ a: 'new a', b: 'old b' });
});
