import { expect } from 'chai';
import { present } from '../../test-support/present';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FakeWorld, faultSwitches } from '../fakes';
import { runScenarios } from '../../test-support/run-scenarios';
import { faultSentence } from '../harness/fault-sentence';
import { exampleArgs } from './cause-set-up';

/** "Copy as Gherkin" words a fault switch with its own phrases: every switch needs them, and they must run. */

test('every fault switch has a sentence that turns it on (and off, when it can be)', () => {
  const w = new FakeWorld({ seed: 1 });
  w.addPerson('Alice');
  w.computer('PC1');
  for (const s of faultSwitches) {
    const args = exampleArgs(w, s);
    present(faultSentence(s.id, true, args), `fault switch "${s.id}" has no phrase that turns it on: add one to its phrases`);
    if (s.turnOff) present(faultSentence(s.id, false, args), `fault switch "${s.id}" can be turned off but no phrase says so`);
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
      `${set.length ? 'And' : 'Given'} ${faultSentence(s.id, true, args) ?? '(no step)'}`,
      ...(s.turnOff ? [`When ${faultSentence(s.id, false, args) ?? '(no step)'}`] : []),
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
