import { Query } from '@cucumber/query';
import {
  getWorstTestStepResult,
  TimeConversion,
  type Attachment,
  type Envelope,
  type Hook,
  type Pickle,
  type PickleStep,
  type TestCaseStarted,
  type TestStep,
  type TestStepResult,
} from '@cucumber/messages';
import { notApplicableReason } from './not-applicable';

/** One test step of a scenario's attempt (a Gherkin step or a hook) and how it ended. */
export interface StepRun {
  readonly testStep: TestStep;
  /** The pickle step it runs; undefined for a hook. */
  readonly pickleStep: PickleStep | undefined;
  /** The Gherkin keyword (`Given`, `And`, ...) without spaces; undefined for a hook or without the Gherkin document. */
  readonly keyword: string | undefined;
  /** The hook it runs, when the run declared it; undefined for a Gherkin step. */
  readonly hook: Hook | undefined;
  readonly started: boolean;
  /** Undefined until it finished. */
  readonly result: TestStepResult | undefined;
}

/** A scenario as a recorded run left it: its last attempt (attempts Cucumber retried are left out). */
export interface ScenarioRun {
  /** The attempt's `testCaseStarted` id. */
  readonly id: string;
  readonly pickle: Pickle;
  readonly name: string;
  readonly uri: string;
  readonly line: number;
  readonly tags: readonly string[];
  /** The feature's name, or the uri without its Gherkin document. */
  readonly feature: string;
  /** Every test step of the test case, hooks included, in the order they run. */
  readonly steps: readonly StepRun[];
  /** Cucumber's worst result among the steps that finished; UNKNOWN when none did. */
  readonly worst: TestStepResult;
  /** The first step that finished with the worst result, when that is worse than passed. */
  readonly worstStep: StepRun | undefined;
  /** The last Gherkin step that started: where an attempt that never finished had got to. */
  readonly lastStartedStep: StepRun | undefined;
  /** False when the run ended (killed, interrupted) while the scenario ran. */
  readonly finished: boolean;
  /** Wall time from its start to its end, in milliseconds; null when it never finished. */
  readonly durationMs: number | null;
  /** What its finished steps attached, in order. */
  readonly attachments: readonly Attachment[];
  /** The reason a driver gave for not running it (see {@link notApplicableReason}), or null. */
  readonly notApplicable: string | null;
}

const passedOrBetter = new Set<string>(['UNKNOWN', 'PASSED']);

/**
 * Reads a recorded run (Cucumber's messages) with `@cucumber/query`: every scenario that started, in the order
 * Cucumber started them, each by its last attempt.
 */
export function scenarioRuns(envelopes: Iterable<Envelope>): ScenarioRun[] {
  const query = new Query();
  const order = new Map<string, number>();
  for (const envelope of envelopes) {
    query.update(envelope);
    if (envelope.testCaseStarted && !order.has(envelope.testCaseStarted.id)) order.set(envelope.testCaseStarted.id, order.size);
  }
  // Query orders by timestamp, and by id within the same millisecond; the run's own order is the order they started.
  return query
    .findAllTestCaseStartedOrderBy(
      (_, started) => order.get(started.id),
      (a, b) => a - b,
    )
    .flatMap((started) => scenarioRunOf(query, started));
}

function scenarioRunOf(query: Query, started: TestCaseStarted): ScenarioRun[] {
  const testCase = query.findTestCaseBy(started);
  const pickle = testCase ? query.findPickleBy(started) : undefined;
  if (!testCase || !pickle) return [];
  const startedSteps = new Set(query.findTestStepsStartedBy(started).map((s) => s.testStepId));
  const finished = query.findTestStepsFinishedBy(started);
  const results = new Map(finished.map((f) => [f.testStepId, f.testStepResult]));
  const steps = testCase.testSteps.map((testStep) => stepRunOf(query, testStep, startedSteps.has(testStep.id), results.get(testStep.id)));
  const worst = getWorstTestStepResult(finished.map((f) => f.testStepResult));
  const worstId = passedOrBetter.has(worst.status) ? undefined : finished.find((f) => f.testStepResult.status === worst.status)?.testStepId;
  const attachments = finished.flatMap((f) => query.findAttachmentsBy(f));
  const duration = query.findTestCaseDurationBy(started);
  const lineage = pickle.astNodeIds.length > 0 ? query.findLineageBy(pickle) : undefined;
  return [
    {
      id: started.id,
      pickle,
      name: pickle.name,
      uri: pickle.uri,
      line: pickle.location?.line ?? 0,
      tags: pickle.tags.map((t) => t.name),
      feature: lineage?.feature?.name ?? pickle.uri,
      steps,
      worst,
      worstStep: steps.find((s) => s.testStep.id === worstId),
      lastStartedStep: steps.filter((s) => s.started && s.pickleStep).at(-1),
      finished: duration !== undefined,
      durationMs: duration === undefined ? null : TimeConversion.durationToMilliseconds(duration),
      attachments,
      notApplicable: notApplicableReason(attachments),
    },
  ];
}

function stepRunOf(query: Query, testStep: TestStep, started: boolean, result: TestStepResult | undefined): StepRun {
  const pickleStep = query.findPickleStepBy(testStep);
  const keyword = pickleStep && pickleStep.astNodeIds.length > 0 ? query.findStepBy(pickleStep)?.keyword.trim() : undefined;
  return { testStep, pickleStep, keyword, hook: query.findHookBy(testStep), started, result };
}
