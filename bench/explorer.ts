/**
 * Explorer benchmark, in headless Chromium (Debian's, software rendering) on a synthetic graph of 2,000 actors and
 * 10,000 relationships over 20 years (bench/syntheticGraph.ts, with precomputed positions):
 *   - navigation → graph drawn, from the navigation start (the page's time origin);
 *   - a domain toggle and a year step: from the input event to the status line updated plus two animation frames;
 *   - PNG export at 2× (current view and whole graph): from the click on "Download PNG" to the download event;
 *   - the gzipped size of each JS chunk in dist/assets, and of what index.html loads eagerly (the first load).
 *
 * "Drawn" is measured in the page by a probe this benchmark installs (the app emits no `performance.mark` of its
 * own): the first animation frame at which the status line shows the full counts and the canvas layers inside
 * the `Network graph` container hold drawn pixels, plus two more frames (so that frame has been painted).
 *
 * `npx tsx bench/explorer.ts [--no-build] [--nodes 2000] [--edges 10000] [--runs 3]`, or through `npm run bench`.
 * Writes the figures to bench/out/explorer.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DOMAIN_INFO } from '../src/model/vocabulary';
import { closeBrowser, launchChromium } from '../tests/browser/harness/browser';
import { canvasArea, domainCheckbox, filtersPanel, waitForStatus } from '../tests/browser/harness/explorer';
import { startStaticServer, type StaticServer } from '../tests/browser/harness/server';
import { syntheticGraph } from './syntheticGraph';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ExplorerBenchOptions {
  readonly nodes?: number;
  readonly edges?: number;
  /** Page loads to time (each in a fresh browser context). */
  readonly runs?: number;
  /** Domain toggles and year steps to time (each). */
  readonly steps?: number;
  readonly build?: boolean;
}

export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

export interface ChunkSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly eager: boolean;
}

export interface ExplorerBenchResult {
  readonly graph: { readonly nodes: number; readonly edges: number };
  readonly chromium: string;
  readonly navigationToDrawnMs: Summary;
  readonly domainToggleMs: Summary;
  readonly yearStepMs: Summary;
  readonly exportCurrentView2xMs: Summary;
  readonly exportWholeGraph2xMs: Summary;
  readonly exportSizes: { readonly currentView: string; readonly wholeGraph: string };
  readonly chunks: ChunkSize[];
  /** What index.html loads eagerly. */
  readonly firstLoadGzipBytes: number;
  /** Every JS file the page had requested by the time the graph was drawn (the lazy canvas chunk included). */
  readonly untilDrawnGzipBytes: number;
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}

/**
 * Installed before the app's scripts. Marks `bench:graph-drawn` when the graph is first drawn (see the header),
 * and adds a `bench:update` measure for every status-line change: from the last click or keydown's event time to
 * two animation frames after the change.
 */
function installProbes(expected: { edges: number; nodes: number }): void {
  const full = `Showing ${expected.edges} of ${expected.edges} relationships and ${expected.nodes} of ${expected.nodes} actors`;
  const afterTwoFrames = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));
  const statusText = (): string | null => {
    for (const el of Array.from(document.querySelectorAll('[role="status"]'))) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.startsWith('Showing')) return text;
    }
    return null;
  };
  const probe = document.createElement('canvas');
  probe.width = 32;
  probe.height = 32;
  const canvasHasInk = (): boolean => {
    const ctx = probe.getContext('2d', { willReadFrequently: true });
    if (!ctx) return false;
    let ink = 0;
    for (const layer of Array.from(document.querySelectorAll<HTMLCanvasElement>('[role="application"] canvas'))) {
      if (!layer.width || !layer.height) continue;
      ctx.clearRect(0, 0, 32, 32);
      ctx.drawImage(layer, 0, 0, 32, 32);
      const data = ctx.getImageData(0, 0, 32, 32).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink += 1;
    }
    return ink >= 16;
  };
  const watchFirstDraw = () => {
    if (statusText() === full && canvasHasInk()) {
      performance.mark('bench:status-full-and-ink');
      afterTwoFrames(() => performance.mark('bench:graph-drawn'));
      return;
    }
    requestAnimationFrame(watchFirstDraw);
  };
  requestAnimationFrame(watchFirstDraw);

  let pendingStart: number | null = null;
  let lastStatus: string | null = null;
  const onInput = (event: Event) => {
    pendingStart = event.timeStamp;
  };
  addEventListener('click', onInput, true);
  addEventListener('keydown', onInput, true);
  new MutationObserver(() => {
    const now = statusText();
    if (now === lastStatus) return;
    lastStatus = now;
    if (pendingStart === null) return;
    const start = pendingStart;
    pendingStart = null;
    afterTwoFrames(() => performance.measure('bench:update', { start, end: performance.now() }));
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function waitForEntry(page: Page, name: string, index: number, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    ({ name, index }) => {
      const entries = performance.getEntriesByName(name);
      const entry = entries[index];
      return entry ? entry.startTime + entry.duration : null;
    },
    { name, index },
    { timeout: timeoutMs, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}

async function measureUpdate(page: Page, action: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('bench:update').length);
  await action();
  await waitForEntry(page, 'bench:update', before);
  const entry = await page.evaluate((i) => performance.getEntriesByName('bench:update')[i]!.duration, before);
  await page.waitForTimeout(150); // let the page settle, so one measure never overlaps the next
  return entry;
}

async function openPage(browser: Browser, url: string, expected: { edges: number; nodes: number }) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(60_000);
  // As source text: tsx (esbuild) wraps named inner functions in `__name(…)`, a helper the page does not have.
  await context.addInitScript({ content: `(() => { const __name = (fn) => fn; (${installProbes.toString()})(${JSON.stringify(expected)}); })();` });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const file = /\/assets\/([^/?]+\.js)/.exec(request.url())?.[1];
    if (file) scripts.add(file);
  });
  await page.goto(url);
  const drawnAt = await waitForEntry(page, 'bench:graph-drawn', 0, 120_000);
  return { context, page, drawnAt, scriptsBeforeDrawn: [...scripts] };
}

async function timeExport(page: Page, scope: 'Current view' | 'Whole graph'): Promise<{ ms: number; size: string }> {
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export PNG' });
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: scope }).check();
  await dialog.getByRole('group', { name: 'Scale' }).getByRole('radio', { name: '2×' }).check();
  await dialog.getByRole('group', { name: 'Background' }).getByRole('radio', { name: 'White' }).check();
  const button = dialog.getByRole('button', { name: 'Download PNG' });
  await button.waitFor();
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  const ms = performance.now() - started;
  const png = readFileSync(await download.path());
  // PNG header: width and height are big-endian at bytes 16 and 20.
  const size = `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return { ms, size };
}

/** Gzipped size of every JS chunk; "eager" = loaded by index.html (scripts, modulepreloads and their static imports). */
export function chunkSizes(dist: string): ChunkSize[] {
  const assets = join(dist, 'assets');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const eager = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.pop()!;
    if (eager.has(file)) continue;
    eager.add(file);
    const code = readFileSync(join(assets, file), 'utf8');
    // Static imports only (`import … from"./x.js"`, `import"./x.js"`); `import("./x.js")` is lazy.
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(m[1]!);
  }
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const body = readFileSync(join(assets, file));
      return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length, eager: eager.has(file) };
    });
}

const fmtMs = (s: Summary): string => `${s.median.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}, n=${s.n})`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function printResult(r: ExplorerBenchResult): void {
  const rows: Array<[string, string, string]> = [
    ['navigation → graph drawn', fmtMs(r.navigationToDrawnMs), '≤ 2000 ms'],
    ['domain toggle → drawn (median)', fmtMs(r.domainToggleMs), '≤ 50 ms (goal 16)'],
    ['year step → drawn (median)', fmtMs(r.yearStepMs), '≤ 50 ms (goal 16)'],
    [`PNG 2× current view (${r.exportSizes.currentView})`, fmtMs(r.exportCurrentView2xMs), '≤ 1000 ms'],
    [`PNG 2× whole graph (${r.exportSizes.wholeGraph})`, fmtMs(r.exportWholeGraph2xMs), '≤ 1000 ms'],
    ['first-load JS (index.html, eager), gzipped', kb(r.firstLoadGzipBytes), '≤ 300 KB'],
    ['JS requested until the graph is drawn, gzipped', kb(r.untilDrawnGzipBytes), '≤ 300 KB'],
  ];
  console.log(`\nExplorer, ${r.graph.nodes} nodes / ${r.graph.edges} edges, ${r.chromium} headless, --disable-gpu`);
  console.log('| measure | result | target |\n| --- | --- | --- |');
  for (const [m, v, t] of rows) console.log(`| ${m} | ${v} | ${t} |`);
  console.log('\n| chunk | size | gzipped | first load |\n| --- | --- | --- | --- |');
  for (const c of r.chunks) console.log(`| ${c.file} | ${kb(c.bytes)} | ${kb(c.gzipBytes)} | ${c.eager ? 'yes' : 'lazy'} |`);
}

export async function run(options: ExplorerBenchOptions = {}): Promise<ExplorerBenchResult> {
  const { nodes = 2000, edges = 10000, runs = 3, steps = 12, build = true } = options;
  if (build) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const graph = syntheticGraph({ nodes, edges, seed: 1 });
  const expected = { edges: graph.edges.length, nodes: graph.nodes.length };
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startStaticServer(join(ROOT, 'dist'));
    const path = `/bench/synthetic-${nodes}x${edges}.json`;
    server.route(path, { body: JSON.stringify(graph), contentType: 'application/json' });
    const url = `${server.origin}/?graph=${path}`;
    browser = await launchChromium();

    const loads: number[] = [];
    const untilDrawn = new Set<string>();
    for (let i = 0; i < runs; i += 1) {
      const { context, drawnAt, scriptsBeforeDrawn } = await openPage(browser, url, expected);
      loads.push(drawnAt);
      scriptsBeforeDrawn.forEach((f) => untilDrawn.add(f));
      console.log(`load ${i + 1}: graph drawn ${drawnAt.toFixed(0)} ms after navigation start`);
      await context.close();
    }

    const { context, page } = await openPage(browser, url, expected);
    await waitForStatus(page, { edges: expected.edges });
    await canvasArea(page).waitFor();

    const toggles: number[] = [];
    for (let i = 0; toggles.length < steps; i += 1) {
      const box = domainCheckbox(page, DOMAIN_INFO[i % DOMAIN_INFO.length]!.label);
      toggles.push(await measureUpdate(page, () => box.uncheck()));
      toggles.push(await measureUpdate(page, () => box.check()));
    }
    console.log(`domain toggles: ${toggles.map((t) => t.toFixed(0)).join(', ')} ms`);

    const from = filtersPanel(page).getByRole('group', { name: 'Years' }).getByRole('spinbutton', { name: 'From year' });
    const yearSteps: number[] = [];
    await from.focus();
    for (let i = 0; i < steps; i += 1) yearSteps.push(await measureUpdate(page, () => from.press(i < steps / 2 ? 'ArrowUp' : 'ArrowDown')));
    console.log(`year steps: ${yearSteps.map((t) => t.toFixed(0)).join(', ')} ms`);

    const current: number[] = [];
    const whole: number[] = [];
    const sizes = { currentView: '', wholeGraph: '' };
    for (let i = 0; i < Math.max(3, runs); i += 1) {
      const c = await timeExport(page, 'Current view');
      current.push(c.ms);
      sizes.currentView = c.size;
      const w = await timeExport(page, 'Whole graph');
      whole.push(w.ms);
      sizes.wholeGraph = w.size;
    }
    console.log(`exports: current view ${current.map((t) => t.toFixed(0)).join(', ')} ms; whole graph ${whole.map((t) => t.toFixed(0)).join(', ')} ms`);
    await context.close();

    const chunks = chunkSizes(join(ROOT, 'dist'));
    const result: ExplorerBenchResult = {
      graph: expected,
      chromium: `Chromium ${browser.version()}`,
      navigationToDrawnMs: summarise(loads),
      domainToggleMs: summarise(toggles),
      yearStepMs: summarise(yearSteps),
      exportCurrentView2xMs: summarise(current),
      exportWholeGraph2xMs: summarise(whole),
      exportSizes: sizes,
      chunks,
      firstLoadGzipBytes: chunks.filter((c) => c.eager).reduce((sum, c) => sum + c.gzipBytes, 0),
      untilDrawnGzipBytes: chunks.filter((c) => untilDrawn.has(c.file)).reduce((sum, c) => sum + c.gzipBytes, 0),
    };
    mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/out/explorer.json'), JSON.stringify(result, null, 2));
    return result;
  } finally {
    await closeBrowser(browser);
    await server?.close();
  }
}

function parseArgs(argv: readonly string[]): ExplorerBenchOptions {
  const value = (name: string): number | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  return {
    build: !argv.includes('--no-build'),
    ...(value('nodes') !== undefined ? { nodes: value('nodes') } : {}),
    ...(value('edges') !== undefined ? { edges: value('edges') } : {}),
    ...(value('runs') !== undefined ? { runs: value('runs') } : {}),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(parseArgs(process.argv.slice(2)))
    .then(printResult)
    .catch((err: unknown) => {
      console.error(`explorer benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      process.exitCode = 1;
    });
}
