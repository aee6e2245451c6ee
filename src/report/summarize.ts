import type { Catalog } from '../catalog/behaviours';
import { recordedScenarios } from './recorded-scenarios';
import {
  scenarioStatuses,
  type ColumnSummary,
  type Coverage,
  type RecordedRun,
  type ScenarioSummary,
  type Summary,
  type Totals,
} from './summary';
import { verdictOf } from './verdict';

/** Pure: the whole report, one column per recorded run, rows from the catalog in article order. */
export function summarize(runs: readonly RecordedRun[], catalog: Catalog): Summary {
  const inScope = catalog.behaviours.map((b) => b.id);
  const perRun = runs.map((run, i) => recordedScenarios(run, i));
  const columns: ColumnSummary[] = runs.map((run, i) => {
    const scenarios = perRun[i] ?? [];
    return {
      title: run.column,
      profile: run.profile ?? null,
      client: run.expectations?.client ?? null,
      startedAt: startedAtOf(run),
      totals: totalsOf(scenarios),
      coverage: coverageOf(inScope, scenarios),
      scenarios,
    };
  });
  const sections = catalog.sections.map((section) => ({
    section,
    rows: catalog.behaviours
      .filter((b) => b.section === section.key)
      .map((behaviour) => ({
        behaviour,
        cells: perRun.map((scenarios) => {
          const tagged = scenarios.filter((s) => s.catalogIds.includes(behaviour.id));
          return { verdict: verdictOf(tagged), scenarios: tagged.map((s) => s.key) };
        }),
      })),
  }));
  return {
    columns,
    sections,
    coverage: coverageOf(inScope, perRun.flat()),
    untracked: perRun.map((scenarios) => scenarios.filter((s) => !s.catalogIds.some((id) => inScope.includes(id))).map((s) => s.key)),
  };
}

function totalsOf(scenarios: readonly ScenarioSummary[]): Totals {
  const counts = Object.fromEntries(
    scenarioStatuses.map((status) => [status, scenarios.filter((s) => s.status === status).length]),
  ) as Record<ScenarioSummary['status'], number>;
  return { ...counts, total: scenarios.length };
}

function coverageOf(inScope: readonly string[], scenarios: readonly ScenarioSummary[]): Coverage {
  const tagged = new Set(scenarios.flatMap((s) => s.catalogIds));
  const uncovered = inScope.filter((id) => !tagged.has(id));
  return { covered: inScope.length - uncovered.length, inScope: inScope.length, uncovered };
}

function startedAtOf(run: RecordedRun): string | null {
  const started = run.envelopes.find((e) => e.testRunStarted)?.testRunStarted?.timestamp;
  return started ? new Date(started.seconds * 1000 + started.nanos / 1e6).toISOString() : null;
}
