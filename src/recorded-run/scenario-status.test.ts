import { expect } from 'chai';
import { test } from 'node:test';
import { syntheticEnvelopes, type SyntheticScenario } from '../../test-support/synthetic-messages';
import { scenarioRuns } from './scenario-runs';
import { outcomeOf, scenarioStatusOf, type Outcome, type ScenarioStatus } from './scenario-status';

const reason = { mediaType: 'application/vnd.signin-sim.not-applicable+json', body: '{"reason":"no tray"}' };
const step = (status: string) => ({ text: status.toLowerCase(), status });

const cases: { name: string; scenario: Omit<SyntheticScenario, 'name'>; status: ScenarioStatus; outcome: Outcome }[] = [
  { name: 'every step passed', scenario: { steps: [step('PASSED'), step('PASSED')] }, status: 'passed', outcome: 'passed' },
  { name: 'a step failed', scenario: { steps: [step('PASSED'), step('FAILED'), step('SKIPPED')] }, status: 'failed', outcome: 'failed' },
  { name: 'a step is undefined', scenario: { steps: [step('UNDEFINED'), step('SKIPPED')] }, status: 'undefined', outcome: 'failed' },
  { name: 'a step is pending', scenario: { steps: [step('PENDING')] }, status: 'pending', outcome: 'failed' },
  { name: 'a step is ambiguous', scenario: { steps: [step('AMBIGUOUS')] }, status: 'ambiguous', outcome: 'failed' },
  {
    name: 'skipped with a not-applicable reason',
    scenario: { steps: [step('SKIPPED')], attachments: [reason] },
    status: 'not-applicable',
    outcome: 'not applicable',
  },
  { name: 'skipped without a reason counts as a failure', scenario: { steps: [step('SKIPPED')] }, status: 'skipped', outcome: 'failed' },
  {
    name: 'a reason, but a step failed as well: the failure wins',
    scenario: { steps: [step('SKIPPED'), { text: 'stop', hook: 'stop', status: 'FAILED', error: 'no world' }], attachments: [reason] },
    status: 'failed',
    outcome: 'failed',
  },
  { name: 'no step recorded a result: nothing proves it passed', scenario: { steps: [] }, status: 'failed', outcome: 'failed' },
  {
    name: 'a result of unknown status among passes',
    scenario: { steps: [step('PASSED'), step('UNKNOWN')] },
    status: 'failed',
    outcome: 'failed',
  },
  {
    name: 'the run ended while it ran, all passed so far',
    scenario: { steps: [step('PASSED'), step('STARTED')], finished: false },
    status: 'failed',
    outcome: 'failed',
  },
  {
    name: 'failed twice and retried, then passed',
    scenario: { steps: [step('PASSED')], retried: [[step('FAILED')], [step('FAILED')]] },
    status: 'passed',
    outcome: 'passed',
  },
];

for (const c of cases) {
  test(`scenario status: ${c.name}`, () => {
    const [run] = scenarioRuns(syntheticEnvelopes([{ name: 's', ...c.scenario }]));
    expect(run && { status: scenarioStatusOf(run), outcome: outcomeOf(run) }).to.deep.equal({ status: c.status, outcome: c.outcome });
  });
}
