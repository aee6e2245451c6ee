import { expect } from 'chai';
import { test } from 'node:test';
import { runScenarios, type ScenarioOutcome } from '../../test-support/run-scenarios';
import { faultSwitches } from '../fakes/faults/fault-switches';
import { phrasebook } from '../harness/the-phrasebook';
import { causes, setUpOf } from './causes';
import { matches, turnedOn, type StepPattern } from './step-pattern';
import { buildSymptomIndex } from './symptom-index';

/**
 * What makes a scenario go wrong: a fault switch turned on (by its own phrases or by name), or a step that sets up a
 * cause of an error or warning message (a mistyped password, a computer going offline, a manual server name).
 */
function goesWrong(): (steps: readonly string[]) => boolean {
  const index = buildSymptomIndex();
  const named = new Set(
    index.messages.filter((m) => m.kind === 'error' || m.kind === 'warning').flatMap((m) => m.causes.map((l) => l.cause)),
  );
  const patterns: StepPattern[] = [...faultSwitches.map((s) => turnedOn(s.id)), ...causes.filter((c) => named.has(c.id)).flatMap(setUpOf)];
  return (steps) =>
    steps.some((text) => {
      const step = phrasebook().parse(text);
      return step !== null && (step.phrase.id.startsWith('dialog.fault-turned') || patterns.some((p) => matches(p, step)));
    });
}

const turnsOnDnsRecordsMissing = (text: string): boolean => {
  const step = phrasebook().parse(text);
  return step !== null && (matches(turnedOn('dns-records-missing'), step) || /the fault "dns-records-missing" is turned on$/.test(text));
};

const marked = (o: ScenarioOutcome) => (o.timeline ?? []).filter((e) => e.failing === true).map((e) => e.text);

test(
  'a passing scenario where nothing goes wrong marks nothing ✖ on its timeline; one with a fault on still does',
  { timeout: 180_000 },
  async () => {
    const wrong = goesWrong();
    const outcomes = (await runScenarios(['features'])).filter((o) => o.status === 'PASSED');
    expect(
      outcomes.every((o) => o.timeline !== null),
      'every scenario attaches its timeline',
    ).to.equal(true);
    const [faulty, clean] = [outcomes.filter((o) => wrong(o.steps)), outcomes.filter((o) => !wrong(o.steps))];
    expect(clean.length > 100 && faulty.length > 50, `${clean.length} clean and ${faulty.length} faulty scenarios`).to.equal(true);
    expect(
      clean.filter((o) => marked(o).length > 0).map((o) => `${o.uri}:${o.line} ${o.name}: ${marked(o)[0] ?? ''}`),
      'passing scenarios with no fault whose timeline marks a failure',
    ).to.deep.equal([]);
    // Where the fault is a missing record, the miss is marked; the internal Autodiscover name's miss never is.
    const misses = outcomes.flatMap((o) => (o.timeline ?? []).filter((e) => /looks up \S+ in DNS: no such record$/.test(e.text)));
    const internal = misses.filter((e) => /looks up lyncdiscoverinternal\./.test(e.text));
    const external = faulty
      .filter((o) => o.steps.some(turnsOnDnsRecordsMissing))
      .flatMap((o) => (o.timeline ?? []).filter((e) => /looks up lyncdiscover\.\S+ in DNS: no such record$/.test(e.text)));
    expect(internal.length > 100 && external.length > 0, `${internal.length} internal and ${external.length} lyncdiscover misses`).to.equal(
      true,
    );
    expect(
      internal.filter((e) => e.failing === true || e.expected === undefined).map((e) => e.text),
      'internal Autodiscover misses marked ✖ or without their reason',
    ).to.deep.equal([]);
    expect(
      external.filter((e) => e.failing !== true).map((e) => e.text),
      'lyncdiscover misses with the DNS records missing that are not marked ✖',
    ).to.deep.equal([]);
  },
);
