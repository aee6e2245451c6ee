import type { Attachment as MessageAttachment, TestCase, TestStepResult } from '@cucumber/messages';
import { finalAttempt, indexEnvelopes, type Attempt, type EnvelopeIndex } from './envelope-index';
import { scenarioStatusOf, stepError, stepStatusOf } from './step-status';
import type { Attachment, RecordedRun, RecordedTimelineEntry, ScenarioSummary, StepSummary } from './summary';

export const notApplicableMediaType = 'application/vnd.signin-sim.not-applicable+json';
const catalogTag = /^@([A-Z]{2}-\d{2})$/;

/** The scenarios of one recorded run that finished, in the order Cucumber ran them. */
export function recordedScenarios(run: RecordedRun, columnIndex: number): ScenarioSummary[] {
  const index = indexEnvelopes(run.envelopes);
  const scenarios: ScenarioSummary[] = [];
  for (const testCase of index.testCases) {
    const attempt = finalAttempt(index, testCase.id);
    if (!attempt) continue;
    const summary = scenarioOf(index, testCase, attempt, run, `c${columnIndex}-s${scenarios.length}`);
    if (summary) scenarios.push(summary);
  }
  return scenarios;
}

function scenarioOf(
  index: EnvelopeIndex,
  testCase: TestCase,
  attempt: Attempt,
  run: RecordedRun,
  key: string,
): ScenarioSummary | undefined {
  const pickle = index.pickles.get(testCase.pickleId);
  if (!pickle) return undefined;
  const pickleSteps = new Map(pickle.steps.map((s) => [s.id, s]));
  const firstStepAt = testCase.testSteps.findIndex((s) => s.pickleStepId !== undefined);
  const steps: StepSummary[] = [];
  const results: TestStepResult[] = [];
  testCase.testSteps.forEach((testStep, position) => {
    const result = attempt.results.get(testStep.id);
    if (result) results.push(result);
    const status = result ? stepStatusOf(result) : 'unknown';
    const pickleStep = testStep.pickleStepId ? pickleSteps.get(testStep.pickleStepId) : undefined;
    const error = result ? stepError(result) : null;
    if (pickleStep) {
      const keyword = index.keywords.get(pickleStep.astNodeIds[0] ?? '') ?? '*';
      steps.push({ text: `${keyword} ${pickleStep.text}`, status, hook: false, error });
    } else if (status !== 'passed') {
      const when = firstStepAt === -1 || position < firstStepAt ? 'Before' : 'After';
      const name = index.hooks.get(testStep.hookId ?? '')?.name;
      steps.push({
        text: name ? `${when} hook: ${name}` : `${when} hook`,
        status,
        hook: true,
        error,
      });
    }
  });
  const tags = pickle.tags.map((t) => t.name);
  const notApplicableReason = reasonOf(attempt.attachments);
  const status = scenarioStatusOf(results, notApplicableReason !== null);
  return {
    key,
    name: pickle.name,
    feature: index.featureNames.get(pickle.uri) ?? pickle.uri,
    uri: pickle.uri,
    line: pickle.location?.line ?? 0,
    tags,
    catalogIds: tags.flatMap((t) => catalogTag.exec(t)?.[1] ?? []),
    section: tags.find((t) => t.startsWith('@section:'))?.slice('@section:'.length) ?? null,
    assumptions: tags.filter((t) => /^@assumption(:|$)/.test(t)).map((t) => t.slice(12)),
    status,
    firstFailure: firstFailureOf(steps, status),
    steps,
    ...attachmentsOf(attempt.attachments),
    notApplicableReason,
    knownDeviation: run.expectations?.knownDeviations.find((d) => d.scenario === pickle.name)?.reason ?? null,
  };
}

function firstFailureOf(steps: readonly StepSummary[], status: ScenarioSummary['status']) {
  if (status === 'passed' || status === 'not-applicable') return null;
  const failing = ['failed', 'undefined', 'pending', 'ambiguous', 'unknown'];
  const step = steps.find((s) => failing.includes(s.status)) ?? steps.find((s) => s.status === 'skipped');
  const message =
    status === 'skipped'
      ? 'Skipped without a not-applicable reason, so it counts as a failure.'
      : (step?.error ?? 'No step recorded a result.');
  return { step: step?.text ?? '(no step)', message };
}

function textOf(a: MessageAttachment): string {
  return String(a.contentEncoding) === 'BASE64' ? Buffer.from(a.body, 'base64').toString('utf8') : a.body;
}

function reasonOf(attachments: readonly MessageAttachment[]): string | null {
  const marker = attachments.find((a) => a.mediaType === notApplicableMediaType);
  if (!marker) return null;
  try {
    const parsed = JSON.parse(textOf(marker)) as { reason?: unknown };
    return typeof parsed.reason === 'string' ? parsed.reason : textOf(marker);
  } catch {
    return textOf(marker);
  }
}

function attachmentsOf(all: readonly MessageAttachment[]) {
  const isTimeline = (a: MessageAttachment) =>
    a.fileName === 'timeline.txt' && (a.mediaType.startsWith('text/plain') || a.mediaType === 'text/x.cucumber.log+plain');
  const timelines = all.filter(isTimeline).map(textOf);
  const isEntries = (a: MessageAttachment) => a.fileName === 'timeline.json' && a.mediaType === 'application/json';
  const entries = all.filter(isEntries).map((a) => timelineEntriesOf(textOf(a)));
  const screenshots = all
    .filter((a) => a.mediaType === 'text/uri-list')
    .flatMap((a) => textOf(a).split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const attachments: Attachment[] = all
    .filter((a) => !isTimeline(a) && !isEntries(a) && a.mediaType !== 'text/uri-list')
    .filter((a) => a.mediaType !== notApplicableMediaType)
    .map((a) => ({
      name: a.fileName ?? a.mediaType,
      mediaType: a.mediaType,
      text: /^text\/|json|xml/.test(a.mediaType) ? textOf(a) : null,
    }));
  return {
    timeline: timelines.length > 0 ? timelines.join('\n\n') : null,
    timelineEntries: entries.find((x) => x !== null) ?? null,
    screenshots,
    attachments,
  };
}

/** A timeline.json attachment, checked entry by entry; anything malformed gives no swimlane rather than a broken one. */
function timelineEntriesOf(text: string): RecordedTimelineEntry[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return null;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return parsed.flatMap((x: unknown) => {
      if (typeof x !== 'object' || x === null) return [];
      const o = x as Record<string, unknown>;
      if (typeof o.at !== 'number' || typeof o.text !== 'string') return [];
      const lane = str(o.lane);
      const to = str(o.to);
      return [
        { at: o.at, text: o.text, ...(lane ? { lane } : {}), ...(to ? { to } : {}), ...(o.failing === true ? { failing: true } : {}) },
      ];
    });
  } catch {
    return null;
  }
}
