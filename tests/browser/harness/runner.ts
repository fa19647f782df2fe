/**
 * Runs browser tests one after another, each in a fresh browser context with a time limit. A test fails on a
 * thrown error, on its time limit, or on an uncaught error in the page (the app must never crash).
 */
import type { Browser } from 'playwright-core';
import type { StaticServer } from './server';
import type { BrowserTest, ServedGraph } from './types';

export interface TestOutcome {
  readonly file: string;
  readonly name: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly error?: string;
}

const DEFAULT_TIMEOUT_MS = 90_000;

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function runTest(test: BrowserTest, file: string, browser: Browser, server: StaticServer, seed: ServedGraph): Promise<TestOutcome> {
  const started = performance.now();
  const lines: string[] = [];
  const pageErrors: string[] = [];
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(20_000);
  // Every page of the context, the first one and any a test opens.
  context.on('page', (p) => p.on('pageerror', (err) => pageErrors.push(err.message)));
  const page = await context.newPage();
  const limit = test.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let error: string | undefined;
  try {
    await withTimeout(test.run({ browser, context, page, server, seed, log: (m) => lines.push(m) }), limit);
    if (pageErrors.length) error = `uncaught error in the page: ${pageErrors.join(' | ')}`;
  } catch (err) {
    error = err instanceof Error ? (err instanceof TimeoutError ? err.message : (err.stack ?? err.message)) : String(err);
    if (pageErrors.length) error += `\n    page errors: ${pageErrors.join(' | ')}`;
  } finally {
    // Closing the context also aborts whatever the timed-out test was still waiting for.
    await withTimeout(context.close(), 10_000).catch(() => undefined);
  }
  const ms = performance.now() - started;
  for (const line of lines) console.log(`    ${line}`);
  return { file, name: test.name, ok: !error, ms, ...(error ? { error } : {}) };
}
