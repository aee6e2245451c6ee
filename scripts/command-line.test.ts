import { expect } from 'chai';
import { test } from 'node:test';
import { oneLine, parseCommandLine, UsageError, wholeNumber } from './command-line';

// Every npm script reads its command line through parseCommandLine: strict, with a count of arguments, and a
// one-line refusal that carries the usage.

const usage = 'npm run x -- <file> [--seed N] [--all]';
const config = { options: { seed: { type: 'string' }, all: { type: 'boolean' } }, positionals: [1, 1] } as const;

const cases: [string[], RegExp | { seed?: string; all?: boolean; file: string }][] = [
  [['a.feature'], { file: 'a.feature' }],
  [['a.feature', '--seed', '7', '--all'], { file: 'a.feature', seed: '7', all: true }],
  [['--seed=7', 'a.feature'], { file: 'a.feature', seed: '7' }],
  [['a.feature', '--bogus'], /^Unknown option '--bogus'.* \(usage: npm run x -- <file> \[--seed N\] \[--all\]\)$/],
  [['a.feature', '--seed'], /argument missing/],
  [['a.feature', '--all=yes'], /does not take an argument/],
  [[], /^missing argument \(usage/],
  [['a.feature', 'b.feature'], /^unexpected argument "b.feature" \(usage/],
];

for (const [args, expected] of cases)
  test(`command line: ${args.join(' ') || '(nothing)'}`, () => {
    if (expected instanceof RegExp) {
      expect(() => parseCommandLine(usage, config, args))
        .to.throw(UsageError)
        .with.property('message')
        .that.matches(expected);
    } else {
      const { values, positionals } = parseCommandLine(usage, config, args);
      expect({ ...values, file: positionals[0] }).to.deep.equal(expected);
    }
  });

test('a whole number: digits only, within its bounds', () => {
  expect(wholeNumber('12', '--runs', { min: 1 })).to.equal(12);
  for (const bad of ['0', 'abc', '-1', '1.5', '', '1e3', '99999999999999999'])
    expect(() => wholeNumber(bad, '--runs', { min: 1 }), bad).to.throw(UsageError, /--runs must be a whole number from 1 to/);
});

test('an error prints as one line, with its cause and without control characters', () => {
  const error = new Error('Plugin "x" errored', { cause: new Error('features/a.feature:3: too\nlong \u001b[31m\u202e') });
  expect(oneLine(error)).to.equal('Plugin "x" errored: features/a.feature:3: too long  [31m');
});
