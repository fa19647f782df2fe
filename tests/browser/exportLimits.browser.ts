/**
 * PNG export past the browser's canvas limit: a graph 20,000 units wide exported whole at 4× would be 80,000 px
 * wide, over Chromium's 65,535 px a side. Whole-graph exports are also capped at WHOLE_GRAPH_MAX_PIXELS (so they
 * stay fast), which here is the tighter bound. The dialog must say the scale was reduced, and the file must still
 * be a real image of the expected size (an oversized canvas silently gives an empty one). At the app's minimum
 * zoom this graph is too thin to see on screen, so only the export is checked.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { WHOLE_GRAPH_MAX_PIXELS } from '../../src/app/export/exportPng';
import { SCHEMA_VERSION, type Graph } from '../../src/model/schema';
import { openExplorer, textOf } from './harness/explorer';
import { serveGraph } from './harness/fixtures';
import { countInk, decodePng } from './harness/pixels';
import { browserTest } from './harness/types';

const WIDE: Graph = {
  schemaVersion: SCHEMA_VERSION,
  generatedBy: 'tests/browser/exportLimits.browser.ts',
  documents: [{ id: 'd1', title: 'A long way apart', date: '2020-01-01' }],
  nodes: [
    { id: 'west', label: 'West', type: 'country', aliases: ['West'], position: { x: 0, y: 0 } },
    { id: 'east', label: 'East', type: 'country', aliases: ['East'], position: { x: 20_000, y: 0 } },
  ],
  edges: [
    {
      id: 'w-e',
      source: 'west',
      target: 'east',
      relation: 'meeting',
      domains: ['diplomacy'],
      year: 2020,
      weight: 1,
      evidence: [{ documentId: 'd1', sentence: 'West met East.', start: 0, end: 14 }],
    },
  ],
};

export default [
  browserTest('whole-graph export at 4× past the canvas limit is scaled down, with a notice', async (ctx) => {
    const { page, server } = ctx;
    const query = serveGraph(server, '/fixtures/wide.json', WIDE);
    await openExplorer(page, server.origin, query, { edges: 1, nodes: 2 });
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PNG' });
    await dialog.getByRole('radio', { name: 'Whole graph' }).check();
    await dialog.getByRole('group', { name: 'Scale' }).getByRole('radio', { name: '4×' }).check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
    const notice = dialog.getByRole('status');
    await notice.filter({ hasText: /\S/ }).waitFor();
    const text = await textOf(notice);
    const png = decodePng(await readFile(await download.path()));
    ctx.log(`notice: "${text}"; image ${png.width}×${png.height}`);
    assert.match(text, /scal|reduc/i, 'the notice says the scale was reduced');
    assert.ok(png.width <= 65_535, `width ${png.width} within the limit`);
    // 1% slack: cytoscape rounds the image size up to whole pixels.
    assert.ok(png.width * png.height <= 1.01 * WHOLE_GRAPH_MAX_PIXELS, `${png.width}×${png.height} within the ${WHOLE_GRAPH_MAX_PIXELS} px cap`);
    assert.ok(png.width * png.height > 0.95 * WHOLE_GRAPH_MAX_PIXELS, `${png.width}×${png.height}: close to the cap (the scale was lowered, not dropped)`);
    assert.ok(png.width > 15_000, `width ${png.width}: the 20,000-unit layout kept at a readable scale`);
    const ink = countInk(png);
    assert.ok(ink.ink > 10_000, `not blank: the edge across the image is drawn (${ink.ink} pixels)`);
  }),
];
