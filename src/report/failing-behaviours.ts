import type { Summary, Verdict } from './summary';
import { isFailing } from './verdict';

export interface FailingBehaviour {
  readonly id: string;
  readonly title: string;
  readonly column: string;
  readonly verdict: Verdict;
  readonly scenarios: readonly {
    readonly name: string;
    readonly uri: string;
    readonly line: number;
    readonly step: string;
    /** First line of the failure, at most 200 characters. */
    readonly message: string;
    /** Why the client team expects this failure, for a known deviation. */
    readonly reason: string | null;
  }[];
}

/** Behaviours that deviate (or deviate as expected) in some column, with their failing scenarios. */
export function failingBehaviours(summary: Summary): FailingBehaviour[] {
  return summary.sections.flatMap(({ rows }) =>
    rows.flatMap((row) =>
      row.cells.flatMap((cell, i) => {
        if (cell.verdict !== 'deviates' && cell.verdict !== 'known-deviation') return [];
        const column = summary.columns[i];
        if (!column) return [];
        const scenarios = column.scenarios
          .filter((s) => cell.scenarios.includes(s.key) && isFailing(s))
          .map((s) => ({
            name: s.name,
            uri: s.uri,
            line: s.line,
            step: s.firstFailure?.step ?? '(no step)',
            message: oneLine(s.firstFailure?.message ?? ''),
            reason: s.knownDeviation,
          }));
        return [
          {
            id: row.behaviour.id,
            title: row.behaviour.title,
            column: column.title,
            verdict: cell.verdict,
            scenarios,
          },
        ];
      }),
    ),
  );
}

function oneLine(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return first.length > 200 ? `${first.slice(0, 199)}…` : first;
}
