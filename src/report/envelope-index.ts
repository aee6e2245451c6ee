import type { Attachment, Envelope, FeatureChild, Hook, Pickle, TestCase, TestStepResult } from '@cucumber/messages';

/** One execution of a test case (a retried scenario has several). */
export interface Attempt {
  readonly id: string;
  readonly testCaseId: string;
  readonly results: Map<string, TestStepResult>;
  readonly attachments: Attachment[];
  finished: boolean;
  willBeRetried: boolean;
}

/** Look-up tables over one run's envelopes, in the order Cucumber emitted them. */
export interface EnvelopeIndex {
  readonly pickles: ReadonlyMap<string, Pickle>;
  readonly testCases: readonly TestCase[];
  readonly hooks: ReadonlyMap<string, Hook>;
  readonly featureNames: ReadonlyMap<string, string>;
  /** Gherkin step id to its keyword (`Given`, `When`, ...). */
  readonly keywords: ReadonlyMap<string, string>;
  readonly attempts: readonly Attempt[];
}

export function indexEnvelopes(envelopes: readonly Envelope[]): EnvelopeIndex {
  const pickles = new Map<string, Pickle>();
  const testCases: TestCase[] = [];
  const hooks = new Map<string, Hook>();
  const featureNames = new Map<string, string>();
  const keywords = new Map<string, string>();
  const attempts = new Map<string, Attempt>();
  for (const e of envelopes) {
    if (e.pickle) pickles.set(e.pickle.id, e.pickle);
    if (e.testCase) testCases.push(e.testCase);
    if (e.hook) hooks.set(e.hook.id, e.hook);
    if (e.gherkinDocument?.feature && e.gherkinDocument.uri !== undefined) {
      featureNames.set(e.gherkinDocument.uri, e.gherkinDocument.feature.name);
      collectKeywords(e.gherkinDocument.feature.children, keywords);
    }
    if (e.testCaseStarted) {
      const { id, testCaseId } = e.testCaseStarted;
      attempts.set(id, {
        id,
        testCaseId,
        results: new Map(),
        attachments: [],
        finished: false,
        willBeRetried: false,
      });
    }
    if (e.testStepFinished) {
      const { testCaseStartedId, testStepId, testStepResult } = e.testStepFinished;
      attempts.get(testCaseStartedId)?.results.set(testStepId, testStepResult);
    }
    if (e.attachment?.testCaseStartedId !== undefined) {
      attempts.get(e.attachment.testCaseStartedId)?.attachments.push(e.attachment);
    }
    if (e.testCaseFinished) {
      const attempt = attempts.get(e.testCaseFinished.testCaseStartedId);
      if (attempt) {
        attempt.finished = true;
        attempt.willBeRetried = e.testCaseFinished.willBeRetried;
      }
    }
  }
  return { pickles, testCases, hooks, featureNames, keywords, attempts: [...attempts.values()] };
}

/** The attempt that decides a test case's outcome: the last one that finished and was not retried. */
export function finalAttempt(index: EnvelopeIndex, testCaseId: string): Attempt | undefined {
  return index.attempts.filter((a) => a.testCaseId === testCaseId && a.finished && !a.willBeRetried).at(-1);
}

function collectKeywords(children: readonly FeatureChild[], into: Map<string, string>): void {
  for (const child of children) {
    const steps = [...(child.background?.steps ?? []), ...(child.scenario?.steps ?? [])];
    for (const step of steps) into.set(step.id, step.keyword.trim());
    if (child.rule) collectKeywords(child.rule.children, into);
  }
}
