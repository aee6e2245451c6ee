import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { launchChromium } from '../src/drivers/browser/launch-chromium';
import { buildReports } from '../src/report/build-reports';
import { syntheticEnvelopes } from '../test-support/synthetic-messages';

/**
 * Issue 25: what a feature's text hides or triggers does not reach the reports as it is. conformance.md and .html write
 * out control characters and bidirectional controls; conformance.md defuses mentions; cucumber.html, opened in a
 * browser, loads nothing from another address, not even an image a feature's description names.
 */
let dir = '';
let server: Server;
let hits: string[] = [];
let beacon = '';

const hidden = ['\u202e', '\u202a', '\u2066', '\u2069', '\u200e', '\u200f', '\u001b', '\u0007', '\u0000'];
const hiddenPattern = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-reports-'));
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'image/png' }).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  beacon = `http://127.0.0.1:${(server.address() as AddressInfo).port}/beacon.png`;
});

after(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('conformance.md and conformance.html write out hidden characters and conformance.md pings no one', async () => {
  const reports = join(dir, 'reports');
  mkdirSync(join(reports, 'hostile'), { recursive: true });
  const envelopes = syntheticEnvelopes([
    {
      name: `Alice opens invoice\u202etxt.exe for @octocat \u2066x\u2069\u200e\u200f`,
      tags: ['@FS-04'],
      steps: [
        { text: 'Alice signs in', status: 'PASSED' },
        {
          text: 'ping @octocat and @org/team \u001b[31mred\u0007',
          status: 'FAILED',
          error: 'expected \u202egnirts\u202c, cc @octocat\u0000',
        },
      ],
    },
  ]);
  writeFileSync(join(reports, 'hostile', 'messages.ndjson'), envelopes.map((e) => JSON.stringify(e)).join('\n') + '\n');
  writeFileSync(join(reports, 'hostile', 'run.json'), JSON.stringify({ column: 'Hostile @octocat\u202e' }));
  await buildReports(reports);
  for (const file of ['conformance.md', 'conformance.html']) {
    const text = readFileSync(join(reports, file), 'utf8');
    const found = hidden.filter((c) => text.includes(c)).map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(found, `${file} keeps hidden characters`).to.deep.equal([]);
    expect(hiddenPattern.test(text), file).to.equal(false);
    expect(text, `${file} shows the override`).to.include('U+202E');
  }
  const md = readFileSync(join(reports, 'conformance.md'), 'utf8');
  expect(md, 'the failing scenario is listed').to.include('invoice');
  expect(md.match(/(^|[^A-Za-z0-9_`])@(octocat|org)\b/gm), 'a mention outside a code span').to.equal(null);
  expect(md).to.include('`@octocat`');
});

test('cucumber.html, opened in a browser, loads nothing from an address a feature description names', { timeout: 120_000 }, async () => {
  const work = join(dir, 'cucumber');
  mkdirSync(join(work, 'features'), { recursive: true });
  writeFileSync(
    join(work, 'features', 'hostile.feature'),
    `Feature: Hostile description\n\n  Look: ![beacon](${beacon}) <img src="${beacon}?html">\n\n  Scenario: Nothing\n    Given nothing happens\n`,
  );
  writeFileSync(join(work, 'cucumber.js'), 'module.exports = {};\n');
  // The html report as the project's profiles write it (Cucumber's formatter, or what the project puts in its place).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { reportFormats } = require('../src/reports-off-thread/reports-formatter.js') as {
    reportFormats(dir: string, o: { junit: object; allure: null; inThread: boolean }): { format: string[] };
  };
  // The html formatter the profiles use, written straight to out/cucumber.html (the profiles write a partial name and
  // rename it when the run ends).
  const formatter = reportFormats(join(work, 'out'), { junit: {}, allure: null, inThread: true })
    .format.find((f) => f.includes('cucumber.html'))
    ?.split(':')[0];
  expect(formatter).to.be.a('string');
  const html = `${String(formatter)}:${join(work, 'out', 'cucumber.html')}`;
  const cucumber = dirname(require.resolve('@cucumber/cucumber/package.json'));
  const run = spawnSync(process.execPath, [join(cucumber, 'bin', 'cucumber.js'), '--format', String(html), 'features/hostile.feature'], {
    cwd: work,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const page = readFileSync(join(work, 'out', 'cucumber.html'), 'utf8');
  expect(page, `${run.stdout}${run.stderr}`).to.include('Hostile description');
  hits = [];
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    // A request the policy blocks is still announced (then fails): count the ones that got an answer.
    const answered: string[] = [];
    tab.on('response', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) answered.push(r.url());
    });
    await tab.goto(pathToFileURL(join(work, 'out', 'cucumber.html')).href);
    await tab.getByText('Hostile description').first().waitFor({ timeout: 20_000 });
    await tab.getByText('Hostile description').first().click();
    await tab.waitForLoadState('networkidle');
    expect(hits, 'requests that reached the address in the description').to.deep.equal([]);
    expect(answered, 'answers from outside the file').to.deep.equal([]);
  } finally {
    await browser.close();
  }
});
