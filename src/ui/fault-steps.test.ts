import { expect } from 'chai';
import { present } from '../../test-support/present';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FakeWorld, faultSwitches } from '../fakes';
import { runScenarios } from '../../test-support/run-scenarios';
import { exampleArgs } from './world-panel';

/** "Copy as Gherkin" words a fault switch with its own steps: every switch needs them, and they must be defined steps. */

test('every fault switch says the steps that turn it on (and off, when it can be)', () => {
  for (const s of faultSwitches) {
    present(s.steps, `fault switch "${s.id}" has no steps: add steps: { on, off } in its file under src/fakes/faults`);
    if (s.turnOff) present(s.steps.off, `fault switch "${s.id}" can be turned off but has no steps.off`);
  }
});

test("every fault switch's steps are defined step definitions that run", { timeout: 60_000 }, async () => {
  const w = new FakeWorld({ seed: 1 });
  w.addPerson('Alice');
  w.computer('PC1');
  const scenarios = faultSwitches.map((s) => {
    const args = exampleArgs(w, s);
    const signedIn = 'Given Alice has signed in to Lync on PC1 with Save my password ticked';
    // A cached-entry fault needs the entry; one on the running Lync needs it still running.
    const set = s.applies ? [signedIn, ...(s.place === 'local cache' ? ['And Alice logs off PC1'] : [])] : [];
    const steps = [
      `${set.length ? 'And' : 'Given'} ${s.steps?.on(args) ?? '(no step)'}`,
      ...(s.steps?.off ? [`When ${s.steps.off(args)}`] : []),
    ];
    return `  Scenario: ${s.id}\n${[...set, ...steps].map((l) => `    ${l}`).join('\n')}\n`;
  });
  const dir = mkdtempSync(join(tmpdir(), 'fault-steps-'));
  try {
    const file = join(dir, 'fault-steps.feature');
    writeFileSync(
      file,
      `Feature: fault switch steps\n  Background:\n    Given Alice has an Office 365 account\n    And Alice is logged on to PC1 on the organization's network\n    And Lync was installed for Alice on PC1 from the Office 365 portal\n\n${scenarios.join('\n')}`,
    );
    const outcomes = await runScenarios([file]);
    expect(outcomes.length).to.equal(faultSwitches.length);
    for (const o of outcomes) expect(o.status, `${o.name}: ${o.firstError}`).to.equal('PASSED');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
