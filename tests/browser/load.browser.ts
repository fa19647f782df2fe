/** Loading: the status line counts the whole graph, and the canvas shows drawn nodes and edges. */
import assert from 'node:assert/strict';
import { canvasInk, nextFrames, openExplorer, waitForCanvasInk, waitForStatus } from './harness/explorer';
import { seedOr } from './harness/fixtures';
import { browserTest } from './harness/types';

export default [
  browserTest('the seed graph loads and the status line counts all of it', async ({ page, server, seed }) => {
    const counts = await openExplorer(page, server.origin, '', { edges: seed.graph.edges.length, nodes: seed.graph.nodes.length });
    assert.deepEqual(counts, {
      edges: seed.graph.edges.length,
      totalEdges: seed.graph.edges.length,
      nodes: seed.graph.nodes.length,
      totalNodes: seed.graph.nodes.length,
    });
    assert.equal(await page.getByRole('alert').count(), 0, 'no error shown');
  }),

  browserTest('nodes are drawn on the canvas', async (ctx) => {
    const { page, server } = ctx;
    const target = seedOr(ctx, (g) => g.nodes.length >= 3, 'several nodes');
    await openExplorer(page, server.origin, target.query, { edges: target.graph.edges.length, nodes: target.graph.nodes.length });
    // "Drawn": well over a node's worth of pixels per visible node differ from the background (a node is ≥ 14 px
    // across before zoom), capped at 1 % of the canvas so big graphs do not need a full canvas.
    const box = await page.getByRole('application', { name: 'Network graph' }).boundingBox();
    assert.ok(box, 'the canvas has a size');
    const minInk = Math.max(400, Math.min(0.01 * box.width * box.height, 60 * target.graph.nodes.length));
    const drawn = await waitForCanvasInk(page, minInk);
    ctx.log(`canvas ${Math.round(box.width)}×${Math.round(box.height)}: ${drawn.ink} drawn pixels (needed ${Math.round(minInk)})`);
    // The same check must fail on an empty canvas: hiding every actor type leaves nothing to draw.
    const actorTypes = page.getByRole('group', { name: 'Actor types' });
    for (const type of ['Country', 'Organisation', 'Programme', 'Person']) await actorTypes.getByRole('checkbox', { name: type }).uncheck();
    await waitForStatus(page, { nodes: 0 });
    await nextFrames(page, 2);
    const empty = await canvasInk(page);
    ctx.log(`with no actor type shown: ${empty.ink} drawn pixels`);
    assert.ok(empty.ink < minInk, `an empty canvas should not pass as drawn (${empty.ink} ≥ ${minInk})`);
  }),
];
