import { expect } from 'chai';
import { test } from 'node:test';
import { runScenarios } from '../../test-support/run-scenarios';
import { buildSymptomIndex } from './symptom-index';

test('every scenario the index names for a cause passes against the reference client', { timeout: 120_000 }, async () => {
  const index = buildSymptomIndex();
  const named = [...new Set(index.causes.flatMap((c) => [...c.reproducedBy, ...c.fixedBy]).map((s) => `${s.uri}:${s.line}`))];
  const outcomes = await runScenarios(named);
  expect(outcomes.length, 'each named scenario ran once').to.equal(named.length);
  for (const o of outcomes) expect(o.status, `${o.uri}:${o.line} ${o.name}: ${o.firstError}`).to.equal('PASSED');
  for (const c of index.causes.filter((x) => !x.evidence))
    expect(
      c.fixedBy.some((s) => outcomes.some((o) => o.uri === s.uri && o.line === s.line && o.status === 'PASSED')),
      `cause "${c.id}" has no passing scenario showing the fix`,
    ).to.equal(true);
});
