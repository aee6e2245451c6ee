import type { TestStepResult } from '@cucumber/messages';
import { stepStatusOf } from '../recorded-run';

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
