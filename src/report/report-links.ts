import type { IndexedCause, ScenarioRef, SymptomIndexData } from '../symptoms/symptom-types';
import type { ColumnSummary, ScenarioSummary, Summary } from './summary';

const where = (s: { readonly uri: string; readonly line: number }) => `${s.uri}:${s.line}`;

/**
 * What links the pages of the report: each recorded scenario by where it is written (a feature's uri and line, in
 * every column that ran it), and the causes a scenario sets up, from the symptom index. Built once per report so
 * that no page searches the whole run.
 */
export interface ReportLinks {
  readonly summary: Summary;
  readonly symptoms: SymptomIndexData | null;
  /** The runs of the scenario written at this place, one per column that ran it, in column order. */
  recorded(s: ScenarioRef): readonly ScenarioSummary[];
  /** The column a scenario key belongs to. */
  columnOf(key: string): ColumnSummary | undefined;
  /** The causes whose set-up (or fix) the scenario at this place runs. */
  causesOf(s: { readonly uri: string; readonly line: number }): readonly IndexedCause[];
}

export function reportLinks(summary: Summary, symptoms: SymptomIndexData | null): ReportLinks {
  const recorded = new Map<string, ScenarioSummary[]>();
  for (const column of summary.columns) for (const s of column.scenarios) recorded.set(where(s), [...(recorded.get(where(s)) ?? []), s]);
  const columns = new Map(summary.columns.flatMap((c) => c.scenarios.map((s) => [s.key, c] as const)));
  const causes = new Map<string, IndexedCause[]>();
  for (const c of symptoms?.causes ?? [])
    for (const s of new Set([...c.reproducedBy, ...c.fixedBy].map(where))) causes.set(s, [...(causes.get(s) ?? []), c]);
  return {
    summary,
    symptoms,
    recorded: (s) => recorded.get(where(s)) ?? [],
    columnOf: (key) => columns.get(key),
    causesOf: (s) => causes.get(where(s)) ?? [],
  };
}
