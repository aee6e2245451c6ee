import { expect } from 'chai';
import { request } from 'node:http';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../src/drivers/browser/launch-chromium';
import { readDesktop } from '../src/drivers/browser/read-desktop';
import { clientMessages } from '../src/simulator';
import { startPlayground, type Playground } from '../src/ui/playground';

/** The playground, driven as support staff would: through the page, with the side panel for the world. */

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

async function open(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
  page.setDefaultTimeout(waitMs);
  await page.goto(playground.url);
  await page.waitForFunction(() => Number(document.body.dataset.version) > 0, undefined, { timeout: waitMs });
  return page;
}

/** Does something on the page and waits until the page has drawn the server's answer. */
async function andWait(page: Page, action: () => Promise<void>): Promise<void> {
  const version = Number(await page.evaluate(() => document.body.dataset.version));
  await action();
  await page.evaluate(([v, ms]) => window.signinSim?.drawnAfter(v, ms), [version, waitMs] as const);
}

test('with the DNS records broken from the side panel, signing in shows the documented DNS message', { timeout: 60_000 }, async () => {
  const page = await open();
  try {
    const panel = page.getByRole('complementary', { name: 'Fake world' });
    const dnsSwitch = "the Lync DNS records of the tenant's domain are missing";
    await andWait(page, () => panel.getByRole('button', { name: `Turn on: ${dnsSwitch}`, exact: true }).click());
    expect(await panel.getByRole('button', { name: `Turn off: ${dnsSwitch}`, exact: true }).isEnabled()).to.equal(true);

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('menuitem', { name: 'All Programs', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Microsoft Lync', exact: true }).click();
    await andWait(page, () => page.getByRole('menuitem', { name: 'Lync 2013', exact: true }).click());
    await andWait(page, () => page.getByRole('button', { name: 'Sign In', exact: true }).click());

    const password = playground.world.service.account('alice@contoso.com').password.reveal();
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await andWait(page, () => page.getByRole('button', { name: 'Sign In', exact: true }).click());

    const expected = clientMessages.noServerForDomain('contoso.com');
    expect(expected).to.equal(
      "Lync couldn't find a Lync Server for contoso.com. There might be an issue with the Domain Name System (DNS) configuration for your domain.",
    );
    const message = page.getByRole('alert', { name: 'Message', exact: true });
    await message.filter({ hasText: 'DNS' }).waitFor({ timeout: waitMs });
    expect(await message.textContent()).to.equal(expected);

    const gherkin = (await panel.getByLabel('Gherkin', { exact: true }).textContent()) ?? '';
    expect(gherkin).to.match(/^@section:troubleshooting\nFeature: /);
    expect(gherkin, 'no comment says a step is missing').not.to.match(/#/);
    expect(gherkin).to.match(
      / {4}Given the Lync DNS records of the domain are missing\n {4}When Alice clicks Start > All Programs > Microsoft Lync > Lync 2013 on PC1\n/,
    );
    expect(gherkin).to.match(/And Alice types her password on PC1/);
    expect(gherkin.includes(`Then Lync on PC1 tells Alice "${expected}"`), gherkin).to.equal(true);
    expect((await page.content()).includes(password), 'the password is on the page').to.equal(false);

    const { world } = playground;
    expect(await page.evaluate(readDesktop), 'the page reads back as what the world shows').to.deep.equal(
      world.os.snapshot(world.computer('PC1'), 'alice'),
    );
  } finally {
    await page.close();
  }
});

test('the switcher shows every logged-on desktop, each with its own Start menu and windows', { timeout: 60_000 }, async () => {
  const page = await open();
  try {
    const switcher = page.getByRole('combobox', { name: 'Desktop', exact: true });
    expect(await switcher.locator('option').allTextContents()).to.deep.equal(['alice on PC1', 'bob on PC2']);
    await andWait(page, () => switcher.selectOption({ label: 'bob on PC2' }).then(() => undefined));
    expect(await page.locator('#desktop').getAttribute('data-user')).to.equal('bob');
    expect(await page.getByRole('region', { name: 'Lync', exact: true }).count(), 'Bob has not started Lync').to.equal(0);
  } finally {
    await page.close();
  }
});

test(
  'the server answers only requests to 127.0.0.1 or localhost, and says only "malformed" about bad JSON',
  { timeout: 10_000 },
  async () => {
    const wrongHost = await rawRequest('GET', '/api/desktop', { Host: 'attacker.example' });
    expect(wrongHost.status).to.equal(421);
    const bad = await rawRequest('POST', '/api/act', { 'Content-Type': 'application/json' }, '{"text": "hunter2-secret');
    expect(bad).to.deep.equal({ status: 400, body: 'Malformed JSON' });
  },
);

/** node:http, because fetch will not send another Host header. */
function rawRequest(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, playground.url), { method, headers, timeout: 5_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    req.end(body);
  });
}

test('a Group Policy set from the side panel reaches the computer and is written down as a step', { timeout: 60_000 }, async () => {
  const page = await open();
  try {
    const panel = page.getByRole('complementary', { name: 'Fake world' });
    await panel.getByRole('combobox', { name: 'Policy', exact: true }).selectOption('Allow storage of user passwords');
    await panel.getByRole('combobox', { name: 'State', exact: true }).selectOption('Disabled');
    await andWait(page, () => panel.getByRole('button', { name: 'Set for the computer', exact: true }).click());
    const computer = playground.world.computer('PC1');
    expect(computer.policyKey.savePassword).to.equal(false);
    const gherkin = (await panel.getByLabel('Gherkin', { exact: true }).textContent()) ?? '';
    expect(
      gherkin.includes('Group Policy sets "Allow storage of user passwords" to Disabled in the Computer Configuration of PC1'),
      gherkin,
    ).to.equal(true);
    await panel.getByRole('combobox', { name: 'State', exact: true }).selectOption('Not configured');
    await andWait(page, () => panel.getByRole('button', { name: 'Set for the computer', exact: true }).click());
    expect(computer.policyKey.savePassword).to.equal(undefined);
  } finally {
    await page.close();
  }
});
