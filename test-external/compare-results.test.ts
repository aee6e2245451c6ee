import { expect } from 'chai';
import { test } from 'node:test';
import { compareResults } from '../src/gate/compare-results';
import { parseExpectations } from '../src/gate/expectations';
import type { Outcome, ScenarioResult } from '../src/gate/scenario-results';

const result = (name: string, outcome: Outcome): ScenarioResult => ({
  name,
  uri: 'f.feature',
  line: 1,
  outcome,
  step: outcome === 'failed' ? 'a step' : null,
  message: outcome === 'failed' ? 'boom' : null,
});
const listed = (...names: string[]) => names.map((scenario) => ({ scenario, reason: 'left out on purpose' }));

/** The gate: a result that differs from the expectations, either way, fails. */
const cases = [
  {
    name: 'everything passes, nothing listed',
    results: [result('A', 'passed')],
    listed: listed(),
    complete: true,
    verdicts: ['passed'],
    passed: 1,
    failed: 0,
  },
  {
    name: 'a listed failure is a known deviation',
    results: [result('A', 'failed')],
    listed: listed('A'),
    complete: true,
    verdicts: ['known deviation'],
    passed: 1,
    failed: 0,
  },
  {
    name: 'an unlisted failure fails',
    results: [result('A', 'failed')],
    listed: listed(),
    complete: true,
    verdicts: ['unexpected failure'],
    passed: 0,
    failed: 1,
  },
  {
    name: 'a listed scenario that now passes fails',
    results: [result('A', 'passed')],
    listed: listed('A'),
    complete: true,
    verdicts: ['unexpected pass'],
    passed: 0,
    failed: 1,
  },
  {
    name: 'not applicable counts neither way',
    results: [result('A', 'not applicable')],
    listed: listed(),
    complete: true,
    verdicts: ['not applicable'],
    passed: 0,
    failed: 0,
  },
  {
    name: 'a listed name that is no scenario fails a complete run',
    results: [result('A', 'passed')],
    listed: listed('Typo'),
    complete: true,
    verdicts: ['passed'],
    passed: 1,
    failed: 1,
  },
  {
    name: 'but not a partial run',
    results: [result('A', 'passed')],
    listed: listed('Elsewhere'),
    complete: false,
    verdicts: ['passed'],
    passed: 1,
    failed: 0,
  },
] as const;

for (const c of cases) {
  test(`gate: ${c.name}`, () => {
    const outcome = compareResults(c.results, c.listed, c.complete);
    expect(outcome.judged.map((j) => j.verdict)).to.deep.equal(c.verdicts);
    expect(outcome.passed).to.equal(c.passed);
    expect(outcome.failed).to.equal(c.failed);
  });
}

test('expectations: each entry needs a reason, and a scenario is listed once', () => {
  expect(() => parseExpectations({ knownDeviations: [{ scenario: 'A' }] }, 'x.json')).to.throw(
    /knownDeviations\[0\] needs a "scenario" and a non-empty "reason"/,
  );
  expect(() => parseExpectations({ knownDeviations: [...listed('A'), ...listed('A')] }, 'x.json')).to.throw(/"A" is listed twice/);
  expect(() => parseExpectations({ deviations: [] }, 'x.json')).to.throw(/needs a "knownDeviations" list/);
  expect(parseExpectations({ client: 'c', knownDeviations: listed('A') }, 'x.json')).to.deep.equal({
    client: 'c',
    knownDeviations: listed('A'),
  });
});
