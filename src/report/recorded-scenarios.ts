import type { Attachment as MessageAttachment } from '@cucumber/messages';
import {
  attachmentText as textOf,
  notApplicableMediaType,
  scenarioRuns,
  scenarioStatusOf,
  stepStatusOf,
  type ScenarioRun,
} from '../recorded-run';
import { stepError } from './step-error';
import type { Attachment, RecordedRun, RecordedTimelineEntry, ScenarioSummary, StepSummary } from './summary';

const catalogTag = /^@([A-Z]{2}-\d{2})$/;

/** The scenarios of one recorded run that finished, in the order Cucumber ran them. */
export function recordedScenarios(run: RecordedRun, columnIndex: number): ScenarioSummary[] {
  return scenarioRuns(run.envelopes)
    .filter((scenario) => scenario.finished)
    .map((scenario, i) => scenarioOf(scenario, run, `c${columnIndex}-s${i}`));
}

function scenarioOf(scenario: ScenarioRun, run: RecordedRun, key: string): ScenarioSummary {
  const firstStepAt = scenario.steps.findIndex((s) => s.pickleStep !== undefined);
  const steps: StepSummary[] = [];
  scenario.steps.forEach(({ pickleStep, keyword, hook, result }, position) => {
    const status = result ? stepStatusOf(result) : 'unknown';
    const error = result ? stepError(result) : null;
    if (pickleStep) {
      steps.push({ text: `${keyword ?? '*'} ${pickleStep.text}`, status, hook: false, error });
    } else if (status !== 'passed') {
      const when = firstStepAt === -1 || position < firstStepAt ? 'Before' : 'After';
      const name = hook?.name;
      steps.push({
        text: name ? `${when} hook: ${name}` : `${when} hook`,
        status,
        hook: true,
        error,
      });
    }
  });
  const tags = scenario.tags;
  const status = scenarioStatusOf(scenario);
  return {
    key,
    name: scenario.name,
    feature: scenario.feature,
    uri: scenario.uri,
    line: scenario.line,
    tags,
    catalogIds: tags.flatMap((t) => catalogTag.exec(t)?.[1] ?? []),
    section: tags.find((t) => t.startsWith('@section:'))?.slice('@section:'.length) ?? null,
    assumptions: tags.filter((t) => /^@assumption(:|$)/.test(t)).map((t) => t.slice(12)),
    status,
    firstFailure: firstFailureOf(steps, status),
    steps,
    ...attachmentsOf(scenario.attachments),
    notApplicableReason: scenario.notApplicable,
    knownDeviation: run.expectations?.knownDeviations.find((d) => d.scenario === scenario.name)?.reason ?? null,
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
      const expected = str(o.expected);
      return [
        {
          at: o.at,
          text: o.text,
          ...(lane ? { lane } : {}),
          ...(to ? { to } : {}),
          ...(o.failing === true ? { failing: true } : {}),
          ...(expected ? { expected } : {}),
        },
      ];
    });
  } catch {
    return null;
  }
}
