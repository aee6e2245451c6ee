import type { Envelope } from '@cucumber/messages';

/**
 * Why a recorded run is not one whole run, or null when it is: empty; started but never finished (a killed run);
 * two runs in one file (two testRunStarted, two testRunFinished); or messages of another run mixed in (a test case
 * or hook whose testRunStartedId is not the file's run). `source` names the file in the message.
 */
export function wholeRunProblem(envelopes: readonly Envelope[], source: string): string | null {
  if (envelopes.length === 0) return `${source} is empty: the run recorded nothing`;
  const starts = envelopes.flatMap((e) => (e.testRunStarted ? [e.testRunStarted] : []));
  const finishes = envelopes.flatMap((e) => (e.testRunFinished ? [e.testRunFinished] : []));
  if (starts.length > 1) return `${source} holds ${starts.length} runs (${starts.length} testRunStarted): two runs wrote into one file`;
  if (finishes.length > 1) return `${source} holds ${finishes.length} testRunFinished: two runs wrote into one file`;
  if (starts.length === 0) return `${source} has no testRunStarted: it is not a recorded run`;
  if (finishes.length === 0) return `${source} is truncated: the run started but never finished (no testRunFinished)`;
  const runId = starts[0]?.id;
  if (runId === undefined) return null;
  for (const e of envelopes) {
    const [kind, other] = foreignRun(e, runId);
    if (other !== undefined) return `${source} mixes two runs: a ${kind} of run ${other} in the file of run ${runId}`;
  }
  return null;
}

/** The message kind and its run id, when it names a run other than `runId`. */
function foreignRun(e: Envelope, runId: string): [string, string | undefined] {
  const named: [string, string | undefined][] = [
    ['testCase', e.testCase?.testRunStartedId],
    ['testRunHookStarted', e.testRunHookStarted?.testRunStartedId],
    ['testRunFinished', e.testRunFinished?.testRunStartedId],
  ];
  return named.find(([, id]) => id !== undefined && id !== runId) ?? ['', undefined];
}
