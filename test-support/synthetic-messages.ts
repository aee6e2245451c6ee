import type { Envelope } from '@cucumber/messages';

/** Test support: a scenario as the report sees it, turned into Cucumber messages by {@link syntheticEnvelopes}. */
export interface SyntheticStep {
  readonly text: string;
  /** A Cucumber status name: PASSED, FAILED, UNDEFINED, PENDING, AMBIGUOUS, SKIPPED. */
  readonly status: string;
  /** Becomes the exception message of the step's result. */
  readonly error?: string;
}

export interface SyntheticScenario {
  readonly name: string;
  readonly tags?: readonly string[];
  readonly feature?: string;
  readonly steps?: readonly SyntheticStep[];
  readonly attachments?: readonly {
    readonly mediaType: string;
    readonly body: string;
    readonly fileName?: string;
  }[];
  /** When false, the scenario is emitted but never started (filtered out or the run stopped). */
  readonly ran?: boolean;
}

const passingStep: readonly SyntheticStep[] = [{ text: 'the client starts', status: 'PASSED' }];

/**
 * The envelopes Cucumber would record for these scenarios, one feature file each, with the same
 * ids and links a real run has (gherkin step -> pickle step -> test step -> result). Every
 * scenario that ran attaches a timeline unless it brings its own attachments.
 */
export function syntheticEnvelopes(scenarios: readonly SyntheticScenario[]): Envelope[] {
  const ts = { seconds: 1_700_000_000, nanos: 0 };
  const out: Envelope[] = [{ testRunStarted: { timestamp: ts } } as Envelope];
  scenarios.forEach((sc, i) => {
    const uri = `features/synthetic/${i}.feature`;
    const steps = sc.steps ?? passingStep;
    const tags = (sc.tags ?? []).map((name, t) => ({ name, astNodeId: `tag-${i}-${t}` }));
    const astSteps = steps.map((st, s) => ({
      id: `ast-${i}-${s}`,
      keyword: s === 0 ? 'Given ' : 'Then ',
      text: st.text,
      location: { line: 4 + s, column: 5 },
      keywordType: undefined,
    }));
    out.push({
      gherkinDocument: {
        uri,
        comments: [],
        feature: {
          location: { line: 1, column: 1 },
          tags: [],
          language: 'en',
          keyword: 'Feature',
          name: sc.feature ?? `Feature ${i}`,
          description: '',
          children: [
            {
              scenario: {
                id: `sc-${i}`,
                location: { line: 3, column: 3 },
                tags: [],
                keyword: 'Scenario',
                name: sc.name,
                description: '',
                steps: astSteps,
                examples: [],
              },
            },
          ],
        },
      },
    } as Envelope);
    const pickleSteps = steps.map((st, s) => ({
      id: `ps-${i}-${s}`,
      text: st.text,
      astNodeIds: [`ast-${i}-${s}`],
    }));
    out.push({
      pickle: {
        id: `p-${i}`,
        uri,
        location: { line: 3, column: 3 },
        name: sc.name,
        language: 'en',
        steps: pickleSteps,
        tags,
        astNodeIds: [`sc-${i}`],
      },
    } as Envelope);
    const testSteps = steps.map((_, s) => ({ id: `ts-${i}-${s}`, pickleStepId: `ps-${i}-${s}` }));
    out.push({ testCase: { id: `tc-${i}`, pickleId: `p-${i}`, testSteps } } as Envelope);
    if (sc.ran === false) return;
    const started = `tcs-${i}`;
    out.push({
      testCaseStarted: { id: started, testCaseId: `tc-${i}`, attempt: 0, timestamp: ts },
    });
    const attachments = sc.attachments ?? [{ mediaType: 'text/plain', fileName: 'timeline.txt', body: `t+0s ${sc.name} starts` }];
    for (const a of attachments) {
      out.push({
        attachment: {
          ...a,
          contentEncoding: 'IDENTITY',
          testCaseStartedId: started,
          testStepId: `ts-${i}-0`,
        },
      } as Envelope);
    }
    steps.forEach((st, s) => {
      const exception = st.error === undefined ? undefined : { type: 'Error', message: st.error };
      const testStepResult = {
        status: st.status,
        duration: { seconds: 0, nanos: 0 },
        exception,
        message: st.error,
      };
      out.push({
        testStepFinished: {
          testCaseStartedId: started,
          testStepId: `ts-${i}-${s}`,
          testStepResult,
          timestamp: ts,
        },
      } as Envelope);
    });
    out.push({
      testCaseFinished: { testCaseStartedId: started, timestamp: ts, willBeRetried: false },
    });
  });
  out.push({ testRunFinished: { timestamp: ts, success: true } } as Envelope);
  return out;
}
