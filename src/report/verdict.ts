import type { ScenarioSummary, Verdict } from './summary';

const failing: readonly ScenarioSummary['status'][] = ['failed', 'undefined', 'pending', 'ambiguous', 'skipped'];

export function isFailing(scenario: ScenarioSummary): boolean {
  return failing.includes(scenario.status);
}

/**
 * The verdict on one behaviour for one column, from the scenarios tagged with its ID.
 * A failure outweighs everything; a failure listed in expectations.json is a known deviation;
 * scenarios that are not applicable do not count for or against; a pass that rests on a
 * scenario tagged @assumption says so.
 */
export function verdictOf(tagged: readonly ScenarioSummary[]): Verdict {
  if (tagged.length === 0) return 'not-covered';
  const failures = tagged.filter(isFailing);
  if (failures.some((s) => s.knownDeviation === null)) return 'deviates';
  if (failures.length > 0) return 'known-deviation';
  const applicable = tagged.filter((s) => s.status !== 'not-applicable');
  if (applicable.length === 0) return 'not-applicable';
  return applicable.some((s) => s.assumptions.length > 0) ? 'relies-on-assumption' : 'conforms';
}
