import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildReports } from './build-reports';
import type { Summary, Verdict } from './summary';
import { syntheticEnvelopes } from '../../test-support/synthetic-messages';
import { recordTinyRun } from '../../test-support/tiny-cucumber-run';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-reports-'));
  recordTinyRun(dir);
});
after(() => rmSync(dir, { recursive: true, force: true }));

const verdictOf = (s: Summary, id: string, column = 0): Verdict | undefined =>
  s.sections.flatMap((x) => x.rows).find((r) => r.behaviour.id === id)?.cells[column]?.verdict;

test('buildReports writes conformance.html and conformance.md from a real recorded run', async () => {
  const summary = await buildReports(dir);
  expect(existsSync(join(dir, 'conformance.html'))).to.equal(true);
  expect(existsSync(join(dir, 'conformance.md'))).to.equal(true);
  expect(summary.columns[0]?.title).to.equal('Tiny run, in-process');
  const expected: Record<string, Verdict> = {
    'FS-01': 'conforms',
    'FS-03': 'relies-on-assumption',
    'FS-04': 'deviates',
    'FS-05': 'deviates',
    'SO-08': 'not-applicable',
    'SO-07': 'deviates',
    'FS-02': 'not-covered',
  };
  for (const [id, verdict] of Object.entries(expected)) expect(verdictOf(summary, id), id).to.equal(verdict);
  const first = summary.columns[0]?.scenarios.find((s) => s.status === 'failed');
  expect(first?.firstFailure).to.deep.equal({
    step: 'Then the password box is hidden',
    message: 'password box is shown <b>early</b>',
  });
  expect(summary.coverage.covered).to.equal(6);
});

test('the reports are rebuilt from messages.ndjson alone, the same every time', async () => {
  await buildReports(dir);
  const html = readFileSync(join(dir, 'conformance.html'), 'utf8');
  const md = readFileSync(join(dir, 'conformance.md'), 'utf8');
  const alone = mkdtempSync(join(tmpdir(), 'messages-only-'));
  try {
    mkdirSync(join(alone, 'tiny'));
    for (const f of ['messages.ndjson', 'run.json']) {
      writeFileSync(join(alone, 'tiny', f), readFileSync(join(dir, 'tiny', f)));
    }
    await buildReports(alone);
    expect(readFileSync(join(alone, 'conformance.html'), 'utf8')).to.equal(html);
    expect(readFileSync(join(alone, 'conformance.md'), 'utf8')).to.equal(md);
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
});

test('several profiles become several columns; expectations.json marks known deviations', async () => {
  const other = join(dir, 'external');
  mkdirSync(other, { recursive: true });
  const envelopes = syntheticEnvelopes([
    {
      name: 'first start',
      tags: ['@FS-01'],
      steps: [{ text: 'x', status: 'FAILED', error: 'no' }],
    },
  ]);
  writeFileSync(join(other, 'messages.ndjson'), envelopes.map((e) => JSON.stringify(e)).join('\n'));
  writeFileSync(
    join(other, 'expectations.json'),
    JSON.stringify({
      client: 'Acme 1.0',
      knownDeviations: [{ scenario: 'first start', reason: 'not yet' }],
    }),
  );
  try {
    const summary = await buildReports(dir);
    expect(summary.columns.map((c) => c.title)).to.deep.equal(['external', 'Tiny run, in-process']);
    expect(summary.columns[0]?.client).to.equal('Acme 1.0');
    expect(verdictOf(summary, 'FS-01', 0)).to.equal('known-deviation');
    expect(verdictOf(summary, 'FS-01', 1)).to.equal('conforms');
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
});

test('npm run report (scripts/report.js) rebuilds the reports and prints the summary', () => {
  rmSync(join(dir, 'conformance.html'), { force: true });
  const script = join(__dirname, '..', '..', 'scripts', 'report.js');
  const run = spawnSync(process.execPath, [script, dir], { encoding: 'utf8', timeout: 60_000 });
  expect(run.status, run.stderr).to.equal(0);
  expect(existsSync(join(dir, 'conformance.html'))).to.equal(true);
  expect(run.stdout).to.match(/First sign-in/);
  expect(run.stdout).to.match(/FS-04/);
  expect(run.stdout).to.not.match(/\d+ passed, \d+ failed/);
});
