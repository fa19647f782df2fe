/**
 * Finding and reading the explorer as a user does, by role and accessible name (the UI contract), plus a few
 * waits: the status line, animation frames, and the canvas being drawn.
 */
import type { Locator, Page } from 'playwright-core';
import { countInk, decodePng, type InkCount } from './pixels';

/** Where the app fetches its default graph (the build copies data/graph.json to dist/graph.json). */
export const SEED_GRAPH_PATH = '/graph.json';

export interface StatusCounts {
  readonly edges: number;
  readonly totalEdges: number;
  readonly nodes: number;
  readonly totalNodes: number;
}

const STATUS = /Showing ([\d,\u202f ]+) of ([\d,\u202f ]+) relationships and ([\d,\u202f ]+) of ([\d,\u202f ]+) actors/;
const toInt = (s: string): number => Number(s.replace(/[^\d]/g, ''));

export function parseStatus(text: string): StatusCounts | null {
  const m = STATUS.exec(text);
  return m ? { edges: toInt(m[1]!), totalEdges: toInt(m[2]!), nodes: toInt(m[3]!), totalNodes: toInt(m[4]!) } : null;
}

export const statusLine = (page: Page): Locator => page.getByRole('status').filter({ hasText: /Showing/ }).first();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the status line until its counts include `expected`; the error quotes what it last read. */
export async function waitForStatus(page: Page, expected: Partial<StatusCounts>, timeoutMs = 30_000): Promise<StatusCounts> {
  const deadline = Date.now() + timeoutMs;
  let last = '(no status line)';
  for (;;) {
    const line = statusLine(page);
    if (await line.count()) {
      last = (await line.textContent()) ?? '';
      const counts = parseStatus(last);
      if (counts && Object.entries(expected).every(([k, v]) => counts[k as keyof StatusCounts] === v)) return counts;
    }
    if (Date.now() > deadline) throw new Error(`status line: expected ${JSON.stringify(expected)}, last read "${last.trim()}"`);
    await sleep(50);
  }
}

/** Resolves after `n` animation frames in the page: whatever was drawn in response to a change is on screen. */
export async function nextFrames(page: Page, n = 2): Promise<void> {
  await page.evaluate(async (count) => {
    for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  }, n);
}

export const filtersPanel = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Filters' }).or(page.getByRole('region', { name: 'Filters', exact: true })).first();

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A domain's checkbox: its name starts with the domain's label (then its count, e.g. "Defence (12)"). */
export const domainCheckbox = (page: Page, label: string): Locator =>
  filtersPanel(page).getByRole('group', { name: 'Domains' }).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)}\\b`) });

export const canvasArea = (page: Page): Locator => page.getByRole('application', { name: 'Network graph' });

/**
 * Opens the explorer at `query` (e.g. "?graph=/x.json") and waits until the graph is loaded (full counts in the
 * status line when `totals` is given) and the canvas container is there.
 */
export async function openExplorer(page: Page, origin: string, query = '', totals?: { edges: number; nodes: number }): Promise<StatusCounts> {
  await page.goto(`${origin}/${query}`);
  const counts = await waitForStatus(page, totals ? { totalEdges: totals.edges, totalNodes: totals.nodes } : {});
  await canvasArea(page).waitFor({ state: 'visible' });
  await nextFrames(page, 2);
  return counts;
}

/**
 * While the canvas is photographed, only what is inside the canvas container stays visible: the legend, the
 * empty-state box and the tooltip sit over it and would count as drawn pixels.
 */
const ONLY_THE_CANVAS = 'body * { visibility: hidden !important; } [role="application"], [role="application"] * { visibility: visible !important; } [role="tooltip"] { visibility: hidden !important; }';

/** Screenshot of the canvas container (nothing over it), decoded, with its non-background pixels counted. */
export async function canvasInk(page: Page): Promise<InkCount> {
  return countInk(decodePng(await canvasArea(page).screenshot({ animations: 'disabled', style: ONLY_THE_CANVAS })));
}

/** Waits until the canvas shows at least `minInk` non-background pixels (layout and first render take a while). */
export async function waitForCanvasInk(page: Page, minInk: number, timeoutMs = 30_000): Promise<InkCount> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ink = await canvasInk(page);
    if (ink.ink >= minInk) return ink;
    if (Date.now() > deadline) throw new Error(`canvas: expected at least ${minInk} drawn pixels, found ${ink.ink} of ${ink.total}`);
    await sleep(250);
  }
}

/**
 * Sets a number input or a slider as a user would: typing into a number input (then Enter), arrow keys on a
 * slider (React sees real input events either way).
 */
export async function setNumeric(input: Locator, value: number): Promise<void> {
  const type = await input.getAttribute('type');
  if (type === 'range') {
    const current = Number(await input.inputValue());
    const step = Number((await input.getAttribute('step')) ?? '1') || 1;
    const presses = Math.round(Math.abs(value - current) / step);
    await input.focus();
    for (let i = 0; i < presses; i += 1) await input.press(value > current ? 'ArrowRight' : 'ArrowLeft');
    return;
  }
  await input.fill(String(value));
  await input.press('Enter');
}

export interface EdgeTip {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly source: string;
  readonly target: string;
  readonly relation: string;
  readonly year: string;
}

const EDGE_TIP = /^(.+) — (.+) · (.+) · (.+)$/;

/** The tooltip's text once React has rendered the hover (after an animation frame), or null when none shows. */
async function tooltipAfterFrame(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) =>
        requestAnimationFrame(() => resolve(document.querySelector('[role="tooltip"]')?.textContent?.trim() ?? null)),
      ),
  );
}

/**
 * Finds a point on the canvas where an edge (not a node) is under the mouse, by hovering a grid of points from the
 * centre outwards until the tooltip reads `Source — Target · relation · year`.
 * Why hover-scan: it needs no test hook and no knowledge of pan and zoom; cytoscape counts a mouse within 8 px of
 * an edge as over it, so a 10 px grid cannot step over an edge longer than a couple of grid cells.
 */
export async function findEdgeByHover(page: Page, options: { step?: number; maxProbes?: number } = {}): Promise<EdgeTip> {
  const { step = 10, maxProbes = 4000 } = options;
  const box = await canvasArea(page).boundingBox();
  if (!box) throw new Error('canvas: no bounding box (not visible?)');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const points: Array<[number, number]> = [];
  for (let y = box.y + step; y < box.y + box.height - step; y += step) {
    for (let x = box.x + step; x < box.x + box.width - step; x += step) points.push([x, y]);
  }
  points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  let probes = 0;
  for (const [x, y] of points.slice(0, maxProbes)) {
    probes += 1;
    await page.mouse.move(x, y);
    const text = await tooltipAfterFrame(page);
    const m = text ? EDGE_TIP.exec(text) : null;
    if (m) return { x, y, text: text!, source: m[1]!, target: m[2]!, relation: m[3]!, year: m[4]! };
  }
  throw new Error(`canvas: no edge found under the mouse after ${probes} hover probes`);
}

/** Normalised visible text of a locator (whitespace collapsed). */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.innerText()) ?? '').replace(/\s+/g, ' ').trim();
}
