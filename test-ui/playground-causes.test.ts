import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { runScenarios } from '../test-support/run-scenarios';
import { launchChromium } from '../src/drivers/browser/launch-chromium';
import { buildSymptomIndex } from '../src/symptoms/symptom-index';
import { startPlayground, type Playground } from '../src/ui/playground';
import { everyCause } from '../src/ui/world-panel';

/**
 * Every cause of the symptom index, as support staff would reach it: Start over, set the world up for the cause,
 * copy the story as Gherkin; then every copied scenario runs against the reference client in this process and passes.
 * The causes are read from the index when the test runs, so a cause added to src/symptoms/causes/ is walked too.
 * One browser and one page for the whole walk.
 */

const waitMs = 5_000;
let playground: Playground;
let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  playground = await startPlayground({ port: 0 });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(playground.url).origin });
  page = await context.newPage();
  page.setDefaultTimeout(waitMs);
  await page.goto(playground.url);
  await page.waitForFunction(() => Number(document.body.dataset.version) > 0, undefined, { timeout: waitMs });
});

after(async () => {
  await browser?.close();
  await playground?.close();
});

/** Does something on the page and waits until the page has drawn the server's answer. */
async function andWait(action: () => Promise<void>): Promise<void> {
  const version = Number(await page.evaluate(() => document.body.dataset.version));
  await action();
  await page.evaluate(([v, ms]) => window.signinSim?.drawnAfter(v, ms), [version, waitMs] as const);
}

test(
  'every cause of the symptom index sets up from the playground, and the scenario copied for it passes',
  { timeout: 300_000 },
  async () => {
    const ids = buildSymptomIndex().causes.map((c) => c.id);
    const panel = page.getByRole('complementary', { name: 'Fake world' });
    const symptoms = panel.getByRole('combobox', { name: 'Symptom', exact: true });
    const causeList = panel.getByRole('combobox', { name: 'Cause', exact: true });
    const problem = panel.getByRole('alert', { name: 'Problem', exact: true });
    const copied = panel.getByRole('status').filter({ hasText: 'Copied.' });
    await symptoms.selectOption({ label: `any symptom: ${everyCause}` });
    const offered = await causeList.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered, 'the panel offers every cause of the index').to.deep.equal(ids);

    const dir = mkdtempSync(join(tmpdir(), 'signin-playground-causes-'));
    try {
      const files: string[] = [];
      const refused: string[] = [];
      for (const id of ids) {
        await andWait(() => panel.getByRole('button', { name: 'Start over', exact: true }).click());
        await causeList.selectOption(id);
        await andWait(() => panel.getByRole('button', { name: 'Set up the world', exact: true }).click());
        if (await problem.isVisible()) {
          refused.push(`${id}: ${await problem.innerText()}`);
          continue;
        }
        await panel.getByRole('button', { name: 'Copy as Gherkin', exact: true }).click();
        await copied.waitFor();
        const gherkin = await page.evaluate(() => navigator.clipboard.readText());
        expect(gherkin, `${id}: the copy holds a step after the set-up`).to.match(/\n {2}Scenario: .*\n {4}(When|Given) /);
        const file = join(dir, `${id}.feature`);
        writeFileSync(file, gherkin.replace(/^( {2}Scenario:) .*$/m, `$1 ${id}`));
        files.push(file);
      }
      expect(refused, 'causes the panel could not set up').to.deep.equal([]);
      const outcomes = await runScenarios(files);
      expect(outcomes.map((o) => o.name).sort(), 'each copied scenario ran once').to.deep.equal([...ids].sort());
      const failed = outcomes.filter((o) => o.status !== 'PASSED').map((o) => `${o.name}: ${o.status} ${o.firstError ?? ''}`);
      expect(failed, 'copied scenarios that did not pass').to.deep.equal([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

test('a cause the panel cannot set up is refused in the error panel, with the reason', { timeout: 30_000 }, async () => {
  const panel = page.getByRole('complementary', { name: 'Fake world' });
  await andWait(() => panel.getByRole('button', { name: 'Start over', exact: true }).click());
  // Nobody is logged on to Windows any more, so there is no desktop to type a wrong password on.
  for (const [person, computer] of [
    ['Alice', 'PC1'],
    ['Bob', 'PC2'],
  ] as const) {
    const windows = panel.getByRole('group', { name: 'Windows', exact: true });
    await windows.getByRole('combobox', { name: 'Person', exact: true }).selectOption(person);
    await windows.getByRole('combobox', { name: 'Computer', exact: true }).selectOption(computer);
    await andWait(() => windows.getByRole('button', { name: 'Log off', exact: true }).click());
  }
  await panel.getByRole('combobox', { name: 'Symptom', exact: true }).selectOption({ label: `any symptom: ${everyCause}` });
  await panel.getByRole('combobox', { name: 'Cause', exact: true }).selectOption('wrong-password');
  await andWait(() => panel.getByRole('button', { name: 'Set up the world', exact: true }).click());
  const problem = panel.getByRole('alert', { name: 'Problem', exact: true });
  expect(await problem.isVisible(), 'the error panel shows').to.equal(true);
  expect(await problem.innerText()).to.match(/^Could not set up the world\n+.*nobody is logged on to Windows/);
});

test("the contact list and a colleague's view: Bob adds Alice, and the panel shows what he sees of her", { timeout: 30_000 }, async () => {
  const panel = page.getByRole('complementary', { name: 'Fake world' });
  await andWait(() => panel.getByRole('button', { name: 'Start over', exact: true }).click());
  const contacts = panel.getByRole('group', { name: 'Contacts and presence', exact: true });
  await contacts.getByRole('combobox', { name: 'Whose contact list', exact: true }).selectOption('Bob');
  await contacts.getByRole('combobox', { name: 'Contact', exact: true }).selectOption('Alice');
  await andWait(() => contacts.getByRole('button', { name: 'Add to the contact list', exact: true }).click());
  const view = contacts.getByRole('list', { name: "A colleague's view", exact: true });
  expect(await view.locator('li[data-colleague="Bob"]').innerText()).to.equal(
    'Bob (no Lync signed in, sees what the service shows): contacts Alice; sees Alice as Offline',
  );
  const gherkin = (await panel.getByLabel('Gherkin', { exact: true }).textContent()) ?? '';
  expect(gherkin, gherkin).to.match(/\n {4}Given Bob has Alice in his contact list\n/);
});

test(
  'Start from a ticket: vague words get a question whose answer asks again; context in the words is shown; a clear ticket sets up its cause',
  { timeout: 60_000 },
  async () => {
    const panel = page.getByRole('complementary', { name: 'Fake world' });
    await andWait(() => panel.getByRole('button', { name: 'Start over', exact: true }).click());
    const ticket = panel.getByRole('group', { name: 'Start from a ticket', exact: true });
    const answer = ticket.locator('.ticket-answer');
    await ticket.getByRole('textbox', { name: 'Ticket', exact: true }).fill('spins');
    await ticket.getByRole('button', { name: 'Read the ticket', exact: true }).click();
    const question = answer.locator('.ticket-question');
    await question.waitFor();
    const asked = await question.innerText();
    expect(asked, 'vague words get a question').to.match(/\?$/);
    await answer.getByRole('button').first().click();
    await page.waitForFunction((q) => document.querySelector('.ticket-answer .ticket-question')?.textContent !== q, asked);

    await ticket.getByRole('textbox', { name: 'Ticket', exact: true }).fill('after IT changed my password, Lync just spins');
    await ticket.getByRole('button', { name: 'Read the ticket', exact: true }).click();
    const fromWords = answer.locator('[data-slot="from-words"]');
    await fromWords.waitFor();
    expect(await fromWords.innerText(), 'context read in the words is shown').to.equal('Read in the words: changed: password');

    await ticket.getByRole('textbox', { name: 'Ticket', exact: true }).fill('asked for my password every morning');
    await ticket.getByRole('button', { name: 'Read the ticket', exact: true }).click();
    const first = answer.locator('li[data-cause]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-cause'), 'the ticket reaches its cause first').to.equal('password-storage-disabled');
    await andWait(() => first.getByRole('button').click());
    expect(await panel.getByRole('alert', { name: 'Problem', exact: true }).isVisible(), 'no problem').to.equal(false);
    const gherkin = (await panel.getByLabel('Gherkin', { exact: true }).textContent()) ?? '';
    expect(gherkin, gherkin).to.match(/storage of user passwords|Save my password/i);
  },
);
