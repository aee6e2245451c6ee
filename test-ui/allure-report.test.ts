import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../src/drivers/browser/launch-chromium';
import { recordTinyRun } from '../test-support/tiny-cucumber-run';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildAllure } = require('../scripts/report-allure.js') as { buildAllure: (reportsDir: string) => string };

// Builds the Allure 2 report from two real tiny runs (two profiles, the same scenarios) and opens it from
// file:// in Debian's Chromium, with every request intercepted: only file:// may load, the rest is aborted.

const profiles = ['first', 'second'];
let dir = '';
let browser: Browser;
let page: Page;
const outside: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'allure-report-'));
  for (const p of profiles) recordTinyRun(dir, p, { allure: true });
  const index = buildAllure(dir);
  browser = await launchChromium();
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page = await context.newPage();
  await page.goto(pathToFileURL(index).href, { waitUntil: 'load' });
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The counts of one run's junit.xml. */
function junit(profile: string): { tests: number; failures: number; skipped: number } {
  const suite = /<testsuite\b[^>]*>/.exec(readFileSync(join(dir, profile, 'junit.xml'), 'utf8'))?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? NaN);
  return { tests: attr('tests'), failures: attr('failures') + attr('errors'), skipped: attr('skipped') };
}

const statusCount = async (status: string): Promise<number> =>
  Number(await page.locator(`.status-toggle__items [data-status="${status}"]`).textContent());

test('opening the Allure report makes no request outside file://', async () => {
  await page.locator('.splash__title').waitFor();
  await page.goto(`${page.url().split('#')[0]}#suites`);
  await page.locator('.status-toggle__items').waitFor();
  await page.goto(`${page.url().split('#')[0]}#behaviors`);
  await page.locator('.status-toggle__items').waitFor();
  expect(outside, 'requests outside file://').to.deep.equal([]);
});

test('the Allure totals equal those of the JUnit files it was built from', async () => {
  const sum = profiles.map(junit).reduce((a, b) => ({
    tests: a.tests + b.tests,
    failures: a.failures + b.failures,
    skipped: a.skipped + b.skipped,
  }));
  await page.goto(`${page.url().split('#')[0]}#`);
  expect(Number(await page.locator('.splash__title').textContent()), 'test cases').to.equal(sum.tests);
  await page.goto(`${page.url().split('#')[0]}#suites`);
  await page.locator('.status-toggle__items').waitFor();
  const [failed = 0, broken = 0, passed = 0, skipped = 0, unknown = 0] = await Promise.all(
    ['failed', 'broken', 'passed', 'skipped', 'unknown'].map(statusCount),
  );
  expect({ all: failed + broken + passed + skipped + unknown, failing: failed + broken, skipped, unknown }).to.deep.equal({
    all: sum.tests,
    failing: sum.failures,
    skipped: sum.skipped,
    unknown: 0,
  });
});

test('the sections are the top level of the tree, and each profile is a parameter of its own test', async () => {
  await page.goto(`${page.url().split('#')[0]}#suites`);
  const top = page.locator('.tree__content > .node > .node__title .node__name');
  await top.first().waitFor();
  expect(await top.allTextContents()).to.deep.equal(['First sign-in']);
  await top.first().click();
  await page.locator('.node__children .node__title').first().click();
  await page.locator('.node__leaf').first().click();
  const parameters = page.getByText('Parameters', { exact: false }).first();
  await parameters.waitFor();
  const text = await page.locator('body').innerText();
  expect(text).to.match(/Profile[\s:]*(first|second)/);
  expect(text, 'the timeline, open on the test page').to.match(/Timeline \(virtual time\)\s+t\+0s client starts/);
});
