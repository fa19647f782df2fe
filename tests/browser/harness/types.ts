/** What a browser test gets and what a test file exports. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Graph } from '../../../src/model/schema';
import type { StaticServer } from './server';

export interface BrowserTestContext {
  readonly browser: Browser;
  /** A fresh context per test (own storage, downloads accepted), closed after the test. */
  readonly context: BrowserContext;
  readonly page: Page;
  readonly server: StaticServer;
  /** The graph the explorer opens without `?graph=`: the builder's data/graph.json, as served. */
  readonly seed: ServedGraph;
  /** Lines printed under the test's name (figures, which graph was used). */
  log(message: string): void;
}

export interface ServedGraph {
  /** The URL path it is served at, e.g. "/graph.json". */
  readonly path: string;
  readonly graph: Graph;
}

export interface BrowserTest {
  readonly name: string;
  /** Default 90 s: software rendering on 2 shared cores is slow. */
  readonly timeoutMs?: number;
  run(ctx: BrowserTestContext): Promise<void>;
}

export const browserTest = (name: string, run: BrowserTest['run'], options: { timeoutMs?: number } = {}): BrowserTest => ({ name, run, ...options });
