import { expect } from 'chai';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../src/drivers/browser/launch-chromium';
import { startPlayground, type Playground } from '../src/ui/playground';

/** The playground's Windows-session actions (issue 11): sleep and wake from the side panel, written down as steps. */

const waitMs = 5_000;
let playground: Playground;
let browser: Browser;

before(async () => {
  playground = await startPlayground({ port: 0 });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await playground?.close();
});

test(
  'sleep and wake from the side panel lock the session, drop and restore the network, and say so in Gherkin',
  { timeout: 60_000 },
  async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    page.setDefaultTimeout(waitMs);
    try {
      await page.goto(playground.url);
      await page.waitForFunction(() => Number(document.body.dataset.version) > 0, undefined, { timeout: waitMs });
      const panel = page.getByRole('complementary', { name: 'Fake world' });
      const windows = panel.getByRole('group', { name: 'Windows', exact: true });
      await windows.getByRole('combobox', { name: 'Computer', exact: true }).selectOption('PC1');
      const drawn = async (click: () => Promise<void>) => {
        const version = Number(await page.evaluate(() => document.body.dataset.version));
        await click();
        await page.evaluate(([v, ms]) => window.signinSim?.drawnAfter(v, ms), [version, waitMs] as const);
      };
      await drawn(() => windows.getByRole('button', { name: 'Put to sleep', exact: true }).click());
      const pc1 = playground.world.computer('PC1');
      expect(pc1.network).to.equal('offline');
      expect(pc1.session('alice').locked).to.equal(true);
      await drawn(() => windows.getByRole('button', { name: 'Wake up', exact: true }).click());
      expect(pc1.network).to.equal('organization');
      const gherkin = (await panel.getByLabel('Gherkin', { exact: true }).textContent()) ?? '';
      expect(gherkin).to.match(/When PC1 goes to sleep\n {4}And PC1 wakes up\n/);
    } finally {
      await page.close();
    }
  },
);
