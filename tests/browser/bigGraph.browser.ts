/**
 * A big graph (the benchmark's 2,000 actors / 10,000 relationships, past BIG_GRAPH_EDGES): cytoscape draws the
 * nodes and the edge layer the edges. The edges must be drawn, follow the filters, answer a click with their
 * evidence, and be in a PNG export of the whole graph.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { syntheticGraph } from '../../bench/syntheticGraph';
import { CONFLICT_COLOUR_BIG } from '../../src/app/canvas/stylesheet';
import { DOMAIN_INFO } from '../../src/model/vocabulary';
import { canvasInk, domainCheckbox, filtersPanel, findEdgeByHover, nextFrames, openExplorer, waitForCanvasInk, waitForStatus } from './harness/explorer';
import { serveGraph } from './harness/fixtures';
import { labelOf } from './harness/graphFacts';
import { decodePng, type DecodedPng } from './harness/pixels';
import { browserTest, type BrowserTestContext } from './harness/types';

const BIG = syntheticGraph({ nodes: 2000, edges: 10000, seed: 1 });
const PATH = '/fixtures/synthetic-2000x10000.json';
const totals = { edges: BIG.edges.length, nodes: BIG.nodes.length };

async function openBig(ctx: BrowserTestContext): Promise<Page> {
  const { page, server } = ctx;
  await openExplorer(page, server.origin, serveGraph(server, PATH, BIG), totals);
  await waitForCanvasInk(page, 2000);
  return page;
}

const domainButton = (page: Page, name: 'All domains' | 'No domains') => filtersPanel(page).getByRole('group', { name: 'Domains' }).getByRole('button', { name });

/** Drawn pixels once the status line shows `edges` relationships and the change has been painted. */
async function inkAt(page: Page, edges: number): Promise<number> {
  await waitForStatus(page, { edges });
  await nextFrames(page, 3);
  return (await canvasInk(page)).ink;
}

const hex = (colour: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
const EDGE_COLOURS = [...DOMAIN_INFO.map((d) => d.colour), CONFLICT_COLOUR_BIG].map(hex);

/** Pixels in the top `rows` rows whose colour is (within a few levels) a domain's or the conflict colour. */
function edgeColouredPixels(png: DecodedPng, rows: number): number {
  let count = 0;
  for (let i = 0; i < Math.min(rows, png.height) * png.width * 4; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (EDGE_COLOURS.some(([cr, cg, cb]) => Math.abs(r - cr) <= 6 && Math.abs(g - cg) <= 6 && Math.abs(b - cb) <= 6)) count += 1;
  }
  return count;
}

export default [
  browserTest('big graph: the edges are drawn, and the domain filter takes them away and brings them back', async (ctx) => {
    const page = await openBig(ctx);
    const all = await inkAt(page, totals.edges);
    await domainButton(page, 'No domains').click();
    const none = await inkAt(page, 0);
    const defence = BIG.edges.filter((e) => e.domains.includes('defence')).length;
    await domainCheckbox(page, 'Defence').check();
    const oneDomain = await inkAt(page, defence);
    ctx.log(`drawn pixels: every domain ${all}, Defence only (${defence} relationships) ${oneDomain}, no domain (nodes alone) ${none}`);
    assert.ok(all > none * 1.5, `the edges add drawn pixels to the nodes' (${all} vs ${none})`);
    assert.ok(oneDomain > none && oneDomain < all, `one domain's edges draw fewer pixels than all of them and more than none (${oneDomain})`);
    await domainButton(page, 'All domains').click();
    const back = await inkAt(page, totals.edges);
    assert.ok(Math.abs(back - all) <= 0.02 * all, `every edge drawn again (${back} vs ${all})`);
  }),

  browserTest('big graph: clicking an edge on the canvas shows its evidence', async (ctx) => {
    const page = await openBig(ctx);
    const tip = await findEdgeByHover(page);
    ctx.log(`tooltip at (${Math.round(tip.x)}, ${Math.round(tip.y)}): "${tip.text}"`);
    await page.mouse.click(tip.x, tip.y);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: `${tip.source} — ${tip.target}` }).waitFor();
    const id = new URL(page.url()).searchParams.get('edge');
    const edge = BIG.edges.find((e) => e.id === id);
    assert.ok(edge, `the URL names an edge of the graph (edge=${id})`);
    assert.equal(`${labelOf(BIG, edge.source)} — ${labelOf(BIG, edge.target)}`, `${tip.source} — ${tip.target}`, 'the edge under the pointer is the one selected');
    const items = details.getByRole('list', { name: 'Evidence' }).getByRole('listitem');
    assert.equal(await items.count(), edge.evidence.length, 'one evidence item per sentence');
    assert.ok((await items.first().innerText()).includes(edge.evidence[0]!.sentence), 'the evidence sentence is shown');
  }),

  browserTest('big graph: a PNG of the whole graph has its edges', async (ctx) => {
    const page = await openBig(ctx);
    const exportWhole = async (): Promise<DecodedPng> => {
      await page.getByRole('button', { name: 'Export PNG' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export PNG' });
      await dialog.getByRole('radio', { name: 'Whole graph' }).check();
      await dialog.getByRole('group', { name: 'Scale' }).getByRole('radio', { name: '1×' }).check();
      await dialog.getByRole('group', { name: 'Background' }).getByRole('radio', { name: 'White' }).check();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
      const png = decodePng(await readFile(await download.path()));
      await dialog.getByRole('button', { name: 'Close' }).click();
      return png;
    };
    const withEdges = await exportWhole();
    await domainButton(page, 'No domains').click();
    await waitForStatus(page, { edges: 0 });
    const withoutEdges = await exportWhole();
    // The caption and its legend swatches sit under the graph: count only well above them.
    const rows = withEdges.height - 400;
    const [edgePixels, nodeOnlyPixels] = [edgeColouredPixels(withEdges, rows), edgeColouredPixels(withoutEdges, rows)];
    ctx.log(`${withEdges.width}×${withEdges.height}: ${edgePixels} pixels in edge colours; ${nodeOnlyPixels} with every edge filtered out`);
    assert.ok(edgePixels > 0.003 * withEdges.width * rows, `edges in the image (${edgePixels} pixels in domain colours)`);
    assert.ok(nodeOnlyPixels < edgePixels / 20, 'those pixels are the edges');
    assert.deepEqual([...withEdges.data.subarray(0, 3)], [255, 255, 255], 'white background under the edges');
  }),
];
