import { expect } from 'chai';
import { test } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import { wholeRunProblem } from './whole-run';

const at = { seconds: 1, nanos: 0 };
const meta = { meta: { protocolVersion: '32.2.0' } } as unknown as Envelope;
const started = (id: string) => ({ testRunStarted: { id, timestamp: at } }) as Envelope;
const finished = (id: string) => ({ testRunFinished: { testRunStartedId: id, timestamp: at, success: true } }) as Envelope;
const testCase = (run: string) => ({ testCase: { id: `tc-${run}`, pickleId: 'p', testSteps: [], testRunStartedId: run } }) as Envelope;
const oldStarted = { testRunStarted: { timestamp: at } } as Envelope;
const oldFinished = { testRunFinished: { timestamp: at, success: true } } as Envelope;

const cases: { name: string; envelopes: Envelope[]; problem: RegExp | null }[] = [
  { name: 'one whole run', envelopes: [meta, started('a'), testCase('a'), finished('a')], problem: null },
  { name: 'a run of an older Cucumber, without ids', envelopes: [meta, oldStarted, oldFinished], problem: null },
  { name: 'nothing', envelopes: [], problem: /is empty/ },
  {
    name: 'started, never finished (killed)',
    envelopes: [meta, started('a'), testCase('a')],
    problem: /truncated: the run started but never finished/,
  },
  { name: 'no run at all', envelopes: [meta], problem: /has no testRunStarted/ },
  {
    name: 'two runs, one after the other (a doubled file)',
    envelopes: [meta, started('a'), finished('a'), meta, started('b'), finished('b')],
    problem: /holds 2 runs/,
  },
  { name: 'two finishes', envelopes: [meta, started('a'), finished('a'), finished('a')], problem: /holds 2 testRunFinished/ },
  {
    name: 'a test case of another run',
    envelopes: [meta, started('a'), testCase('b'), finished('a')],
    problem: /mixes two runs: a testCase of run b/,
  },
  {
    name: 'the finish of another run',
    envelopes: [meta, started('a'), finished('b')],
    problem: /mixes two runs: a testRunFinished of run b/,
  },
];

for (const c of cases) {
  test(`wholeRunProblem: ${c.name}`, () => {
    const problem = wholeRunProblem(c.envelopes, 'run.ndjson');
    if (c.problem === null) expect(problem).to.equal(null);
    else expect(problem).to.match(c.problem);
  });
}
