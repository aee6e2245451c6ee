import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath as executablePath, launchChromium } from '../src/drivers/browser/launch-chromium';
import { buildReports } from '../src/report/build-reports';
import { recordTinyRun } from '../test-support/tiny-cucumber-run';

// Opens conformance.html from file:// in Debian's Chromium (never a downloaded browser), built
// from a real tiny Cucumber run in a temp dir so the page and its JUnit file belong together.

let dir = '';
let browser: Browser;
let page: Page;
const problems: string[] = [];

before(async () => {
  expect(existsSync(executablePath), `${executablePath} is missing: install Debian's chromium package`).to.equal(true);
  dir = mkdtempSync(join(tmpdir(), 'report-html-'));
  recordTinyRun(dir);
  await buildReports(dir);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(pathToFileURL(join(dir, 'conformance.html')).href);
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const count = async (name: string): Promise<number> =>
  Number(await page.locator(`tr[data-column="0"] [data-count="${name}"] b`).textContent());

test('the header counts equal the JUnit counts of the same run', async () => {
  const xml = readFileSync(join(dir, 'tiny', 'junit.xml'), 'utf8');
  const suite = /<testsuite\b[^>]*>/.exec(xml)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1]);
  expect(await count('total')).to.equal(attr('tests'));
  const failing = ['failed', 'undefined', 'pending', 'ambiguous'];
  const failures = (await Promise.all(failing.map(count))).reduce((a, b) => a + b, 0);
  expect(failures).to.equal(attr('failures'));
  expect((await count('skipped')) + (await count('not-applicable'))).to.equal(attr('skipped'));
  expect(await page.locator('#coverage').getAttribute('data-covered')).to.equal('6');
});

test('clicking a scenario opens its timeline, and its screenshot loads', async () => {
  const behaviour = page.locator('#behaviour-FS-01');
  await behaviour.locator('summary.row').click();
  const scenario = behaviour.locator('details.scenario').first();
  const timeline = scenario.locator('pre.timeline');
  expect(await timeline.isVisible()).to.equal(false);
  await scenario.locator('summary').click();
  expect(await timeline.isVisible()).to.equal(true);
  expect((await timeline.textContent()) ?? '').to.match(/t\+0s client starts/);
  const img = scenario.locator('.screenshots img');
  await img.scrollIntoViewIfNeeded();
  expect(await img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).to.equal(1);
});

test('a hostile scenario name renders as text, and nothing complains', async () => {
  const behaviour = page.locator('#behaviour-FS-04');
  await behaviour.locator('summary.row').click();
  await behaviour.locator('details.scenario summary').first().click();
  expect(await behaviour.locator('.name').first().textContent()).to.equal('<img src=x onerror=alert(1)>');
  expect(await page.locator('img[src="x"]').count()).to.equal(0);
  expect(await page.locator('#diagram svg').count()).to.equal(1);
  expect(problems).to.deep.equal([]);
});
