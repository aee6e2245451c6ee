import { expect } from 'chai';
import { test } from 'node:test';
import { takeExploreOptions } from './explore-options';

test('the gate takes its exploration options out of its arguments', () => {
  const cases: [string[], ReturnType<typeof takeExploreOptions> | string][] = [
    [['--client', 'x'], { runs: null, seed: 1, budgetMs: undefined, rest: ['--client', 'x'] }],
    [['--explore', '30', '--client', 'x'], { runs: 30, seed: 1, budgetMs: undefined, rest: ['--client', 'x'] }],
    [['--explore-for', '5m'], { runs: 1_000_000, seed: 1, budgetMs: 300_000, rest: [] }],
    [['--explore', '30', '--explore-for', '90s', '--explore-seed', '7'], { runs: 30, seed: 7, budgetMs: 90_000, rest: [] }],
    [['--', '--explore-for', '5m'], { runs: null, seed: 1, budgetMs: undefined, rest: ['--', '--explore-for', '5m'] }],
    [['--explore-for', '5'], '--explore-for needs a time such as 90s, 5m or 1h, not "5"'],
    [['--explore-for', '5 minutes'], '--explore-for needs a time such as 90s, 5m or 1h'],
    [['--explore-for'], '--explore-for needs a time such as 90s, 5m or 1h'],
    [['--explore', 'many'], '--explore needs a whole number'],
  ];
  for (const [argv, want] of cases)
    if (typeof want === 'string') expect(() => takeExploreOptions(argv), argv.join(' ')).to.throw(want);
    else expect(takeExploreOptions(argv), argv.join(' ')).to.deep.equal(want);
});
