import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, test } from 'node:test';
import { judgeFolder } from './support/recorded-folder';
import { exited, oneFeatureConfig, startRun } from './support/runner';

// Issue 25: two runs in one checkout both exited 0, and the Allure results held every scenario twice, from two seeds,
// while one run's other reports silently replaced the other's. A run owns its reports folder: the second one is
// refused with one line, or waits when asked to; the folder always holds one whole run.

const work = mkdtempSync(join(tmpdir(), 'hostile-concurrent-'));
after(() => rmSync(work, { recursive: true, force: true }));
const config = oneFeatureConfig();

/** Until the first run holds the folder (its run.lock exists): a fixed pause lost the race on a loaded machine. */
async function untilLocked(reports: string): Promise<void> {
  const lock = join(reports, 'default', 'run.lock');
  for (let waited = 0; waited < 60_000 && !existsSync(lock); waited += 100) await delay(100);
  expect(existsSync(lock), `the first run took ${lock} within 60 s`).to.equal(true);
}

test('a second run into a folder in use is refused with one line and a nonzero exit; the first run’s reports stay whole', async () => {
  const reports = join(work, 'refused');
  const first = startRun(reports, config);
  await untilLocked(reports);
  const second = startRun(reports, config);
  const [a, b] = await Promise.all([exited(first), exited(second)]);
  expect(a, first.output()).to.equal(0);
  expect(b, `the second run exited ${b}:\n${second.output()}`).to.not.equal(0);
  const lines = second.errors().trim().split('\n');
  expect(lines, second.errors()).to.have.length(1);
  expect(lines[0]).to.match(/is in use by .*pid \d+/);
  const state = judgeFolder(join(reports, 'default'));
  expect(state.kind, 'why' in state ? state.why : '').to.equal('whole');
  const tally = JSON.parse(readFileSync(join(reports, 'tally', 'features-default.json'), 'utf8')) as { passed: number };
  expect(tally.passed, 'the tally is the first run’s').to.equal(7);
});

test('with SIGNIN_REPORTS_WAIT the second run waits for the first and then replaces its reports whole', async () => {
  const reports = join(work, 'waits');
  const first = startRun(reports, config);
  await untilLocked(reports);
  const second = startRun(reports, config, { SIGNIN_REPORTS_WAIT: '180' });
  expect(await exited(first), first.output()).to.equal(0);
  const between = judgeFolder(join(reports, 'default'));
  expect(await exited(second), second.output()).to.equal(0);
  const last = judgeFolder(join(reports, 'default'));
  expect(last.kind, 'why' in last ? last.why : '').to.equal('whole');
  if (between.kind === 'whole' && last.kind === 'whole')
    expect(last.runId, 'the second run’s reports replaced the first run’s').to.not.equal(between.runId);
  else expect(between.kind, 'while the second run ran, the folder was whole or marked').to.equal('marked');
});
