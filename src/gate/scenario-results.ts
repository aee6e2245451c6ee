import type { Envelope } from '@cucumber/messages';
import { outcomeOf, scenarioRuns, type Outcome, type StepRun } from '../recorded-run';

export type { Outcome } from '../recorded-run';

/** How one scenario ended in a recorded run, and where it failed. */
export interface ScenarioResult {
  readonly name: string;
  readonly uri: string;
  readonly line: number;
  readonly outcome: Outcome;
  /** The failing step's text (or the hook), when it failed. */
  readonly step: string | null;
  readonly message: string | null;
}

/** The message of a scenario that started but never finished (the run was interrupted, or cucumber-js died). */
export const unfinished = 'did not finish: the run ended while it ran (interrupted by a signal, or cucumber-js ended)';

/** Every scenario of a run (the last attempt of each), from its Cucumber messages. */
export function scenarioResults(envelopes: readonly Envelope[]): ScenarioResult[] {
  return scenarioRuns(envelopes).map((run): ScenarioResult => {
    const where = { name: run.name, uri: run.uri, line: run.line };
    if (!run.finished) return { ...where, outcome: 'failed', step: textOf(run.worstStep ?? run.lastStartedStep), message: unfinished };
    const outcome = outcomeOf(run);
    if (outcome !== 'failed') return { ...where, outcome, step: null, message: null };
    const result = run.worstStep?.result;
    const message = result ? (result.message ?? result.exception?.message ?? result.status) : 'no step recorded a result';
    return { ...where, outcome, step: textOf(run.worstStep), message };
  });
}

/** A Gherkin step's text, or a hook's name (its source where it has none) followed by "(hook)". */
function textOf(step: StepRun | undefined): string | null {
  if (step?.pickleStep) return step.pickleStep.text;
  if (step?.testStep.hookId === undefined) return null;
  const where = step.hook?.sourceReference;
  const name = step.hook ? (step.hook.name ?? `hook at ${where?.uri ?? '?'}:${where?.location?.line ?? '?'}`) : 'a hook';
  return `${name} (hook)`;
}
