import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, test } from 'node:test';

const root = join(__dirname, '..', '..');
const cucumber = join(dirname(require.resolve('@cucumber/cucumber/package.json')), 'bin', 'cucumber.js');
const work = mkdtempSync(join(tmpdir(), 'reports-off-thread-'));
after(() => {
  if (!process.env.KEEP_WORK) rmSync(work, { recursive: true, force: true });
});

/**
 * One Cucumber run of real features that writes every report twice, as cucumber.js asks for them: in the run's thread
 * (`in-thread/default/`) and off it (`off-thread/default/`). `offThread` overrides where the worker writes html and junit.
 */
function runBoth(features: string, offThread: { html?: string; junit?: string } = {}): { status: number | null; output: string } {
  const allure = (dir: string) => ({ profile: 'default', reportsDir: dir, column: 'Reference client, in-process' });
  const junit = { suiteName: 'signin-sim default' };
  const config = join(work, 'cucumber.both.js');
  const formats = (dir: string, inThread: boolean) =>
    `reportFormats(${JSON.stringify(join(work, dir, 'default'))}, { junit: ${JSON.stringify(junit)}, allure: ${JSON.stringify(allure(join(work, dir)))}, inThread: ${inThread} })`;
  writeFileSync(
    config,
    `const { reportFormats } = require(${JSON.stringify(join(__dirname, 'reports-formatter.js'))});
const base = require(${JSON.stringify(join(root, 'cucumber.js'))}).api;
const inThread = ${formats('in-thread', true)};
const offThread = ${formats('off-thread', false)};
Object.assign(offThread.formatOptions.reports, ${JSON.stringify(offThread.html ? { html: offThread.html } : {})});
Object.assign(offThread.formatOptions.reports.junit, ${JSON.stringify(offThread.junit ? { path: offThread.junit } : {})});
module.exports = { default: { ...base, paths: [${JSON.stringify(features)}], format: ['summary', ...inThread.format, ...offThread.format],
  formatOptions: { ...inThread.formatOptions, ...offThread.formatOptions } } };
`,
  );
  const r = spawnSync(process.execPath, [cucumber, '--config', relative(root, config)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SIGNIN_DRIVER: 'in-process', TS_NODE_TRANSPILE_ONLY: 'true' },
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Allure results with what differs between two writers of the same run made equal: uuids and the moments each wrote. */
function allureResults(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('-result.json') || f.endsWith('-container.json'))
    .map((f) =>
      readFileSync(join(dir, f), 'utf8')
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'uuid')
        .replace(/"(start|stop)":\d+/g, '"$1":0'),
    )
    .sort();
}

test('the reports written off the run’s thread are the files Cucumber’s and Allure’s formatters write in it', () => {
  const off = join(work, 'off-thread', 'default');
  const run = runBoth('features/first-sign-in');
  expect(run.status, run.output).to.equal(0);
  const inThread = join(work, 'in-thread', 'default');
  for (const file of ['messages.ndjson', 'junit.xml', 'cucumber.html']) {
    const expected = readFileSync(join(inThread, file), 'utf8');
    expect(expected.length, `${file} in the thread`).to.be.greaterThan(1000);
    expect(readFileSync(join(off, file), 'utf8') === expected, `${file} off the thread differs from ${file} in it`).to.equal(true);
  }
  const expected = allureResults(join(inThread, 'allure-results'));
  expect(expected.length).to.be.greaterThan(5);
  expect(allureResults(join(off, 'allure-results'))).to.deep.equal(expected);
});

test('a report that cannot be written fails the run', () => {
  const blocker = join(work, 'a-file');
  writeFileSync(blocker, '');
  const run = runBoth('features/first-sign-in/first-sign-in.feature', { html: join(blocker, 'cucumber.html') });
  expect(run.status, run.output).to.equal(1);
  expect(run.output).to.match(/ENOTDIR|EEXIST/);
});
