import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { DesktopAction, DesktopSnapshot, FakeWorld } from '../fakes';
import { referenceLauncher, type ClientParts } from '../runtime/reference-client';
import { phaseTable } from '../simulator';
import { desktopLabel, type DesktopRef, type Drawn } from '../ui/desktop-api';
import { DesktopServer } from '../ui/desktop-server';
import { actOnPage } from './browser/act-on-page';
import { launchChromium } from './browser/launch-chromium';
import { readDesktop } from './browser/read-desktop';
import type { Driver } from './driver';

/** Scenario tags this driver cannot perform through the page, each with its reason. Empty: every scenario runs. */
export const notApplicableToBrowser: Readonly<Record<string, string>> = {};

/** The longest the driver waits for the page (real time; a scenario's virtual clock never drives it). */
const waitMs = 5_000;

/**
 * The `ui` profile's driver: the reference client (or a mutant of it) runs in this process, and the Lync user's
 * actions reach it through the simulated desktop page (src/ui) in Chromium, as real clicks and key presses on controls
 * found by role and accessible name. What the user sees is read back from the page.
 *
 * One browser and one page serve the whole run; each scenario points the page's server at its fresh world and resets
 * the page. Steps that change the world itself (logon, network, time) act on the fake world directly; the page is
 * redrawn from the server before every action and every look, and the driver waits for the exact version it caused
 * (`<body data-version>`), never for a fixed time.
 */
export class BrowserDriver implements Driver {
  readonly name = 'browser';
  #world: FakeWorld | null = null;
  #server: DesktopServer | null = null;
  #browser: Browser | null = null;
  #page: Page | null = null;
  #pageErrors: string[] = [];
  /** What the page drew last, as far as this driver knows. */
  #drawn: Drawn | null = null;
  #shots = 0;
  #lookedSinceShot = false;

  /**
   * @param parts a variant of the reference client (a mutant), or the reference itself
   * @param reportsDir where screenshots go, under `ui/screenshots/`
   */
  constructor(
    private readonly parts?: ClientParts,
    private readonly reportsDir = 'reports',
  ) {}

  async start(world: FakeWorld): Promise<void> {
    this.#world = world;
    world.os.launcher = referenceLauncher(() => ({ assumptions: world.assumptions, phaseTable }), this.parts);
    const { page, server } = await this.#open();
    server.setWorld(world);
    this.#pageErrors = [];
    this.#lookedSinceShot = false;
    this.#drawn = null;
    await page.evaluate(() => (window.signinSim ? window.signinSim.reset() : Promise.reject(new Error('the page script did not start'))));
  }

  async perform(computer: string, windowsUser: string, action: DesktopAction): Promise<void> {
    const page = this.#requirePage();
    const shown = await this.#show({ computer, windowsUser });
    if (shown.locked) throw new Error(`${windowsUser}'s session on ${computer} is locked; unlock it first`);
    if (await actOnPage(page, action)) await this.#answered(shown.version);
  }

  async observe(computer: string, windowsUser: string): Promise<DesktopSnapshot> {
    const page = this.#requirePage();
    await this.#show({ computer, windowsUser });
    const snapshot = await page.evaluate(readDesktop);
    if (snapshot === null) throw new Error(`The page shows no desktop for ${windowsUser} on ${computer}${this.#pageTrouble()}`);
    this.#lookedSinceShot = true;
    return snapshot;
  }

  notApplicable(tags: readonly string[]): string | null {
    const tag = tags.find((t) => notApplicableToBrowser[t] !== undefined);
    return tag === undefined ? null : `${tag}: ${notApplicableToBrowser[tag]}`;
  }

  /**
   * Saves what the page shows as a JPEG (a PNG costs five times as long) under `<reportsDir>/ui/screenshots/` and returns its path relative to
   * `reportsDir`, for an attachment by reference. For `step`, only when the step looked at the screen (a Then about
   * what the user sees); for `failure`, always. Null when there is nothing to take.
   */
  async screenshot(name: string, why: 'step' | 'failure'): Promise<string | null> {
    const page = this.#page;
    if (page === null || page.isClosed() || (why === 'step' && !this.#lookedSinceShot)) return null;
    this.#lookedSinceShot = false;
    const file = `ui/screenshots/${String(++this.#shots).padStart(4, '0')}-${why === 'failure' ? 'FAILED-' : ''}${slug(name)}.jpg`;
    const path = join(this.reportsDir, file);
    mkdirSync(dirname(path), { recursive: true });
    await page.screenshot({ path, type: 'jpeg', quality: 75, caret: 'initial', scale: 'css', timeout: waitMs });
    return file;
  }

  async stop(): Promise<void> {
    await this.#world?.stop();
    this.#world = null;
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    const server = this.#server;
    this.#browser = null;
    this.#page = null;
    this.#server = null;
    await browser?.close();
    await server?.close();
  }

  /** Chromium and the desktop server, before the first scenario: a first launch on a new machine can take long. */
  async prepare(): Promise<void> {
    await this.#open();
  }

  /** The page, opened the first time (one browser, one page for the run). */
  async #open(): Promise<{ page: Page; server: DesktopServer }> {
    this.#server ??= await DesktopServer.start();
    this.#browser ??= await launchChromium();
    if (this.#page === null || this.#page.isClosed()) {
      const page = await this.#browser.newPage({ viewport: { width: 1280, height: 760 } });
      page.setDefaultTimeout(waitMs);
      page.on('pageerror', (e) => this.#pageErrors.push(e.message));
      await page.goto(this.#server.url);
      await page.waitForFunction(() => window.signinSim !== undefined, undefined, { timeout: waitMs });
      this.#page = page;
    }
    return { page: this.#page, server: this.#server };
  }

  /**
   * Makes the page show the wanted desktop as the world has it now: redrawn from the server unless nothing changed
   * since the page's last drawing, then switched with the Desktop list if another desktop is shown.
   */
  async #show(wanted: DesktopRef): Promise<Drawn> {
    const page = this.#requirePage();
    const same = (d: DesktopRef | null): boolean => d !== null && d.computer === wanted.computer && d.windowsUser === wanted.windowsUser;
    const known = this.#drawn;
    if (known !== null && same(known.selected) && this.#server?.stillCurrent(known.version)) return known;
    const status = await page.evaluate(() =>
      window.signinSim ? window.signinSim.refresh() : Promise.reject(new Error('the page script did not start')),
    );
    this.#drawn = { version: status.version, selected: status.selected, locked: status.locked, error: '' };
    if (same(status.selected)) return this.#drawn;
    if (!status.desktops.some(same))
      throw new Error(`${wanted.computer}: ${wanted.windowsUser} is not logged on, so the switcher offers no "${desktopLabel(wanted)}"`);
    await page.getByRole('combobox', { name: 'Desktop', exact: true }).selectOption({ label: desktopLabel(wanted) });
    return this.#answered(status.version);
  }

  /** Waits until the page has drawn an answer newer than `version`; fails with the OS's words if the action was refused. */
  async #answered(version: number): Promise<Drawn> {
    const page = this.#requirePage();
    let drawn: Drawn;
    try {
      drawn = await page.evaluate(
        ([v, ms]) => (window.signinSim ? window.signinSim.drawnAfter(v, ms) : Promise.reject(new Error('the page script did not start'))),
        [version, waitMs] as const,
      );
    } catch (e) {
      throw new Error(
        `The page did not draw an answer within ${waitMs} ms${this.#pageTrouble()}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      );
    }
    this.#drawn = drawn;
    if (drawn.error !== '') throw new Error(drawn.error);
    return drawn;
  }

  #pageTrouble(): string {
    return this.#pageErrors.length > 0 ? ` (the page script failed: ${this.#pageErrors.join('; ')})` : '';
  }

  #requirePage(): Page {
    if (this.#page === null || this.#world === null) throw new Error('BrowserDriver: start() was not called for this scenario');
    return this.#page;
  }
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80) || 'step';
