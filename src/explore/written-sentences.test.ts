import { expect } from 'chai';
import fc from 'fast-check';
import { test } from 'node:test';
import { present } from '../../test-support/present';
import { wordingProblem } from '../harness/sentences';
import { referenceInProcess } from './clients';
import { describe } from './describe-field';
import { historyArbitrary, historySeed } from './explore';
import { HistoryFailed, HistoryRun } from './history-run';
import type { FieldKey } from './observe';
import { observe } from './observe';
import { writeScenario } from './scenario-writer';

const histories = 50;
/** The fields a world may have no value for: no cache entry, no such window or control, an unset setting. */
const absentable = new Set<FieldKey['f']>(['cache', 'window', 'control', 'setting']);

/** Every Then line exploration could write about what the reference world holds now (each field, each way it can differ). */
function thenLines(run: HistoryRun): string[] {
  const out: string[] = [];
  for (const [k, value] of observe(run.reference, run.cast)) {
    const field = JSON.parse(k) as FieldKey;
    for (const other of [undefined, `${value}\nanother request`, `x${value}`]) {
      const then = describe(field, value, run.cast, other).then;
      if (then !== null) out.push(then);
    }
    if (!absentable.has(field.f)) continue;
    const missing = describe(field, undefined, run.cast, value).then;
    if (missing !== null) out.push(missing);
  }
  return out;
}

test(
  `every sentence exploration writes in ${histories} generated histories is a phrase in its current wording`,
  { timeout: 300_000 },
  async () => {
    const problems = new Set<string>();
    const seen = new Set<string>();
    const check = (text: string) => {
      if (seen.has(text)) return;
      seen.add(text);
      const problem = wordingProblem(text);
      if (problem !== null) problems.add(problem);
    };
    for (let h = 0; h < histories; h++) {
      const seed = historySeed(7, h);
      const sampled = fc.sample(historyArbitrary(20), { seed, numRuns: 1 })[0];
      present(sampled, 'a generated history');
      const [cast, opening, cmds] = sampled;
      const run = await HistoryRun.create(seed, cast, referenceInProcess);
      try {
        for (const c of [...opening, ...cmds]) {
          if (!c.check({ run })) continue;
          await c.run({ run }, run);
          thenLines(run).forEach(check);
        }
      } catch (e) {
        if (!(e instanceof HistoryFailed)) throw e;
      } finally {
        await run.close();
      }
      const scenario = writeScenario(run, `history ${h}`, 'a test');
      for (const line of scenario.gherkin.split('\n')) {
        const step = /^ {4}(?:Given|When|Then|And) (.*)$/.exec(line);
        if (step) check(step[1] ?? '');
      }
    }
    expect(seen.size, 'sentences written').to.be.greaterThan(200);
    expect([...problems]).to.deep.equal([]);
  },
);
