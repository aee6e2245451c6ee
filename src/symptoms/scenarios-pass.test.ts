import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runScenarios } from '../../test-support/run-scenarios';
import { buildSymptomIndex } from './symptom-index';

const index = buildSymptomIndex();

test('every scenario the index names for a cause passes against the reference client', { timeout: 120_000 }, async () => {
  const named = [...new Set(index.causes.flatMap((c) => [...c.reproducedBy, ...c.fixedBy]).map((s) => `${s.uri}:${s.line}`))];
  const outcomes = await runScenarios(named);
  // An outline is named by its own line and runs once per row.
  const ran = [...new Set(outcomes.map((o) => `${o.uri}:${o.scenarioLine}`))].sort();
  expect(ran, 'each named scenario ran').to.deep.equal([...named].sort());
  for (const o of outcomes) expect(o.status, `${o.uri}:${o.line} ${o.name}: ${o.firstError}`).to.equal('PASSED');
  for (const c of index.causes.filter((x) => !x.evidence))
    expect(
      c.fixedBy.some((s) => outcomes.some((o) => o.uri === s.uri && o.scenarioLine === s.line && o.status === 'PASSED')),
      `cause "${c.id}" has no passing scenario showing the fix`,
    ).to.equal(true);
});

test("every cause's reproduction, as the phrasebook writes it, passes against the reference client", { timeout: 120_000 }, async () => {
  const links = [...index.messages, ...index.silent].flatMap((m) => m.causes.map((l) => ({ id: l.cause, reproduction: l.reproduction })));
  expect(
    [...index.causes, ...links].filter((c) => c.reproduction === null).map((c) => c.id),
    'causes without a reproduction',
  ).to.deep.equal([]);
  const byScenario = new Map<string, { id: string; gherkin: readonly string[] }>();
  for (const c of [...index.causes, ...links])
    if (c.reproduction)
      byScenario.set(`${c.reproduction.scenario.uri}:${c.reproduction.scenario.line}`, { id: c.id, gherkin: c.reproduction.gherkin });
  const shown = [...byScenario.values()];
  const dir = mkdtempSync(join(tmpdir(), 'signin-reproductions-'));
  try {
    const file = join(dir, 'reproductions.feature');
    const lines = ["Feature: Each cause's reproduction"];
    const causeAt = new Map<number, string>();
    for (const r of shown) {
      lines.push('', `  # cause: ${r.id}`);
      for (const l of r.gherkin) {
        lines.push(`  ${l}`);
        if (l.startsWith('Scenario:')) causeAt.set(lines.length, r.id);
      }
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const outcomes = await runScenarios([file]);
    expect(outcomes.length, 'each reproduction ran once').to.equal(shown.length);
    for (const o of outcomes)
      expect(o.status, `reproduction of cause "${causeAt.get(o.line)}" (${o.name}): ${o.firstError}`).to.equal('PASSED');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
