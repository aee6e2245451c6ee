import { expect } from 'chai';
import { test } from 'node:test';
import { parseTimeBudget } from './time-budget';

test('a time budget is a whole number and a unit', () => {
  const cases: [string, number | string][] = [
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['250ms', 250],
    ['5', '--explore-for needs a time such as 90s, 5m or 1h, not "5"'],
    ['0m', '--explore-for needs a time such as 90s, 5m or 1h, not "0m"'],
    ['1.5m', '--explore-for needs a time such as 90s, 5m or 1h, not "1.5m"'],
    ['5 m', '--explore-for needs a time such as 90s, 5m or 1h, not "5 m"'],
  ];
  for (const [text, want] of cases)
    if (typeof want === 'number') expect(parseTimeBudget(text), text).to.equal(want);
    else expect(() => parseTimeBudget(text), text).to.throw(want);
});
