import { expect } from 'chai';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath as executablePath, launchChromium } from '../src/drivers/browser/launch-chromium';
import { buildReports } from '../src/report/build-reports';
import { projectSymptomIndex } from '../test-support/project-symptoms';
import { recordTinyRun } from '../test-support/tiny-cucumber-run';

// Opens the conformance report from file:// in Debian's Chromium (never a downloaded browser), built from a real tiny
// Cucumber run in a temp dir so the pages and their JUnit file belong together: the index, then a page of each kind
// reached by following its links. No page may ask for anything outside file:// (every href of every page is
// checked without a browser in src/report/report-pages.test.ts).

let dir = '';
let browser: Browser;
let page: Page;
const problems: string[] = [];
const visited: string[] = [];

before(async () => {
  expect(existsSync(executablePath), `${executablePath} is missing: install Debian's chromium package`).to.equal(true);
  dir = mkdtempSync(join(tmpdir(), 'report-html-'));
  recordTinyRun(dir);
  await buildReports(dir, { symptoms: projectSymptomIndex() });
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
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) problems.push(`request outside file://: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) visited.push(f.url());
  });
  await openIndex();
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const openIndex = () => page.goto(pathToFileURL(join(dir, 'conformance.html')).href);

/** Follows a link the way a reader does, and checks the page it leads to exists (Chromium shows an error page otherwise). */
async function follow(link: ReturnType<Page['locator']>, folder: string): Promise<void> {
  await Promise.all([page.waitForURL((u) => u.protocol === 'file:' && u.pathname.includes(folder)), link.click()]);
  expect(await page.locator('nav.crumbs a').first().textContent(), `${page.url()} is a page of the report`).to.equal('Conformance report');
}

const count = async (name: string): Promise<number> =>
  Number(await page.locator(`tr[data-column="0"] [data-count="${name}"] b`).textContent());

test('the header counts equal the JUnit counts of the same run', async () => {
  await openIndex();
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

test("a behaviour's row leads to its page, a scenario there to its own page with the timeline and the screenshot", async () => {
  await openIndex();
  await follow(page.locator('#behaviour-FS-01'), '/conformance/behaviour/');
  expect(await page.locator('h1').textContent()).to.match(/^FS-01 /);
  await follow(page.locator('ul.scenario-list a').first(), '/conformance/scenario/');
  expect((await page.locator('pre.timeline').textContent()) ?? '').to.match(/t\+0s client starts/);
  const img = page.locator('.screenshots img');
  await img.scrollIntoViewIfNeeded();
  expect(await img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).to.equal(1);
});

test("a cause's page has what support staff look for, and each ✖ leads to a cause", async () => {
  await openIndex();
  await follow(page.locator('#causes a[data-cause="clock-off"]'), '/conformance/cause/');
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.slice(0, 7)).to.deep.equal([
    'Symptom',
    'Who is affected',
    'How to confirm',
    'Fix',
    'Sources',
    'Reproduction',
    'Swimlane',
  ]);
  expect((await page.locator('pre.reproduction').textContent()) ?? '').to.match(/Scenario: /);
  await openIndex();
  // The tiny run's failures reproduce no documented cause: their ✖ leads to the list of causes.
  await page.locator('#columns a.cause-link').first().click();
  expect(new URL(page.url()).hash).to.equal('#causes');
  expect(await page.locator('#causes a[data-cause]').count()).to.equal(projectSymptomIndex().causes.length);
});

test('the scenario lists and the state diagram open, and a hostile scenario name renders as text', async () => {
  await openIndex();
  await follow(page.locator('#columns a[data-list="all"]').first(), '/conformance/list/');
  await follow(page.locator('ul.scenario-list a', { hasText: '<img src=x onerror=alert(1)>' }), '/conformance/scenario/');
  expect(await page.locator('h1').textContent()).to.include('<img src=x onerror=alert(1)>');
  expect(await page.locator('img[src="x"]').count()).to.equal(0);
  await openIndex();
  await follow(page.locator('nav.parts a', { hasText: 'State diagram' }), '/conformance/diagram');
  expect(await page.locator('#diagram svg').count()).to.equal(1);
  expect(await page.locator('script').count(), 'no JavaScript in the report').to.equal(0);
});

test('nothing asked for anything outside file://, failed to load, or complained', () => {
  expect(visited.some((u) => u.includes('/conformance/cause/'))).to.equal(true);
  expect(problems).to.deep.equal([]);
});
