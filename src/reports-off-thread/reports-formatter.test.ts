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

/** One Cucumber run of real features that writes every report twice: in the run's thread (`inThread`) and off it (`offThread`). */
function runBoth(features: string, reports: { html: string; junit: string }): { status: number | null; output: string } {
  const inThread = join(work, 'in-thread');
  const offThread = join(work, 'off-thread');
  const allure = (dir: string) => ({ profile: 'default', reportsDir: dir, column: 'Reference client, in-process' });
  const config = join(work, 'cucumber.both.js');
  writeFileSync(
    config,
    `const { allureFormatOptions } = require(${JSON.stringify(join(root, 'src', 'report', 'allure-format-options.js'))});
const base = require(${JSON.stringify(join(root, 'cucumber.js'))}).api;
module.exports = { default: { ...base, paths: [${JSON.stringify(features)}], format: [
  'summary',
  'message:${inThread}/default/messages.ndjson',
  'html:${inThread}/default/cucumber.html',
  'junit:${inThread}/default/junit.xml',
  'allure-cucumberjs/reporter:${inThread}/default/allure-stdout.txt',
  '${join(root, 'src', 'reports-off-thread', 'reports-formatter.js')}:${offThread}/default/messages.ndjson',
], formatOptions: {
  junit: { suiteName: 'signin-sim default' },
  ...allureFormatOptions(${JSON.stringify(allure(inThread))}),
  reports: { html: ${JSON.stringify(reports.html)}, junit: { path: ${JSON.stringify(reports.junit)}, options: { suiteName: 'signin-sim default' } }, allure: ${JSON.stringify(allure(offThread))} },
} } };
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
  const run = runBoth('features/first-sign-in', { html: join(off, 'cucumber.html'), junit: join(off, 'junit.xml') });
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
  const run = runBoth('features/first-sign-in/first-sign-in.feature', { html: join(blocker, 'cucumber.html'), junit: join(work, 'j.xml') });
  expect(run.status, run.output).to.equal(1);
  expect(run.output).to.match(/ENOTDIR|EEXIST/);
});
