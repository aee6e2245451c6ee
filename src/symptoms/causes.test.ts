import { expect } from 'chai';
import { test } from 'node:test';
import { present } from '../../test-support/present';
import { faultSwitch } from '../fakes';
import { phrasebook } from '../harness/the-phrasebook';
import { causes, fixedByOf, setUpOf } from './causes';
import type { FeatureScenario } from './feature-scenarios';
import { phraseIdsOf, type StepPattern } from './step-pattern';
import { buildSymptomIndex } from './symptom-index';

const named = (p: StepPattern) => ('phrase' in p ? `phrase "${p.phrase}"` : `fault switch "${p.fault}"`);

test("every phrase and fault switch a cause's set-up and fix name exists", () => {
  const missing: string[] = [];
  for (const c of causes) {
    if (c.fault !== null) expect(() => faultSwitch(c.fault as string), `cause "${c.id}"`).to.not.throw();
    for (const [part, patterns] of [
      ['setUp', setUpOf(c)],
      ['fixedBy', fixedByOf(c)],
    ] as const) {
      if (part === 'setUp') expect(patterns.length > 0, `cause "${c.id}" names no set-up step`).to.equal(true);
      for (const p of patterns) {
        if ('fault' in p && !tryFault(p.fault)) {
          missing.push(`cause "${c.id}" ${part}: no ${named(p)} in src/fakes/faults`);
          continue;
        }
        const ids = phraseIdsOf(p);
        if (ids.length === 0)
          missing.push(`cause "${c.id}" ${part}: ${named(p)} has no phrase that turns it ${'on' in p && p.on === false ? 'off' : 'on'}`);
        for (const id of ids)
          if (!phrasebook().phrases.some((x) => x.id === id))
            missing.push(`cause "${c.id}" ${part}: no phrase "${id}" in src/harness/phrases/`);
      }
    }
  }
  expect(missing).to.deep.equal([]);
});

function tryFault(id: string): boolean {
  try {
    faultSwitch(id);
    return true;
  } catch {
    return false;
  }
}

test("every cause's reproduction is written in the current wording of its phrases", () => {
  const index = buildSymptomIndex();
  const links = [...index.messages, ...index.silent].flatMap((m) => m.causes.map((l) => ({ id: l.cause, reproduction: l.reproduction })));
  for (const c of [...index.causes, ...links]) {
    present(c.reproduction, `cause "${c.id}" has no reproduction: no scenario that sets it up is plain steps of phrases`);
    const steps = c.reproduction.gherkin.filter((l) => l.startsWith('  '));
    expect(steps.length > 0, `cause "${c.id}": a reproduction with no steps`).to.equal(true);
    for (const line of steps) {
      const text = line.trim().replace(/^(Given|When|Then|And|But) /, '');
      const step = phrasebook().parse(text);
      present(step, `cause "${c.id}": "${text}" is no phrase`);
      expect(step.alias, `cause "${c.id}": "${text}" uses an older wording`).to.equal(null);
      expect(phrasebook().write(step.phrase.id, step.args), `cause "${c.id}": "${text}" is written as the phrasebook writes it`).to.equal(
        text,
      );
    }
  }
});

const scenario = (name: string, steps: string[]): FeatureScenario => ({
  uri: 'features/x.feature',
  line: 1,
  name,
  tags: [],
  steps,
  plain: true,
});

test('the index finds a cause set up by any phrase of its switch, and fixed by any that turns it off', () => {
  const common = ['Alice has an Office 365 account', 'Alice signs in to Lync on PC1 with her password'];
  const index = buildSymptomIndex([
    scenario('slow', ['the clock of PC1 is 6 minutes slow', ...common]),
    scenario('fast, set right', ['the clock of PC1 is 6 minutes fast', ...common, 'the clock of PC1 is set right']),
    scenario('unrelated', common),
  ]);
  const clock = index.causes.find((c) => c.id === 'clock-off');
  present(clock);
  expect(clock.reproducedBy.map((s) => s.name)).to.deep.equal(['slow', 'fast, set right']);
  expect(clock.fixedBy.map((s) => s.name)).to.deep.equal(['fast, set right']);
  expect(clock.reproduction?.gherkin).to.deep.equal([
    'Scenario: fast, set right',
    '  Given the clock of PC1 is 6 minutes fast',
    '  And Alice has an Office 365 account',
    '  When Alice signs in to Lync on PC1 with her password',
    '  And the clock of PC1 is set right',
  ]);
});
