import type { Envelope, TestStepResultStatus } from '@cucumber/messages';

export type Outcome = 'passed' | 'failed' | 'not applicable';

/** How one scenario ended in a recorded run, and where it failed. */
export interface ScenarioResult {
  readonly name: string;
  readonly uri: string;
  readonly line: number;
  readonly outcome: Outcome;
  /** The failing step's text (or the hook), when it failed. */
  readonly step: string | null;
  readonly message: string | null;
}

const worst: readonly TestStepResultStatus[] = [
  'UNKNOWN',
  'PASSED',
  'SKIPPED',
  'PENDING',
  'UNDEFINED',
  'AMBIGUOUS',
  'FAILED',
] as TestStepResultStatus[];
/** The message of a scenario that started but never finished (the run was interrupted, or cucumber-js died). */
export const unfinished = 'did not finish: the run ended while it ran (interrupted by a signal, or cucumber-js ended)';
const notApplicableType = 'application/vnd.signin-sim.not-applicable+json';

/** Every scenario of a run (the last attempt of each), from its Cucumber messages. */
export function scenarioResults(envelopes: readonly Envelope[]): ScenarioResult[] {
  const pickles = new Map<string, { name: string; uri: string; line: number; steps: Map<string, string> }>();
  const stepOf = new Map<string, { pickleStepId?: string; hookId?: string }>();
  const caseToPickle = new Map<string, string>();
  const attempts = new Map<
    string,
    { pickleId: string; status: TestStepResultStatus; step: string | null; message: string | null; na: boolean; finished: boolean }
  >();
  const latest = new Map<string, string>();
  const hookNames = new Map<string, string>();
  for (const e of envelopes) {
    if (e.pickle)
      pickles.set(e.pickle.id, {
        name: e.pickle.name,
        uri: e.pickle.uri,
        line: e.pickle.location?.line ?? 0,
        steps: new Map(e.pickle.steps.map((s) => [s.id, s.text])),
      });
    if (e.hook)
      hookNames.set(
        e.hook.id,
        e.hook.name ?? `hook at ${e.hook.sourceReference.uri ?? '?'}:${e.hook.sourceReference.location?.line ?? '?'}`,
      );
    if (e.testCase) {
      caseToPickle.set(e.testCase.id, e.testCase.pickleId);
      for (const s of e.testCase.testSteps)
        stepOf.set(s.id, s.pickleStepId !== undefined ? { pickleStepId: s.pickleStepId } : { hookId: s.hookId ?? '' });
    }
    if (e.testCaseStarted) {
      const pickleId = caseToPickle.get(e.testCaseStarted.testCaseId) ?? '';
      attempts.set(e.testCaseStarted.id, {
        pickleId,
        status: 'PASSED' as TestStepResultStatus,
        step: null,
        message: null,
        na: false,
        finished: false,
      });
      latest.set(pickleId, e.testCaseStarted.id);
    }
    if (e.testStepStarted) {
      const a = attempts.get(e.testStepStarted.testCaseStartedId);
      const ref = stepOf.get(e.testStepStarted.testStepId);
      const text = ref?.pickleStepId && a ? pickles.get(a.pickleId)?.steps.get(ref.pickleStepId) : undefined;
      if (a && text && a.status === 'PASSED') a.step = text;
    }
    if (e.testStepFinished) {
      const a = attempts.get(e.testStepFinished.testCaseStartedId);
      const r = e.testStepFinished.testStepResult;
      if (a && worst.indexOf(r.status) > worst.indexOf(a.status)) {
        a.status = r.status;
        const ref = stepOf.get(e.testStepFinished.testStepId);
        const text = ref?.pickleStepId
          ? pickles.get(a.pickleId)?.steps.get(ref.pickleStepId)
          : ref?.hookId
            ? `${hookNames.get(ref.hookId) ?? 'a hook'} (hook)`
            : undefined;
        a.step = text ?? null;
        a.message = r.message ?? r.exception?.message ?? null;
      }
    }
    if (e.testCaseFinished) {
      const a = attempts.get(e.testCaseFinished.testCaseStartedId);
      if (a) a.finished = true;
    }
    if (e.attachment?.mediaType === notApplicableType && e.attachment.testCaseStartedId) {
      const a = attempts.get(e.attachment.testCaseStartedId);
      if (a) a.na = true;
    }
  }
  return [...latest.entries()].flatMap(([pickleId, attemptId]) => {
    const p = pickles.get(pickleId);
    const a = attempts.get(attemptId);
    if (!p || !a) return [];
    if (!a.finished) return [{ name: p.name, uri: p.uri, line: p.line, outcome: 'failed' as const, step: a.step, message: unfinished }];
    const outcome: Outcome = a.na && a.status === 'SKIPPED' ? 'not applicable' : a.status === 'PASSED' ? 'passed' : 'failed';
    return [
      {
        name: p.name,
        uri: p.uri,
        line: p.line,
        outcome,
        step: outcome === 'failed' ? a.step : null,
        message: outcome === 'failed' ? (a.message ?? a.status) : null,
      },
    ];
  });
}
