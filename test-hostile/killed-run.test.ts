import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { after, test } from 'node:test';
import { buildReports } from '../src/report/build-reports';
import { judgeFolder, sha256 } from './support/recorded-folder';
import { SeededRandom } from '../src/fakes/seeded-random';
import { exited, oneFeatureConfig, report, runToEnd, startRun } from './support/runner';

// Issue 25: a killed run left a 0-byte junit.xml and a truncated cucumber.html; the next `npm run report` showed the
// partial data with no warning, and the tally still said the previous run's "passed". Here a run of one feature is
// killed (SIGKILL, the whole process group) at seeded points spread over its duration. After each kill the folder holds
// the old reports whole, or a new run's whole, or an INCOMPLETE marker that `npm run report` reports (and then the tally
// does not claim the old run's passes): never a silent mix. A run to its end afterwards must work as usual.
// `npm run report` itself (scripts/report.js, a few seconds to start) is run on the first marked folder; on the others
// the same buildReports is called in this process, to keep the test near two minutes.

const kills = Number(process.env.HOSTILE_KILLS ?? 20);
const seed = Number(process.env.HOSTILE_SEED ?? 25);
const work = mkdtempSync(join(tmpdir(), 'hostile-killed-'));
after(() => rmSync(work, { recursive: true, force: true }));

test(`a run killed at ${kills} points (seed ${seed}) leaves whole reports or an incomplete-run marker, never a silent mix`, async () => {
  const config = oneFeatureConfig();
  const reports = join(work, 'reports');
  const folder = join(reports, 'default');
  const tally = join(reports, 'tally', 'features-default.json');
  const baseline = runToEnd(reports, config);
  expect(baseline.status, baseline.output).to.equal(0);
  const old = judgeFolder(folder);
  expect(old.kind, 'why' in old ? old.why : '').to.equal('whole');
  const random = new SeededRandom(seed);
  const seen = { old: 0, new: 0, marked: 0 };
  const problems: string[] = [];
  for (let i = 0; i < kills; i++) {
    const at = Math.round(random.next() * baseline.seconds * 1000);
    const run = startRun(reports, config);
    await delay(at);
    if (run.pid !== undefined && run.exitCode === null) process.kill(-run.pid, 'SIGKILL');
    await exited(run);
    await delay(200);
    const state = judgeFolder(folder);
    const where = `kill ${i + 1} at ${at} ms`;
    if (state.kind === 'broken') problems.push(`${where}: ${state.why}`);
    else if (state.kind === 'marked') {
      seen.marked++;
      const refusal = seen.marked === 1 ? cliRefusal(reports) : await refusalOf(reports);
      if (refusal !== null) problems.push(`${where}: ${refusal}`);
      const count = existsSync(tally) ? (JSON.parse(readFileSync(tally, 'utf8')) as { passed: number; failed: number }) : null;
      if (count && count.failed === 0)
        problems.push(`${where}: the tally says ${count.passed} passed, 0 failed for a run that did not finish`);
    } else if (state.fingerprint === (old.kind === 'whole' ? old.fingerprint : '')) seen.old++;
    else seen.new++;
  }
  console.log(
    `# killed runs (seed ${seed}, run of ${baseline.seconds.toFixed(1)} s): ${seen.old} left the old reports whole, ${seen.new} a new run whole, ${seen.marked} marked incomplete; ${problems.length} silent mixes`,
  );
  expect(problems, problems.join('\n')).to.deep.equal([]);
  const last = runToEnd(reports, config);
  expect(last.status, last.output).to.equal(0);
  const state = judgeFolder(folder);
  expect(state.kind, 'why' in state ? state.why : '').to.equal('whole');
  const built = report(reports);
  expect(built.status, built.output).to.equal(0);
  expect(sha256(join(reports, 'conformance.html'))).to.be.a('string');
});

/** Null when `npm run report` says "incomplete run" and exits nonzero; else what it did. */
function cliRefusal(reports: string): string | null {
  const built = report(reports);
  return built.status !== 0 && /incomplete run/.test(built.output)
    ? null
    : `npm run report exited ${built.status} on a marked folder:\n${built.output}`;
}

/** The same through buildReports (what npm run report calls), in this process. */
async function refusalOf(reports: string): Promise<string | null> {
  try {
    await buildReports(reports);
    return 'the report was built from a folder marked incomplete';
  } catch (error) {
    return /incomplete run/.test(String(error)) ? null : `the report failed otherwise: ${String(error)}`;
  }
}
