import type { TestStepResult } from '@cucumber/messages';
import type { ScenarioStatus, StepStatus } from './summary';

/** Worst first, as Cucumber ranks them: the scenario takes the worst status of its steps. */
const worstFirst: readonly StepStatus[] = ['failed', 'ambiguous', 'undefined', 'pending', 'skipped', 'passed', 'unknown'];

export function stepStatusOf(result: TestStepResult): StepStatus {
  const status = String(result.status).toLowerCase();
  return worstFirst.find((s) => s === status) ?? 'unknown';
}

/**
 * A scenario's status from its step results. A skip counts as not applicable only when the
 * scenario carries a reason; with no steps or no known result, nothing proves it passed.
 */
export function scenarioStatusOf(results: readonly TestStepResult[], hasNotApplicableReason: boolean): ScenarioStatus {
  const statuses = results.map(stepStatusOf);
  if (statuses.length === 0 || statuses.includes('unknown')) return 'failed';
  const worst = worstFirst.find((s) => statuses.includes(s)) ?? 'failed';
  if (worst === 'skipped') return hasNotApplicableReason ? 'not-applicable' : 'skipped';
  return worst === 'unknown' ? 'failed' : worst;
}

/** What went wrong in a step, in one message without the stack trace; null when it passed. */
export function stepError(result: TestStepResult): string | null {
  switch (stepStatusOf(result)) {
    case 'passed':
    case 'skipped':
      return null;
    case 'undefined':
      return 'No step definition matches this step.';
    case 'pending':
      return result.message ? `Pending: ${result.message}` : 'The step is marked as pending.';
    default:
      return result.exception?.message ?? withoutStack(result.message ?? 'The step failed.');
  }
}

function withoutStack(message: string): string {
  const at = message.search(/\n\s+at /);
  return at === -1 ? message : message.slice(0, at);
}
