import type { TestStepResult } from '@cucumber/messages';
import type { ScenarioRun } from './scenario-runs';

export type StepStatus = 'passed' | 'failed' | 'undefined' | 'pending' | 'ambiguous' | 'skipped' | 'unknown';

/** A scenario's status. `skipped` is a skip with no reason given, and counts as a failure. */
export type ScenarioStatus = 'passed' | 'failed' | 'undefined' | 'pending' | 'ambiguous' | 'skipped' | 'not-applicable';

/** The same in three words, for verdicts and tallies: anything but a pass or a reasoned skip is a failure. */
export type Outcome = 'passed' | 'failed' | 'not applicable';

const stepStatuses: readonly StepStatus[] = ['passed', 'failed', 'undefined', 'pending', 'ambiguous', 'skipped'];

export function stepStatusOf(result: TestStepResult): StepStatus {
  const status = String(result.status).toLowerCase();
  return stepStatuses.find((s) => s === status) ?? 'unknown';
}

/**
 * A scenario's status: Cucumber's worst step result. A skip is not applicable only when a driver gave a reason; a
 * scenario that never finished, that has no step result or a result of unknown status, proves nothing and failed.
 */
export function scenarioStatusOf(run: ScenarioRun): ScenarioStatus {
  const results = run.steps.flatMap((s) => s.result ?? []);
  if (!run.finished || results.length === 0 || results.some((r) => stepStatusOf(r) === 'unknown')) return 'failed';
  const worst = stepStatusOf(run.worst);
  if (worst === 'skipped') return run.notApplicable !== null ? 'not-applicable' : 'skipped';
  return worst === 'unknown' ? 'failed' : worst;
}

export function outcomeOf(run: ScenarioRun): Outcome {
  const status = scenarioStatusOf(run);
  return status === 'passed' ? 'passed' : status === 'not-applicable' ? 'not applicable' : 'failed';
}
