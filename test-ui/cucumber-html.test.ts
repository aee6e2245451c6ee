import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../src/drivers/browser/launch-chromium';
import { recordTinyRun } from '../test-support/tiny-cucumber-run';

// Cucumber's own HTML report, from a real tiny run whose timelines are attached as the project's hooks attach
// them: opening the feature is enough to read a scenario's timeline; no hook needs opening.

let dir = '';
let browser: Browser;
let page: Page;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cucumber-html-'));
  recordTinyRun(dir, 'tiny');
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(pathToFileURL(join(dir, 'tiny', 'cucumber.html')).href);
});

after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('cucumber.html: the timeline shows on the scenario once its feature is open', async () => {
  const timeline = page.getByText('t+2s alice signs in for the first time');
  await page.getByText('features/tiny.feature').waitFor();
  // A report with one feature opens it by itself; otherwise the reader opens the feature, and nothing else.
  if (!(await timeline.isVisible())) await page.getByText('features/tiny.feature').click();
  await timeline.waitFor({ timeout: 10_000 });
  expect(await timeline.isVisible()).to.equal(true);
});
