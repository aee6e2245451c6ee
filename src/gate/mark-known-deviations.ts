import type { Envelope, TestStepResult } from '@cucumber/messages';
import type { Judged } from './compare-results';
import { isStackFrame } from './output-filter';

/** A Cucumber log: cucumber.html shows it under the step, Allure as a text attachment. */
const logType = 'text/x.cucumber.log+plain';

/** The message a known deviation's skipped step carries, in junit.xml, Allure and cucumber.html. */
export const knownDeviationMessage = (reason: string): string => `Known deviation: ${reason}`;

/** The message a listed scenario that passed fails with. */
export const unexpectedPassMessage = (name: string, reason: string, expectFile: string): string =>
  `Listed as a known deviation in ${expectFile}, but it passed. Remove the entry ${JSON.stringify({ scenario: name, reason })}`;

/**
 * The run as CI should read it, for the reports a CI system shows (junit.xml, cucumber.html, Allure): a known deviation's
 * steps that did not pass become skipped, the first with the reason as its message and a log saying what was recorded;
 * a listed scenario that passed fails at its last step, with the entry to remove. Everything else is left as it ran.
 * messages.ndjson keeps the run as it happened; this copy is only what the CI-facing reports are rendered from.
 */
export function markKnownDeviations(envelopes: readonly Envelope[], judged: readonly Judged[], expectFile: string): Envelope[] {
  const byName = new Map(judged.filter((j) => j.reason !== null).map((j) => [j.result.name, j]));
  const pickleNames = new Map<string, string>();
  const casePickles = new Map<string, string>();
  const startedCases = new Map<string, string>();
  const lastStep = new Map<string, number>();
  const hookSteps = new Set<string>();
  /** Attempts where a scenario step (not only a hook) did not pass: there the hooks carry no message. */
  const stepsFailed = new Set<string>();
  envelopes.forEach((e, i) => {
    if (e.pickle) pickleNames.set(e.pickle.id, e.pickle.name);
    if (e.testCase) {
      casePickles.set(e.testCase.id, e.testCase.pickleId);
      for (const step of e.testCase.testSteps) if (step.hookId !== undefined) hookSteps.add(step.id);
    }
    if (e.testCaseStarted) startedCases.set(e.testCaseStarted.id, e.testCaseStarted.testCaseId);
    if (e.testStepFinished) {
      lastStep.set(e.testStepFinished.testCaseStartedId, i);
      if (e.testStepFinished.testStepResult.status !== 'PASSED' && !hookSteps.has(e.testStepFinished.testStepId))
        stepsFailed.add(e.testStepFinished.testCaseStartedId);
    }
  });
  const judgedOf = (testCaseStartedId: string): Judged | undefined =>
    byName.get(pickleNames.get(casePickles.get(startedCases.get(testCaseStartedId) ?? '') ?? '') ?? '');
  const noted = new Set<string>();
  return envelopes.flatMap((e, i): Envelope[] => {
    const finished = e.testStepFinished;
    if (!finished) return [e];
    const j = judgedOf(finished.testCaseStartedId);
    if (!j || j.reason === null) return [e];
    const result = finished.testStepResult;
    if (j.verdict === 'unexpected pass' && lastStep.get(finished.testCaseStartedId) === i) {
      const message = unexpectedPassMessage(j.result.name, j.reason, expectFile);
      const failed: TestStepResult = {
        ...result,
        status: 'FAILED' as TestStepResult['status'],
        message,
        exception: { type: 'UnexpectedPass', message },
      };
      return [{ testStepFinished: { ...finished, testStepResult: failed } }];
    }
    if (j.verdict !== 'known deviation' || result.status === 'PASSED') return [e];
    const first = !noted.has(finished.testCaseStartedId);
    noted.add(finished.testCaseStartedId);
    // Every skipped step says why (junit.xml shows the message of one of them); a hook only when no step failed, as
    // Allure takes a hook's message for an error of the whole run.
    const hook = hookSteps.has(finished.testStepId) && stepsFailed.has(finished.testCaseStartedId);
    const skipped: TestStepResult = {
      duration: result.duration,
      status: 'SKIPPED' as TestStepResult['status'],
      ...(hook ? {} : { message: knownDeviationMessage(j.reason) }),
    };
    const marked: Envelope = { testStepFinished: { ...finished, testStepResult: skipped } };
    if (!first) return [marked];
    const detail = (result.message ?? '')
      .split('\n')
      .filter((l) => !isStackFrame(l))
      .join('\n');
    const recorded = `${knownDeviationMessage(j.reason)}\nRecorded result of this step: ${result.status}${detail ? `\n${detail}` : ''}`;
    const note: Envelope = {
      attachment: {
        body: recorded,
        contentEncoding: 'IDENTITY' as NonNullable<Envelope['attachment']>['contentEncoding'],
        mediaType: logType,
        testCaseStartedId: finished.testCaseStartedId,
        testStepId: finished.testStepId,
        timestamp: finished.timestamp,
      },
    };
    return [note, marked];
  });
}
