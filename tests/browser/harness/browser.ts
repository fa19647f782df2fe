/**
 * Launching Debian's Chromium through playwright-core (never a downloaded browser). playwright-core gives each
 * launch a fresh temporary profile (user-data-dir) and deletes it on close; `closeBrowser` bounds the close so a
 * hung browser cannot hang the run (playwright-core also kills it when this process exits).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
] as const;

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH}: Chromium not found. Install it with "apt-get update && apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS], timeout: 60_000 });
}

/** Closes the browser, giving up after `ms`: the process-exit handler of playwright-core kills it then. */
export async function closeBrowser(browser: Browser | null, ms = 10_000): Promise<void> {
  if (!browser) return;
  await Promise.race([browser.close().catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
}
