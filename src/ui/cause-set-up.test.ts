import { expect } from 'chai';
import { test } from 'node:test';
import { phrasebook } from '../harness/the-phrasebook';
import { causes, matches, setUpOf } from '../symptoms/causes';
import { buildSymptomIndex } from '../symptoms/symptom-index';
import { demoWorld } from './demo-world';
import { WorldPanel } from './world-panel';

/** The steps of a copied feature file's scenario (not its Background), each with the keyword it falls under. */
const scenarioSteps = (gherkin: string): { keyword: string; text: string }[] => {
  const out: { keyword: string; text: string }[] = [];
  let keyword = '';
  let inScenario = false;
  for (const line of gherkin.split('\n')) {
    if (/^ {2}Scenario:/.test(line)) inScenario = true;
    const m = /^ {4}(Given|When|Then|And) (.*)$/.exec(line);
    if (!m || !inScenario) continue;
    if (m[1] !== 'And') keyword = m[1] ?? '';
    out.push({ keyword, text: m[2] ?? '' });
  }
  return out;
};

const index = buildSymptomIndex();

// Every cause of the index, as it is when the test runs (causes are added in src/symptoms/causes/ over time).
test('"Set up the world" puts every cause of the symptom index in the demo world, in a step the index reads as that cause, a state set up as a Given', async () => {
  expect(causes.length, 'the index has causes').to.be.greaterThan(0);
  const failures: string[] = [];
  for (const cause of causes) {
    const { world, setUp } = await demoWorld();
    try {
      const panel = new WorldPanel(setUp, index);
      try {
        await panel.apply(world, { kind: 'symptom', cause: cause.id }, null);
      } catch (e) {
        failures.push(`${cause.id}: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      const written = scenarioSteps(panel.state(world).gherkin);
      const steps = written.filter((w) => w.keyword !== 'Then').map((w) => w.text);
      // A state set up (a Given phrase: a fault switch's sentence, a reproduction's set-up) stays a Given in the story.
      for (const w of written)
        if (phrasebook().parse(w.text)?.phrase.keyword === 'Given' && w.keyword !== 'Given')
          failures.push(`${cause.id}: "${w.text}" written under ${w.keyword}, not Given`);
      const sets = steps.some((t) => {
        const step = phrasebook().parse(t);
        return step !== null && setUpOf(cause).some((p) => matches(p, step));
      });
      const network = cause.fault === null && steps.some((t) => phrasebook().parse(t)?.phrase.id === 'world.goes-offline');
      if (!sets && !network) failures.push(`${cause.id}: no step the index reads as its set-up among ${JSON.stringify(steps)}`);
    } finally {
      await world.stop();
    }
  }
  expect(failures).to.deep.equal([]);
});

test('a Group Policy named with spaces is taken, and a text with a quote or a line break is refused with the reason', async () => {
  const { world, setUp } = await demoWorld();
  try {
    const panel = new WorldPanel(setUp);
    const policy = (p: string) =>
      panel.apply(world, { kind: 'fault', id: 'computer-policy', on: true, args: { computer: 'PC1', policy: p, state: 'Enabled' } }, null);
    await policy('Prevent users from running Microsoft Lync');
    expect(world.computer('PC1').policyKey.preventRun).to.equal(true);
    for (const bad of ['say "hi"', 'two\nlines', ' leading space'])
      await policy(bad).then(
        () => expect.fail(`"${bad}" was taken`),
        (e: Error) => expect(e.message).to.match(/^Policy: words of letters/),
      );
  } finally {
    await world.stop();
  }
});
