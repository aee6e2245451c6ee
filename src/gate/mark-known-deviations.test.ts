import { expect } from 'chai';
import { test } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import { compareResults } from './compare-results';
import { markKnownDeviations } from './mark-known-deviations';
import { scenarioResults } from './scenario-results';

type Status = 'PASSED' | 'FAILED' | 'SKIPPED' | 'UNDEFINED';
const at = { seconds: 0, nanos: 0 };

/** A recorded run of one scenario: a step per status, then an After hook with the last status given. */
function run(name: string, steps: readonly Status[], hook: Status = 'PASSED'): Envelope[] {
  const ids = steps.map((_, i) => `${name}-s${i}`);
  const result = (status: Status, message?: string) => ({ status, duration: at, ...(message ? { message } : {}) });
  return [
    {
      pickle: {
        id: `${name}-p`,
        uri: 'f.feature',
        name,
        language: 'en',
        astNodeIds: [],
        tags: [],
        steps: ids.map((id) => ({ id, text: id, astNodeIds: [] })),
      },
    },
    {
      testCase: {
        id: `${name}-c`,
        pickleId: `${name}-p`,
        testSteps: [...ids.map((id) => ({ id: `${id}-t`, pickleStepId: id })), { id: `${name}-h`, hookId: 'h' }],
      },
    },
    { testCaseStarted: { id: `${name}-a`, testCaseId: `${name}-c`, attempt: 0, timestamp: at } },
    ...steps.map((status, i) => ({
      testStepFinished: {
        testCaseStartedId: `${name}-a`,
        testStepId: `${ids[i]}-t`,
        testStepResult: result(status, status === 'FAILED' ? 'boom\n    at f (x.ts:1:2)' : undefined),
        timestamp: at,
      },
    })),
    {
      testStepFinished: {
        testCaseStartedId: `${name}-a`,
        testStepId: `${name}-h`,
        testStepResult: result(hook, hook === 'FAILED' ? 'hook boom' : undefined),
        timestamp: at,
      },
    },
    { testCaseFinished: { testCaseStartedId: `${name}-a`, timestamp: at, willBeRetried: false } },
  ] as Envelope[];
}

const statuses = (envelopes: readonly Envelope[], name: string) =>
  envelopes.flatMap((e) => (e.testStepFinished?.testCaseStartedId === `${name}-a` ? [e.testStepFinished.testStepResult] : []));

const cases = [
  {
    name: 'a known deviation: the failed and skipped steps are skipped, each with the reason; the hook says nothing',
    steps: ['PASSED', 'FAILED', 'SKIPPED'] as Status[],
    hook: 'PASSED' as Status,
    listed: true,
    want: [
      ['PASSED', null],
      ['SKIPPED', 'Known deviation: not yet'],
      ['SKIPPED', 'Known deviation: not yet'],
      ['PASSED', null],
    ],
    notes: 1,
  },
  {
    name: 'a known deviation that failed only in a hook: the hook carries the reason',
    steps: ['PASSED'] as Status[],
    hook: 'FAILED' as Status,
    listed: true,
    want: [
      ['PASSED', null],
      ['SKIPPED', 'Known deviation: not yet'],
    ],
    notes: 1,
  },
  {
    name: 'a known deviation with a failed step and a failed hook: the hook is skipped without a message',
    steps: ['FAILED'] as Status[],
    hook: 'FAILED' as Status,
    listed: true,
    want: [
      ['SKIPPED', 'Known deviation: not yet'],
      ['SKIPPED', null],
    ],
    notes: 1,
  },
  {
    name: 'an undefined step of a known deviation is skipped too',
    steps: ['UNDEFINED'] as Status[],
    hook: 'PASSED' as Status,
    listed: true,
    want: [
      ['SKIPPED', 'Known deviation: not yet'],
      ['PASSED', null],
    ],
    notes: 1,
  },
  {
    name: 'a listed scenario that passed fails at its last step, naming the entry to remove',
    steps: ['PASSED', 'PASSED'] as Status[],
    hook: 'PASSED' as Status,
    listed: true,
    want: [
      ['PASSED', null],
      ['PASSED', null],
      ['FAILED', 'Listed as a known deviation in expectations.json, but it passed. Remove the entry {"scenario":"S","reason":"not yet"}'],
    ],
    notes: 0,
  },
  {
    name: 'an unlisted failure stays failed, as recorded',
    steps: ['FAILED', 'SKIPPED'] as Status[],
    hook: 'PASSED' as Status,
    listed: false,
    want: [
      ['FAILED', 'boom\n    at f (x.ts:1:2)'],
      ['SKIPPED', null],
      ['PASSED', null],
    ],
    notes: 0,
  },
];

for (const c of cases) {
  test(`markKnownDeviations: ${c.name}`, () => {
    const recorded = run('S', c.steps, c.hook);
    const listed = c.listed ? [{ scenario: 'S', reason: 'not yet' }] : [];
    const { judged } = compareResults(scenarioResults(recorded), listed, false);
    const marked = markKnownDeviations(recorded, judged, 'expectations.json');
    expect(statuses(marked, 'S').map((r) => [r.status, r.message ?? null])).to.deep.equal(c.want);
    const notes = marked.filter((e) => e.attachment);
    expect(notes).to.have.length(c.notes);
    if (c.notes > 0)
      expect(notes[0]?.attachment?.body).to.match(/^Known deviation: not yet\nRecorded result of this step: (FAILED|UNDEFINED)/);
    if (c.notes > 0) expect(notes[0]?.attachment?.body).not.to.match(/at f \(x\.ts/);
  });
}

test('markKnownDeviations leaves the recorded envelopes as they were', () => {
  const recorded = run('S', ['FAILED']);
  const before = JSON.stringify(recorded);
  const { judged } = compareResults(scenarioResults(recorded), [{ scenario: 'S', reason: 'r' }], false);
  markKnownDeviations(recorded, judged, 'e.json');
  expect(JSON.stringify(recorded)).to.equal(before);
});

test('markKnownDeviations touches only the listed scenario of a run of two', () => {
  const recorded = [...run('A', ['FAILED']), ...run('B', ['FAILED'])];
  const { judged } = compareResults(scenarioResults(recorded), [{ scenario: 'A', reason: 'r' }], false);
  const marked = markKnownDeviations(recorded, judged, 'e.json');
  expect(statuses(marked, 'A')[0]?.status).to.equal('SKIPPED');
  expect(statuses(marked, 'B')[0]?.status).to.equal('FAILED');
});
