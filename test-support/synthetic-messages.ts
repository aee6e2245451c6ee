import type { Envelope, Timestamp } from '@cucumber/messages';

/** Test support: a scenario as the report sees it, turned into Cucumber messages by {@link syntheticEnvelopes}. */
export interface SyntheticStep {
  readonly text: string;
  /** A Cucumber status name: PASSED, FAILED, UNDEFINED, PENDING, AMBIGUOUS, SKIPPED; STARTED for a step that never finished. */
  readonly status: string;
  /** Becomes the exception message of the step's result. */
  readonly error?: string;
  /** Makes it a hook of this name (text is then ignored): a test step with no Gherkin step. */
  readonly hook?: string;
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
  /** When false, the run ended while it ran: no testCaseFinished. */
  readonly finished?: boolean;
  /** Earlier attempts, each with its step results, that Cucumber retried (`willBeRetried`) before this one. */
  readonly retried?: readonly (readonly SyntheticStep[])[];
}

const passingStep: readonly SyntheticStep[] = [{ text: 'the client starts', status: 'PASSED' }];

/**
 * The envelopes Cucumber would record for these scenarios, one feature file each, with the same
 * ids and links a real run has (gherkin step -> pickle step -> test step -> result). Every
 * scenario that ran attaches a timeline unless it brings its own attachments. All share one timestamp.
 */
export function syntheticEnvelopes(scenarios: readonly SyntheticScenario[]): Envelope[] {
  const ts = { seconds: 1_700_000_000, nanos: 0 };
  const out: Envelope[] = [{ testRunStarted: { timestamp: ts } } as Envelope];
  scenarios.forEach((sc, i) => {
    const uri = `features/synthetic/${i}.feature`;
    const steps = sc.steps ?? passingStep;
    const tags = (sc.tags ?? []).map((name, t) => ({ name, astNodeId: `tag-${i}-${t}` }));
    const gherkinSteps = steps.flatMap((st, s) => (st.hook === undefined ? [{ st, s }] : []));
    const astSteps = gherkinSteps.map(({ st, s }, j) => ({
      id: `ast-${i}-${s}`,
      keyword: j === 0 ? 'Given ' : 'Then ',
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
    const pickleSteps = gherkinSteps.map(({ st, s }) => ({
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
    steps.forEach((st, s) => {
      if (st.hook !== undefined)
        out.push({
          hook: { id: `h-${i}-${s}`, name: st.hook, sourceReference: { uri: 'hooks.ts', location: { line: s + 1 } } },
        } as Envelope);
    });
    const testSteps = steps.map((st, s) =>
      st.hook === undefined ? { id: `ts-${i}-${s}`, pickleStepId: `ps-${i}-${s}` } : { id: `ts-${i}-${s}`, hookId: `h-${i}-${s}` },
    );
    out.push({ testCase: { id: `tc-${i}`, pickleId: `p-${i}`, testSteps } } as Envelope);
    if (sc.ran === false) return;
    (sc.retried ?? []).forEach((attempt, a) => {
      const id = `tcs-${i}-retried-${a}`;
      out.push({ testCaseStarted: { id, testCaseId: `tc-${i}`, attempt: a, timestamp: ts } });
      out.push(...stepEnvelopes(id, i, attempt, ts));
      out.push({ testCaseFinished: { testCaseStartedId: id, timestamp: ts, willBeRetried: true } });
    });
    const started = `tcs-${i}`;
    out.push({
      testCaseStarted: { id: started, testCaseId: `tc-${i}`, attempt: sc.retried?.length ?? 0, timestamp: ts },
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
    out.push(...stepEnvelopes(started, i, steps, ts));
    if (sc.finished === false) return;
    out.push({
      testCaseFinished: { testCaseStartedId: started, timestamp: ts, willBeRetried: false },
    });
  });
  out.push({ testRunFinished: { timestamp: ts, success: true } } as Envelope);
  return out;
}

function stepEnvelopes(started: string, i: number, steps: readonly SyntheticStep[], timestamp: Timestamp): Envelope[] {
  return steps.flatMap((st, s) => {
    const testStepStarted = { testCaseStartedId: started, testStepId: `ts-${i}-${s}`, timestamp };
    if (st.status === 'STARTED') return [{ testStepStarted } as Envelope];
    const exception = st.error === undefined ? undefined : { type: 'Error', message: st.error };
    const testStepResult = {
      status: st.status,
      duration: { seconds: 0, nanos: 0 },
      exception,
      message: st.error,
    };
    return [{ testStepStarted } as Envelope, { testStepFinished: { ...testStepStarted, testStepResult } } as Envelope];
  });
}
