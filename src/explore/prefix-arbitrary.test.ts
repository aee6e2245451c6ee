import { expect } from 'chai';
import fc from 'fast-check';
import { test } from 'node:test';
import { prefixArbitrary, smaller } from './prefix-arbitrary';

test('a prefix is generated whole and shrinks to shorter ones, order kept', () => {
  const cases: [number[], number[][]][] = [
    [[], []],
    [[1], [[]]],
    [
      [1, 2],
      [[1], [2], [1]],
    ],
    [
      [1, 2, 3],
      [[1], [2, 3], [1, 3], [1, 2]],
    ],
  ];
  for (const [value, want] of cases) expect(smaller(value), JSON.stringify(value)).to.deep.equal(want);
  expect(fc.sample(prefixArbitrary([3, 1, 2]), { numRuns: 3, seed: 1 })).to.deep.equal([
    [3, 1, 2],
    [3, 1, 2],
    [3, 1, 2],
  ]);
});

test('fast-check shrinks a failing prefix to the smallest that still fails', () => {
  const out = fc.check(
    fc.property(prefixArbitrary([1, 2, 3, 4, 5]), (xs) => !(xs.includes(2) && xs.includes(4))),
    { seed: 1 },
  );
  expect(out.counterexample).to.deep.equal([[2, 4]]);
});
