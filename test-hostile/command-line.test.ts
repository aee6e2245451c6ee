import { expect } from 'chai';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { boundedRun, type BoundedRun } from './support/bounded-run';

/**
 * Issue 25: every command refuses what it does not understand (an unknown option, a stray argument, a bad number,
 * seed or assumption) with one line on stderr, no stack, and a nonzero exit, at once: it starts nothing. Each runs
 * as `npm run` runs it; a command still running after 20 s (today's code started whole suites with an option it
 * ignored) is ended and fails.
 */
const root = join(__dirname, '..');
const script = (name: string): string => join(root, 'scripts', name);
const feature = 'features/troubleshooting/clock.feature';

interface Case {
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Run in an empty folder (commands that write where they run), not in the project. */
  readonly inEmptyFolder?: boolean;
  readonly says: RegExp;
}

const cases: readonly Case[] = [
  { command: 'reproduce', args: [script('reproduce.js'), '--bogus'], says: /Unknown option '--bogus'/ },
  {
    command: 'reproduce',
    args: [script('reproduce.js'), feature, '--seed', 'abc'],
    says: /--seed must be a whole number from 0 to 4294967295, not "abc"/,
  },
  {
    command: 'reproduce',
    args: [script('reproduce.js'), feature],
    env: { SIGNIN_SEED: 'abc' },
    says: /SIGNIN_SEED must be a whole number/,
  },
  {
    command: 'reproduce',
    args: [script('reproduce.js'), feature, 'features/x.feature'],
    says: /unexpected argument "features\/x.feature"/,
  },
  { command: 'report', args: [script('report.js'), '--bogus'], inEmptyFolder: true, says: /Unknown option '--bogus'/ },
  { command: 'report', args: [script('report.js'), 'a', 'b'], inEmptyFolder: true, says: /unexpected argument "b"/ },
  { command: 'report:allure', args: [script('report-allure.js'), '--bogus'], inEmptyFolder: true, says: /Unknown option '--bogus'/ },
  { command: 'explore', args: [script('explore.js'), '--bogus'], says: /Unknown option '--bogus'/ },
  { command: 'explore', args: [script('explore.js'), '--runs', 'abc'], says: /--runs must be a whole number/ },
  { command: 'explore', args: [script('explore.js'), '--seed', 'abc'], says: /--seed must be a whole number/ },
  { command: 'explore', args: [script('explore.js'), '--shard', '3/2'], says: /--shard needs i\/n/ },
  { command: 'explore', args: [script('explore.js'), '--explore-for', '5'], says: /--explore-for needs a time such as 90s, 5m or 1h/ },
  { command: 'explore', args: [script('explore.js'), '--replay', '3:0:2:3'], says: /--replay needs <history>:<token>/ },
  { command: 'explore', args: [script('explore.js'), '--replay', '3:abc'], says: /this replay token cannot be read/ },
  { command: 'diagnose', args: [script('diagnose.js'), 'clock', '--users', 'many'], says: /--users takes one\|several, not "many"/ },
  { command: 'diagnose', args: [script('diagnose.js'), 'clock', '--bogus'], says: /Unknown option '--bogus'/ },
  { command: 'bench', args: [script('bench.js'), '--runs', 'abc'], says: /--runs must be a whole number/ },
  { command: 'bench', args: [script('bench.js'), '--launcher', 'yarn'], says: /--launcher is npx or node/ },
  { command: 'bench', args: [script('bench.js'), '--bogus'], says: /Unknown option '--bogus'/ },
  { command: 'start', args: [script('playground.js'), '--bogus'], says: /Unknown option '--bogus'/ },
  { command: 'start', args: [script('playground.js'), '--port', '70000'], says: /--port must be a whole number from 0 to 65535/ },
  { command: 'start', args: [script('playground.js')], env: { PORT: 'abc' }, says: /PORT must be a whole number/ },
  { command: 'test', args: [script('test.js'), '--bogus'], says: /Unknown option '--bogus'/ },
  { command: 'test', args: [script('test.js')], env: { SIGNIN_SEED: 'abc' }, says: /SIGNIN_SEED must be a whole number/ },
  { command: 'test:features', args: [script('run-features.js'), 'default'], env: { SIGNIN_SEED: '-1' }, says: /SIGNIN_SEED must be/ },
  { command: 'test:features', args: [script('run-features.js'), 'nope'], says: /unknown profile "nope"/ },
  { command: 'test:ui', args: [script('run-suite.js'), 'ui', 'test-ui', '--bogus'], says: /Unknown option '--bogus'/ },
  { command: 'test:unit', args: [script('run-unit-tests.js'), '--bogus'], says: /Unknown option '--bogus'/ },
  { command: 'test:unit', args: [script('run-unit-tests.js'), 'no-such-folder'], says: /no folder "no-such-folder"/ },
  { command: 'test:explore', args: [script('test-explore.js'), '--bogus'], says: /Unknown option '--bogus'/ },
  { command: 'test:mutants', args: [script('run-mutants.js'), '--bogus'], says: /Unknown option '--bogus'/ },
  { command: 'test:mutants', args: [script('run-mutants.js'), 'no-such-mutant'], says: /no mutant "no-such-mutant"/ },
  {
    command: 'reference client host',
    args: [join(root, 'bin', 'reference-client-host.js')],
    env: { SIGNIN_ASSUMPTIONS: '{"bogus": true}' },
    says: /SIGNIN_ASSUMPTIONS names no assumption "bogus"/,
  },
];

const label = (c: Case): string =>
  `${c.command}: ${[...c.args.slice(1).map((a) => a.replace(root, '.')), ...Object.entries(c.env ?? {}).map(([k, v]) => `${k}=${v}`)].join(' ')}`;

let empty = '';
const runs = new Map<Case, BoundedRun>();

before(async () => {
  empty = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
  const queue = [...cases];
  const worker = async (): Promise<void> => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const run = await boundedRun(process.execPath, c.args, {
        cwd: c.inEmptyFolder ? empty : root,
        env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', ...c.env },
        timeoutMs: 20_000,
      });
      runs.set(c, run);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
});

after(() => {
  if (empty) rmSync(empty, { recursive: true, force: true });
});

for (const c of cases)
  test(`refused at once with one line: ${label(c)}`, () => {
    const run = runs.get(c);
    expect(run, 'it ran').to.not.equal(undefined);
    if (!run) return;
    const said = `exit ${run.code}, after ${run.ms} ms; stderr:\n${run.stderr.slice(-1500)}\nstdout:\n${run.stdout.slice(-500)}`;
    expect(run.timedOut, `still running after 20 s: ${said}`).to.equal(false);
    expect(run.code, said).to.not.equal(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines.length, `one line on stderr: ${said}`).to.equal(1);
    expect(lines[0], said).to.match(c.says);
    expect(run.stderr, 'no stack').to.not.match(/^\s+at /m);
    if (c.inEmptyFolder) expect(readdirSync(empty), 'nothing written where it ran').to.deep.equal([]);
  });

test('no folder named after an option was left in the project', () => {
  expect(existsSync(join(root, '--bogus'))).to.equal(false);
});
