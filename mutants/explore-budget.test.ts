import { expect } from 'chai';
import { test } from 'node:test';
import { referenceInProcess } from '../src/explore/clients';
import { explore } from '../src/explore/explore';

test('a time budget on the injected clock: no history starts once it is spent, at least one always runs', async () => {
  // Each reading of the clock moves it on by one minute: the budget is met after a known number of histories.
  const cases: [string, number, number, number, boolean][] = [
    ['a budget shorter than one history still runs one', 1, 1, 10, true],
    ['three minutes: three histories', 3 * 60_000, 1, 10, true],
    ['three minutes, two at a time: the batch that starts before the end runs whole', 3 * 60_000, 2, 10, true],
    ['a budget longer than the runs: all of them, and not stopped by it', 60 * 60_000, 1, 4, false],
  ];
  for (const [name, budgetMs, parallel, runs, stopped] of cases) {
    let t = 0;
    const now = () => (t += 60_000);
    const r = await explore({ client: referenceInProcess, runs, seed: 3, all: true, budgetMs, now, parallel, maxCommands: 3 });
    const want = stopped ? Math.ceil(budgetMs / 60_000) * parallel : runs;
    expect([r.histories.length, r.stopped], name).to.deep.equal([Math.max(want, parallel), stopped ? 'budget' : undefined]);
  }
});

test('a run reports the coverage it reached, and the same seed reaches the same', async () => {
  const once = await explore({ client: referenceInProcess, runs: 6, seed: 5, all: true, maxCommands: 8 });
  const twice = await explore({ client: referenceInProcess, runs: 6, seed: 5, all: true, maxCommands: 8 });
  expect(once.coverage.states > 1 && once.coverage.transitions > 1 && once.coverage.faultSets >= 1, JSON.stringify(once.coverage)).to.equal(
    true,
  );
  expect(twice.coverage).to.deep.equal(once.coverage);
  expect(twice.reached).to.deep.equal(once.reached);
});
