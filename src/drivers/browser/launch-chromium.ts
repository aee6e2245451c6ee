import type { Browser } from 'playwright-core';

/** Debian's Chromium; never a browser downloaded by `playwright install`. */
export const chromiumPath = process.env.SIGNIN_CHROMIUM ?? '/usr/bin/chromium';

const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts headless Chromium. playwright-core is loaded only here, so runs with other drivers never load it. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch({ executablePath: chromiumPath, args, timeout: 120_000 });
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new Error(`Cannot start Chromium at ${chromiumPath} (${why}). Install it with: apt-get update && apt-get install -y chromium`);
  }
}
