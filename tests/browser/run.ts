/**
 * `npm run test:browser`: builds the explorer once, serves dist/ on 127.0.0.1, drives Debian's Chromium through
 * playwright-core over every `tests/browser/*.browser.ts`, and prints `N passed, M failed` as the last line.
 * Exits non-zero on any failure; always stops the server and the browser (also on a signal or the global limit).
 *
 * Options: `--no-build` reuses dist/; other arguments keep only the test files whose name contains one of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { validateGraph } from '../../src/model/schema';
import { closeBrowser, launchChromium } from './harness/browser';
import { runTest, type TestOutcome } from './harness/runner';
import { startStaticServer, type StaticServer } from './harness/server';
import { SEED_GRAPH_PATH } from './harness/explorer';
import type { BrowserTest, ServedGraph } from './harness/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GLOBAL_LIMIT_MS = 12 * 60_000;

function sh(command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** The graph the app opens by default is dist/graph.json (the build copies data/graph.json there). */
function readServedSeedGraph(): ServedGraph {
  const file = join(ROOT, 'dist/graph.json');
  if (!existsSync(file)) throw new Error('dist/graph.json is missing: the build copies data/graph.json there (run `npm run build:graph`)');
  return { path: SEED_GRAPH_PATH, graph: validateGraph(JSON.parse(readFileSync(file, 'utf8')), 'dist/graph.json') };
}

async function loadTests(filters: readonly string[]): Promise<Array<{ file: string; tests: BrowserTest[] }>> {
  const dir = join(ROOT, 'tests/browser');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.browser.ts'))
    .filter((f) => !filters.length || filters.some((x) => f.includes(x)))
    .sort();
  const loaded = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default: BrowserTest | BrowserTest[] };
    loaded.push({ file: f, tests: ([] as BrowserTest[]).concat(mod.default) });
  }
  return loaded;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const filters = args.filter((a) => !a.startsWith('--'));
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  const cleanup = async () => {
    await closeBrowser(browser);
    browser = null;
    await server?.close();
    server = null;
  };
  const outcomes: TestOutcome[] = [];
  let aborted = false;
  let reported = false;
  /** Prints `N passed, M failed` once, as the last line. */
  const report = (): number => {
    const failed = outcomes.filter((o) => !o.ok).length;
    if (!reported) console.log(`${outcomes.length - failed} passed, ${failed} failed`);
    reported = true;
    return failed;
  };
  const abort = (why: string, code: number) => {
    if (aborted) return;
    aborted = true;
    console.error(`\n${why}: stopping the browser and the server`);
    outcomes.push({ file: '(harness)', name: why, ok: false, ms: 0, error: why });
    void cleanup().finally(() => {
      report();
      process.exit(code);
    });
  };
  process.once('SIGINT', () => abort('interrupted', 130));
  process.once('SIGTERM', () => abort('terminated', 143));
  const globalTimer = setTimeout(() => abort(`global limit of ${GLOBAL_LIMIT_MS / 60_000} min reached`, 1), GLOBAL_LIMIT_MS);

  try {
    if (!existsSync(join(ROOT, 'data/graph.json'))) sh('npm', ['run', 'build:graph']);
    if (!args.includes('--no-build') || !existsSync(join(ROOT, 'dist/index.html'))) sh('npx', ['vite', 'build', '--logLevel', 'warn']);
    const seed = readServedSeedGraph();
    const suites = await loadTests(filters);
    if (!suites.some((s) => s.tests.length)) throw new Error(`no browser tests found${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
    server = await startStaticServer(join(ROOT, 'dist'));
    browser = await launchChromium();
    console.log(`serving dist/ at ${server.origin}; Chromium ${browser.version()}; seed graph: ${seed.graph.nodes.length} nodes, ${seed.graph.edges.length} edges`);
    for (const { file, tests } of suites) {
      for (const test of tests) {
        if (aborted) break;
        const outcome = await runTest(test, file, browser, server, seed);
        outcomes.push(outcome);
        const mark = outcome.ok ? 'ok  ' : 'FAIL';
        console.log(`${mark} ${basename(file, '.browser.ts')} › ${test.name} (${(outcome.ms / 1000).toFixed(1)} s)`);
        if (outcome.error) console.log(`    ${outcome.error.split('\n').join('\n    ')}`);
      }
    }
  } catch (err) {
    console.error(`browser test run failed: ${err instanceof Error ? err.message : String(err)}`);
    outcomes.push({ file: '(harness)', name: 'setup', ok: false, ms: 0, error: String(err) });
  } finally {
    clearTimeout(globalTimer);
    await cleanup();
  }
  return report() ? 1 : 0;
}

process.exitCode = await main();
