import { expect } from 'chai';
import { test } from 'node:test';
import { parseSeed, seedFromEnvironment } from './seed';

const cases: [string, number | RegExp][] = [
  ['0', 0],
  ['729112876', 729112876],
  ['4294967295', 4294967295],
  ['4294967296', /SIGNIN_SEED must be a whole number from 0 to 4294967295, not "4294967296"/],
  ['abc', /not "abc"/],
  ['-1', /not "-1"/],
  ['1.5', /not "1.5"/],
  [' 7', /not " 7"/],
  ['1e3', /not "1e3"/],
  ['0x10', /not "0x10"/],
];

for (const [text, expected] of cases)
  test(`SIGNIN_SEED=${JSON.stringify(text)}`, () => {
    if (typeof expected === 'number') expect(seedFromEnvironment({ SIGNIN_SEED: text })).to.equal(expected);
    else expect(() => parseSeed(text, 'SIGNIN_SEED')).to.throw(expected);
  });

test('no SIGNIN_SEED, or an empty one, gives no seed', () => {
  expect(seedFromEnvironment({})).to.equal(undefined);
  expect(seedFromEnvironment({ SIGNIN_SEED: '' })).to.equal(undefined);
});
