/** PNG export at 2×: the download decodes, is twice the canvas size (plus the caption) and is not blank. */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { canvasArea, openExplorer, waitForCanvasInk } from './harness/explorer';
import { seedOr } from './harness/fixtures';
import { countInk, decodePng } from './harness/pixels';
import { browserTest } from './harness/types';

/** The caption under the image is a few lines of text: at 2× well under this many pixels high. */
const MAX_CAPTION_PX = 400;

export default [
  browserTest('export PNG of the current view at 2× on white', async (ctx) => {
    const { page, server } = ctx;
    const target = seedOr(ctx, (g) => g.nodes.length >= 3, 'several nodes');
    const { graph } = target;
    await openExplorer(page, server.origin, target.query, { edges: graph.edges.length, nodes: graph.nodes.length });
    await waitForCanvasInk(page, 400);
    const box = await canvasArea(page).boundingBox();
    assert.ok(box, 'the canvas has a size');

    await page.getByRole('button', { name: 'Export PNG' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PNG' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Current view' }).check();
    await dialog.getByRole('group', { name: 'Scale' }).getByRole('radio', { name: '2×' }).check();
    await dialog.getByRole('group', { name: 'Background' }).getByRole('radio', { name: 'White' }).check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
    assert.match(download.suggestedFilename(), /^graph_.+\.png$/, 'file named graph_<years>_<domains>.png');
    const path = await download.path();
    const png = decodePng(await readFile(path));
    const ink = countInk(png);
    ctx.log(`${download.suggestedFilename()}: ${png.width}×${png.height} for a ${Math.round(box.width)}×${Math.round(box.height)} canvas, ${ink.ink} drawn pixels`);

    const wantWidth = 2 * box.width;
    const wantHeight = 2 * box.height;
    assert.ok(Math.abs(png.width - wantWidth) <= Math.max(4, 0.02 * wantWidth), `width ${png.width} ≈ 2 × ${box.width}`);
    assert.ok(png.height >= wantHeight - Math.max(4, 0.02 * wantHeight), `height ${png.height} ≥ 2 × ${box.height}`);
    assert.ok(png.height <= wantHeight + MAX_CAPTION_PX, `height ${png.height} ≤ 2 × ${box.height} + caption`);
    assert.deepEqual(ink.background.slice(0, 3), [255, 255, 255], 'white background');
    assert.ok(ink.ink > 0.005 * ink.total, `not blank: ${ink.ink} of ${ink.total} pixels drawn`);
  }),
];
