import type { Envelope } from '@cucumber/messages';
import type { Behaviour } from '../catalog/behaviours';
import type { Section } from '../catalog/sections';
import type { ScenarioStatus, StepStatus } from '../recorded-run';

/** One profile's recorded run: the messages Cucumber wrote, under the title of its report column. */
export interface RecordedRun {
  readonly column: string;
  readonly envelopes: readonly Envelope[];
  /** The directory name under `reports/`, when the run was read from disk. */
  readonly profile?: string;
  readonly expectations?: Expectations;
}

/** `reports/<profile>/expectations.json`: deviations a client team already knows about. */
export interface Expectations {
  readonly client?: string;
  readonly knownDeviations: readonly { readonly scenario: string; readonly reason: string }[];
}

/** Step and scenario statuses are the recorded run's (src/recorded-run/scenario-status.ts). */
export type { ScenarioStatus, StepStatus } from '../recorded-run';

export const scenarioStatuses: readonly ScenarioStatus[] = [
  'passed',
  'failed',
  'undefined',
  'pending',
  'ambiguous',
  'skipped',
  'not-applicable',
];

export interface StepSummary {
  /** `Given ...` for a Gherkin step, `Before hook: name` / `After hook: name` for a hook. */
  readonly text: string;
  readonly status: StepStatus;
  readonly hook: boolean;
  readonly error: string | null;
}

/** One line of a recorded timeline, as the fakes attach it (timeline.json). */
export interface RecordedTimelineEntry {
  readonly at: number;
  readonly text: string;
  readonly lane?: string;
  readonly to?: string;
  readonly failing?: boolean;
  /** Why this event is a normal step by design (the fakes decide it, src/fakes/expected-by-design.ts). */
  readonly expected?: string;
}

/** Whether a recorded event is marked ✖: it went wrong, and it is not a step that fails by design. */
export const marksFailure = (e: RecordedTimelineEntry): boolean => e.failing === true && e.expected === undefined;

export interface Attachment {
  readonly name: string;
  readonly mediaType: string;
  /** The text, for text media types; null for binary content. */
  readonly text: string | null;
}

export interface ScenarioSummary {
  /** Unique within the summary; safe in an HTML id. */
  readonly key: string;
  readonly name: string;
  readonly feature: string;
  readonly uri: string;
  readonly line: number;
  readonly tags: readonly string[];
  /** Catalog IDs from tags such as `@FS-01`. */
  readonly catalogIds: readonly string[];
  /** From the `@section:` tag. */
  readonly section: string | null;
  /** Names from `@assumption` (empty name) and `@assumption:<name>` tags. */
  readonly assumptions: readonly string[];
  readonly status: ScenarioStatus;
  readonly firstFailure: { readonly step: string; readonly message: string } | null;
  readonly steps: readonly StepSummary[];
  readonly timeline: string | null;
  /** The same timeline as data (timeline.json), for the swimlane: who talks to whom, and what failed. */
  readonly timelineEntries: readonly RecordedTimelineEntry[] | null;
  /** Paths relative to `reports/`. */
  readonly screenshots: readonly string[];
  readonly attachments: readonly Attachment[];
  readonly notApplicableReason: string | null;
  /** The reason from expectations.json, when this scenario is a listed known deviation. */
  readonly knownDeviation: string | null;
}

export type Verdict = 'conforms' | 'relies-on-assumption' | 'deviates' | 'known-deviation' | 'not-covered' | 'not-applicable';

export type Totals = Readonly<Record<ScenarioStatus, number>> & { readonly total: number };

export interface Coverage {
  readonly covered: number;
  readonly inScope: number;
  readonly uncovered: readonly string[];
}

export interface ColumnSummary {
  readonly title: string;
  readonly profile: string | null;
  readonly client: string | null;
  /** When the run started (ISO 8601), from its testRunStarted message. */
  readonly startedAt: string | null;
  readonly totals: Totals;
  readonly coverage: Coverage;
  readonly scenarios: readonly ScenarioSummary[];
}

export interface Cell {
  readonly verdict: Verdict;
  /** Keys of the scenarios of this column tagged with the behaviour's ID. */
  readonly scenarios: readonly string[];
}

export interface BehaviourRow {
  readonly behaviour: Behaviour;
  /** One per column, in column order. */
  readonly cells: readonly Cell[];
}

export interface SectionSummary {
  readonly section: Section;
  readonly rows: readonly BehaviourRow[];
}

export interface Summary {
  readonly columns: readonly ColumnSummary[];
  readonly sections: readonly SectionSummary[];
  /** Over all columns: an ID counts when a scenario of any column that ran carries it. */
  readonly coverage: Coverage;
  /** Scenarios (by key) that carry no in-scope catalog ID, per column. */
  readonly untracked: readonly (readonly string[])[];
}
