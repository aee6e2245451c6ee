// Types of scripts/step-length-limit.js, for its tests.
import type { GherkinDocument, Pickle } from '@cucumber/messages';

export interface TooLongStep {
  readonly where: string;
  readonly length: number;
  readonly start: string;
}
export const maxStepLength: number;
export function tooLongSteps(
  pickles: readonly { readonly gherkinDocument: GherkinDocument; readonly pickle: Pickle }[],
  limit?: number,
): TooLongStep[];
export function refusal(steps: readonly TooLongStep[], limit?: number): string;
export class StepTooLong extends Error {}
