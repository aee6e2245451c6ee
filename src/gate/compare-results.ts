import type { KnownDeviation } from './expectations';
import type { ScenarioResult } from './scenario-results';

export type Verdict =
  /** Passed, as expected. */
  | 'passed'
  /** Failed, and listed as a known deviation. */
  | 'known deviation'
  /** Failed, and not listed. */
  | 'unexpected failure'
  /** Listed as a known deviation, but passed: the file needs updating. */
  | 'unexpected pass'
  | 'not applicable';

export interface Judged {
  readonly result: ScenarioResult;
  readonly verdict: Verdict;
  readonly reason: string | null;
}

export interface GateOutcome {
  readonly judged: readonly Judged[];
  /** Entries naming no scenario of the run. */
  readonly stale: readonly KnownDeviation[];
  /** The whole suite ran (no filter): then a stale entry is an error. */
  readonly complete: boolean;
  /** Results as expected (passes and known deviations). */
  readonly passed: number;
  /** Results not as expected, plus stale entries when the whole suite ran. */
  readonly failed: number;
}

/**
 * Holds a run against a client's expectations. A result that differs from them either way fails the gate; an entry
 * that names no scenario fails it too when the whole suite ran (`complete`), since it can only be a typo or a rename.
 */
export function compareResults(results: readonly ScenarioResult[], deviations: readonly KnownDeviation[], complete: boolean): GateOutcome {
  const listed = new Map(deviations.map((d) => [d.scenario, d.reason]));
  const judged = results.map((result): Judged => {
    const reason = listed.get(result.name) ?? null;
    if (result.outcome === 'not applicable') return { result, verdict: 'not applicable', reason };
    if (result.outcome === 'passed') return { result, verdict: reason === null ? 'passed' : 'unexpected pass', reason };
    return { result, verdict: reason === null ? 'unexpected failure' : 'known deviation', reason };
  });
  const names = new Set(results.map((r) => r.name));
  const stale = deviations.filter((d) => !names.has(d.scenario));
  const passed = judged.filter((j) => j.verdict === 'passed' || j.verdict === 'known deviation').length;
  const failed =
    judged.filter((j) => j.verdict === 'unexpected failure' || j.verdict === 'unexpected pass').length + (complete ? stale.length : 0);
  return { judged, stale, complete, passed, failed };
}
