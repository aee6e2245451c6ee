import type { Stage } from '../../src/harness/stage';
import { phrasebook } from '../../src/harness/the-phrasebook';
import type { SimWorld } from './sim-world';

type StepFn = (this: SimWorld, ...args: unknown[]) => unknown;

/** A step function with the arity Cucumber checks (one parameter per argument of the expression). */
function withArity(fn: StepFn, arity: number): StepFn {
  Object.defineProperty(fn, 'length', { value: arity });
  return fn;
}

/** The step definition of a phrase: its run, on the scenario's Stage. */
export function phraseStep(id: string): StepFn {
  const p = phrasebook().get(id);
  const run = p.run as (stage: Stage, ...args: unknown[]) => unknown;
  const arity = phrasebook().arity(id);
  // Cucumber hands a step function one more argument than the expression has (its callback slot); the phrase takes its own.
  return withArity(function (this: SimWorld, ...args: unknown[]) {
    return run(this, ...args.slice(0, arity));
  }, arity);
}

const noticed = new Set<string>();

/** The step definition of an older wording: runs the phrase and says, once per run and on the scenario, what replaces it. */
export function aliasStep(id: string, alias: string): StepFn {
  const p = phrasebook().get(id);
  const run = p.run as (stage: Stage, ...args: unknown[]) => unknown;
  const arity = phrasebook().arity(id);
  const notice = `signin-sim: the wording "${alias}" is an older one; write "${p.expression}" (phrase ${id})`;
  return withArity(function (this: SimWorld, ...args: unknown[]) {
    if (!noticed.has(alias)) {
      noticed.add(alias);
      process.stderr.write(`${notice}\n`);
    }
    this.log(notice);
    return run(this, ...args.slice(0, arity));
  }, arity);
}
