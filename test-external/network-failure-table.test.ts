import { expect } from 'chai';
import { present } from '../test-support/present';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Envelope } from '@cucumber/messages';
import { netFailure } from '../src/protocol';
import { scenarioResults } from '../src/gate/scenario-results';
import { scenarioRuns } from '../src/recorded-run';
import { failureWords } from '../src/fakes';
import type { NetFailure } from '../src/simulator';

/**
 * docs/client-protocol.md, "Network failures": one row per failure of the protocol, and each row's scenario really
 * meets that failure and passes (run here, against the reference client in-process).
 */
const root = path.resolve(__dirname, '..');
const doc = readFileSync(path.join(root, 'docs', 'client-protocol.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Network failures'), doc.indexOf('\n## ', doc.indexOf('## Network failures') + 3));

interface Row {
  readonly failure: string;
  readonly feature: string;
  readonly scenario: string;
}
const rows: Row[] = section
  .split('\n')
  .filter((l) => l.startsWith('| `'))
  .map((l) => {
    const cells = l.split(' | ');
    const checkedBy = /(features\/\S+\.feature): "(.+)" \|$/.exec(l);
    return { failure: (cells[0] ?? '').replace(/^\| `|`$/g, ''), feature: checkedBy?.[1] ?? '', scenario: checkedBy?.[2] ?? '' };
  });
const failures = netFailure.kind === 'enum' ? [...netFailure.values] : [];

test('the network failure table has one row for every failure kind of the protocol, and no other', () => {
  expect(failures.length > 0).to.equal(true);
  expect(
    failures.filter((f) => !rows.some((r) => r.failure === f)),
    'add a row to "Network failures" in docs/client-protocol.md',
  ).to.deep.equal([]);
  expect(
    rows.filter((r) => !failures.includes(r.failure as never)).map((r) => r.failure),
    'rows for failures the protocol does not have',
  ).to.deep.equal([]);
  expect(
    rows.filter((r) => r.scenario === '').map((r) => r.failure),
    'every row names the scenario that checks it',
  ).to.deep.equal([]);
});

test('every row of the network failure table is checked by its scenario, which meets that failure and passes', () => {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'signin-failures-')), 'messages.ndjson');
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js'),
      '--profile',
      'api',
      '--format',
      `message:${file}`,
      '--name',
      `^(${rows.map((r) => escape(r.scenario)).join('|')})$`,
      ...new Set(rows.map((r) => r.feature)),
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, SIGNIN_DRIVER: 'in-process' }, timeout: 120_000 },
  );
  const envelopes = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Envelope);
  const results = scenarioResults(envelopes);
  const timelines = new Map(scenarioRuns(envelopes).map((s) => [s.name, s.attachments.map((a) => a.body).join('')]));
  for (const row of rows) {
    const result = results.find((r) => r.name === row.scenario && r.uri === row.feature);
    present(result, `no scenario "${row.scenario}" in ${row.feature} (cucumber-js: ${run.stderr.slice(0, 400)})`);
    expect(result.outcome, `"${row.scenario}" did not pass: ${result.message ?? ''}`).to.equal('passed');
    expect(
      (timelines.get(row.scenario) ?? '').includes(`hears: ${failureWords[row.failure as NetFailure]}`),
      `"${row.scenario}" never met the failure "${row.failure}"`,
    ).to.equal(true);
  }
});
