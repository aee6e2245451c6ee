import { expect } from 'chai';
import { test } from 'node:test';
import { syntheticEnvelopes, type SyntheticScenario, type SyntheticStep } from '../../test-support/synthetic-messages';
import { scenarioRuns, type ScenarioRun } from './scenario-runs';

const passed = (text: string): SyntheticStep => ({ text, status: 'PASSED' });
const failed = (text: string, error = `${text} went wrong`): SyntheticStep => ({ text, status: 'FAILED', error });
const skipped = (text: string): SyntheticStep => ({ text, status: 'SKIPPED' });
const hook = (name: string, status = 'PASSED', error?: string): SyntheticStep => ({
  text: '',
  hook: name,
  status,
  ...(error ? { error } : {}),
});

/** What a case expects of the one scenario it records; fields left out are not checked. */
interface Expected {
  readonly worst?: string;
  readonly worstStep?: string | null;
  readonly lastStartedStep?: string | null;
  readonly finished?: boolean;
  readonly durationMs?: number | null;
  readonly notApplicable?: string | null;
  readonly id?: string;
  readonly steps?: readonly string[];
  readonly attachments?: number;
}

const stepName = (run: ScenarioRun, which: 'worstStep' | 'lastStartedStep') => {
  const step = run[which];
  return step === undefined ? null : (step.pickleStep?.text ?? `hook ${step.hook?.name ?? '?'}`);
};

const cases: { name: string; scenario: SyntheticScenario; expected: Expected }[] = [
  {
    name: 'every step passed: the worst is PASSED and no step is to blame',
    scenario: { name: 's', steps: [passed('a'), passed('b')] },
    expected: { worst: 'PASSED', worstStep: null, finished: true, durationMs: 0, notApplicable: null, steps: ['Given a', 'Then b'] },
  },
  {
    name: 'a failure and the skips after it: the failing step is to blame',
    scenario: { name: 's', steps: [passed('a'), failed('b'), skipped('c')] },
    expected: { worst: 'FAILED', worstStep: 'b' },
  },
  {
    name: 'two failures: the first is to blame',
    scenario: { name: 's', steps: [failed('a'), failed('b')] },
    expected: { worst: 'FAILED', worstStep: 'a' },
  },
  {
    name: 'a skip, then a failing After hook: the hook is to blame, not the skip',
    scenario: { name: 's', steps: [skipped('a'), hook('close the world', 'FAILED', 'no world')] },
    expected: { worst: 'FAILED', worstStep: 'hook close the world' },
  },
  {
    name: 'undefined is worse than pending, ambiguous worse than undefined',
    scenario: {
      name: 's',
      steps: [
        { text: 'a', status: 'PENDING' },
        { text: 'b', status: 'UNDEFINED' },
        { text: 'c', status: 'AMBIGUOUS' },
      ],
    },
    expected: { worst: 'AMBIGUOUS', worstStep: 'c' },
  },
  {
    name: 'hooks are steps of the scenario but have no keyword',
    scenario: { name: 's', steps: [hook('start'), passed('a'), hook('stop')] },
    expected: { worst: 'PASSED', steps: ['hook start', 'Given a', 'hook stop'] },
  },
  {
    name: 'no step finished: the worst is UNKNOWN',
    scenario: { name: 's', steps: [] },
    expected: { worst: 'UNKNOWN', worstStep: null },
  },
  {
    name: 'the not-applicable attachment gives the reason',
    scenario: {
      name: 's',
      steps: [skipped('a')],
      attachments: [{ mediaType: 'application/vnd.signin-sim.not-applicable+json', body: '{"reason":"no tray","driver":"browser"}' }],
    },
    expected: { worst: 'SKIPPED', notApplicable: 'no tray', attachments: 1 },
  },
  {
    name: 'a not-applicable attachment that is not JSON: its text is the reason',
    scenario: {
      name: 's',
      steps: [skipped('a')],
      attachments: [{ mediaType: 'application/vnd.signin-sim.not-applicable+json', body: 'no tray' }],
    },
    expected: { notApplicable: 'no tray' },
  },
  {
    name: 'retried twice, then passed: only the last attempt counts',
    scenario: { name: 's', steps: [passed('a')], retried: [[failed('a')], [failed('a')]] },
    expected: { worst: 'PASSED', worstStep: null, id: 'tcs-0', finished: true },
  },
  {
    name: 'failed, retried, failed again: the last attempt is to blame',
    scenario: { name: 's', steps: [failed('a', 'second time')], retried: [[failed('a', 'first time')]] },
    expected: { worst: 'FAILED', worstStep: 'a', id: 'tcs-0' },
  },
  {
    name: 'the run ended during a step: not finished, and that step is where it got to',
    scenario: { name: 's', steps: [passed('a'), { text: 'b', status: 'STARTED' }], finished: false },
    expected: { finished: false, durationMs: null, worst: 'PASSED', worstStep: null, lastStartedStep: 'b' },
  },
  {
    name: 'the run ended during an After hook: the last Gherkin step that started is where it got to',
    scenario: { name: 's', steps: [passed('a'), passed('b'), { ...hook('stop'), status: 'STARTED' }], finished: false },
    expected: { finished: false, lastStartedStep: 'b' },
  },
];

for (const c of cases) {
  test(`scenarioRuns: ${c.name}`, () => {
    const runs = scenarioRuns(syntheticEnvelopes([c.scenario]));
    expect(runs).to.have.length(1);
    const run = runs[0]!;
    const e = c.expected;
    if (e.worst !== undefined) expect(run.worst.status).to.equal(e.worst);
    if (e.worstStep !== undefined) expect(stepName(run, 'worstStep')).to.equal(e.worstStep);
    if (e.lastStartedStep !== undefined) expect(stepName(run, 'lastStartedStep')).to.equal(e.lastStartedStep);
    if (e.finished !== undefined) expect(run.finished).to.equal(e.finished);
    if (e.durationMs !== undefined) expect(run.durationMs).to.equal(e.durationMs);
    if (e.notApplicable !== undefined) expect(run.notApplicable).to.equal(e.notApplicable);
    if (e.id !== undefined) expect(run.id).to.equal(e.id);
    if (e.attachments !== undefined) expect(run.attachments).to.have.length(e.attachments);
    if (e.steps !== undefined)
      expect(run.steps.map((s) => (s.pickleStep ? `${s.keyword} ${s.pickleStep.text}` : `hook ${s.hook?.name}`))).to.deep.equal(e.steps);
  });
}

test('scenarioRuns: in the order they started, though they share a timestamp and their ids sort otherwise', () => {
  const names = Array.from({ length: 12 }, (_, i) => `scenario ${i}`);
  const runs = scenarioRuns(syntheticEnvelopes(names.map((name) => ({ name }))));
  expect(runs.map((r) => r.name)).to.deep.equal(names);
});

test('scenarioRuns: where, name, tags and feature come from the pickle and its Gherkin document', () => {
  const [run] = scenarioRuns(
    syntheticEnvelopes([{ name: 'Alice signs in', tags: ['@FS-01', '@section:first-sign-in'], feature: 'First sign-in' }]),
  );
  expect(run && { name: run.name, uri: run.uri, line: run.line, tags: run.tags, feature: run.feature }).to.deep.equal({
    name: 'Alice signs in',
    uri: 'features/synthetic/0.feature',
    line: 3,
    tags: ['@FS-01', '@section:first-sign-in'],
    feature: 'First sign-in',
  });
});

test('scenarioRuns: a scenario that never started is not there', () => {
  const runs = scenarioRuns(syntheticEnvelopes([{ name: 'ran' }, { name: 'filtered out', ran: false }]));
  expect(runs.map((r) => r.name)).to.deep.equal(['ran']);
});
