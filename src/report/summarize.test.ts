import { expect } from 'chai';
import { test } from 'node:test';
import type { Catalog } from '../catalog/behaviours';
import { summarize } from './summarize';
import type { Expectations, RecordedRun, Summary, Verdict } from './summary';
import { syntheticEnvelopes, type SyntheticScenario } from '../../test-support/synthetic-messages';

const catalog: Catalog = {
  sections: [
    { key: 'first-sign-in', title: 'First sign-in' },
    { key: 'sign-out', title: 'Sign Out' },
  ],
  behaviours: [
    { id: 'FS-01', title: 'first', section: 'first-sign-in' },
    { id: 'FS-02', title: 'second', section: 'first-sign-in' },
    { id: 'SO-04', title: 'sign out', section: 'sign-out' },
  ],
};

const pass = (name: string, ...tags: string[]): SyntheticScenario => ({ name, tags });
const fail = (name: string, ...tags: string[]): SyntheticScenario => ({
  name,
  tags,
  steps: [
    { text: 'alice signs in', status: 'PASSED' },
    { text: 'the status is Available', status: 'FAILED', error: 'expected Available, got Offline' },
    { text: 'alice signs out', status: 'SKIPPED' },
  ],
});
const notApplicable: SyntheticScenario = {
  name: 'tray menu',
  tags: ['@SO-04'],
  steps: [{ text: 'alice right-clicks the tray icon', status: 'SKIPPED' }],
  attachments: [{ mediaType: 'application/vnd.signin-sim.not-applicable+json', body: '{"reason":"no tray"}' }],
};
const run = (column: string, scenarios: SyntheticScenario[], expectations?: Expectations): RecordedRun =>
  expectations ? { column, envelopes: syntheticEnvelopes(scenarios), expectations } : { column, envelopes: syntheticEnvelopes(scenarios) };

const verdicts = (summary: Summary, column = 0): Record<string, Verdict | undefined> =>
  Object.fromEntries(summary.sections.flatMap((s) => s.rows).map((r) => [r.behaviour.id, r.cells[column]?.verdict]));

const cases: {
  name: string;
  runs: RecordedRun[];
  verdicts: Record<string, Verdict>;
  column?: number;
  coverage?: number;
  check?: (s: Summary) => void;
}[] = [
  {
    name: 'all passing',
    runs: [run('ref', [pass('a', '@FS-01'), pass('b', '@FS-02', '@SO-04')])],
    verdicts: { 'FS-01': 'conforms', 'FS-02': 'conforms', 'SO-04': 'conforms' },
    coverage: 3,
    check: (s) => expect(s.columns[0]?.totals.passed).to.equal(2),
  },
  {
    name: 'a failure',
    runs: [run('ref', [pass('a', '@FS-01'), fail('b', '@FS-01')])],
    verdicts: { 'FS-01': 'deviates', 'FS-02': 'not-covered' },
    check: (s) => {
      const failed = s.columns[0]?.scenarios.find((x) => x.name === 'b');
      expect(failed?.status).to.equal('failed');
      expect(failed?.firstFailure).to.deep.equal({
        step: 'Then the status is Available',
        message: 'expected Available, got Offline',
      });
      expect(failed?.steps.map((x) => x.status)).to.deep.equal(['passed', 'failed', 'skipped']);
    },
  },
  {
    name: 'an undefined step',
    runs: [run('ref', [{ name: 'u', tags: ['@FS-01'], steps: [{ text: 'x', status: 'UNDEFINED' }] }])],
    verdicts: { 'FS-01': 'deviates' },
    check: (s) => expect(s.columns[0]?.totals.undefined).to.equal(1),
  },
  {
    name: 'an assumption',
    runs: [run('ref', [pass('a', '@FS-01'), pass('b', '@FS-01', '@assumption:autoSignIn')])],
    verdicts: { 'FS-01': 'relies-on-assumption' },
    check: (s) => expect(s.columns[0]?.scenarios[1]?.assumptions).to.deep.equal(['autoSignIn']),
  },
  {
    name: 'an uncovered behaviour, and a scenario that never ran covers nothing',
    runs: [run('ref', [pass('a', '@FS-01'), { name: 'b', tags: ['@FS-02'], ran: false }])],
    verdicts: { 'FS-01': 'conforms', 'FS-02': 'not-covered', 'SO-04': 'not-covered' },
    coverage: 1,
    check: (s) => expect(s.coverage.uncovered).to.deep.equal(['FS-02', 'SO-04']),
  },
  {
    name: 'a not-applicable scenario',
    runs: [run('ref', [notApplicable])],
    verdicts: { 'SO-04': 'not-applicable' },
    check: (s) => expect(s.columns[0]?.scenarios[0]?.notApplicableReason).to.equal('no tray'),
  },
  {
    name: 'a skipped scenario without a reason counts as failed',
    runs: [run('ref', [{ name: 's', tags: ['@SO-04'], steps: [{ text: 'x', status: 'SKIPPED' }] }])],
    verdicts: { 'SO-04': 'deviates' },
    check: (s) => expect(s.columns[0]?.totals.passed).to.equal(0),
  },
  {
    name: 'two profiles merged, one column each',
    runs: [run('in-process', [pass('a', '@FS-01')]), run('browser', [fail('a', '@FS-01'), notApplicable])],
    column: 1,
    verdicts: { 'FS-01': 'deviates', 'SO-04': 'not-applicable' },
    coverage: 2,
    check: (s) => {
      expect(s.columns.map((c) => c.title)).to.deep.equal(['in-process', 'browser']);
      expect(verdicts(s, 0)['FS-01']).to.equal('conforms');
    },
  },
  {
    name: 'a known deviation',
    runs: [
      run('external', [fail('b', '@FS-01'), fail('c', '@FS-02')], {
        knownDeviations: [{ scenario: 'b', reason: 'no retry yet' }],
      }),
    ],
    verdicts: { 'FS-01': 'known-deviation', 'FS-02': 'deviates' },
  },
];

for (const c of cases) {
  test(`summarize: ${c.name}`, () => {
    const summary = summarize(c.runs, catalog);
    const got = verdicts(summary, c.column ?? 0);
    for (const [id, verdict] of Object.entries(c.verdicts)) expect(got[id], id).to.equal(verdict);
    if (c.coverage !== undefined) expect(summary.coverage.covered).to.equal(c.coverage);
    expect(summary.coverage.inScope).to.equal(3);
    c.check?.(summary);
  });
}

test('summarize keeps the timeline and screenshot references of a scenario', () => {
  const summary = summarize(
    [
      run('ref', [
        {
          name: 'a',
          tags: ['@FS-01'],
          attachments: [
            {
              mediaType: 'text/plain',
              fileName: 'timeline.txt',
              body: 't+0s start\nt+1s signed in',
            },
            { mediaType: 'text/uri-list', body: '# screenshot\nui/screenshots/a.png\n' },
          ],
        },
      ]),
    ],
    catalog,
  );
  const scenario = summary.columns[0]?.scenarios[0];
  expect(scenario?.timeline).to.equal('t+0s start\nt+1s signed in');
  expect(scenario?.screenshots).to.deep.equal(['ui/screenshots/a.png']);
  expect(scenario?.attachments).to.deep.equal([]);
});
