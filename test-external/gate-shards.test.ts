import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { root, runGate } from './support/run-gate';

// The shards of a gate run, merged, give the verdict and the counts of the run unsharded.
const python = `python3 ${path.join(root, 'examples', 'python-client', 'client.py')}`;
const expectations = path.join(root, 'examples', 'python-client', 'expectations.json');
const names = [
  'Two prompts for the calendar connection',
  'A calendar connection that keeps asking stops after three prompts',
  "Sign Out from the Lync icon's menu",
  "Exit from the Lync icon's menu",
  'The Status options set the idle minutes',
];
const selection = ['--name', names.map((n) => `^${n}$`).join('|')];
/** The gate's last "N passed, N failed" line, as "N/N". */
const counts = (output: string) =>
  [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1)?.slice(1, 3).join('/') ?? output.slice(-2000);
const known = (output: string) => /(\d+) known deviation\(s\), listed/.exec(output)?.[1] ?? '0';

test('two shards of a run, merged, give the same verdict and counts as the run unsharded; each shard runs its own part', () => {
  const whole = runGate(python, selection, {}, ['--expect', expectations]);
  const shards = [1, 2].map((i) => runGate(python, selection, {}, ['--expect', expectations, '--shard', `${i}/2`]));
  for (const s of shards) expect(s.status, s.output).to.equal(0);
  const ran = shards.map((s) => JSON.parse(readFileSync(path.join(s.out, 'run.json'), 'utf8')) as { shard: { index: number } });
  expect(ran.map((r) => r.shard.index)).to.deep.equal([1, 2]);
  const merge = spawnSync(
    process.execPath,
    [path.join(root, 'bin', 'gate.js'), 'merge', ...shards.map((s) => s.out), '--out', path.join(shards[0]?.pidDir ?? root, 'merged')],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: root },
      timeout: 60_000,
    },
  );
  const merged = `${merge.stdout}${merge.stderr}`;
  expect(merge.status, merged).to.equal(whole.status);
  expect(counts(merged)).to.equal(counts(whole.output));
  expect(counts(whole.output)).to.equal(`${names.length}/0`);
  expect(known(merged)).to.equal(known(whole.output));
  expect(known(whole.output)).to.equal('3');
  // Together the shards ran each scenario once.
  const perShard = shards.map((s) => Number(counts(s.output).split('/')[0]));
  expect(perShard.reduce((a, b) => a + b, 0)).to.equal(names.length);
  expect(readFileSync(path.join(shards[0]?.pidDir ?? root, 'merged', 'conformance.md'), 'utf8')).to.match(/2 shards merged/);
});

test('merge refuses an incomplete set of shards', () => {
  const one = runGate(python, ['--name', `^${names[2]}$`], {}, ['--shard', '1/3']);
  const merge = spawnSync(process.execPath, [path.join(root, 'bin', 'gate.js'), 'merge', one.out], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
  });
  expect(merge.status).to.equal(2);
  expect(`${merge.stdout}${merge.stderr}`).to.match(/shard 2\/3, 3\/3 missing/);
});
