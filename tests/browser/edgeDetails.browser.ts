/**
 * Clicking an edge on the canvas shows its evidence in the Details region. The edge is found by hovering the
 * canvas until the tooltip names an edge (see `findEdgeByHover`), then clicking at that very point: no test hook,
 * no assumption about pan, zoom or layout.
 */
import assert from 'node:assert/strict';
import { escapeRegExp, findEdgeByHover, openExplorer, textOf, waitForCanvasInk } from './harness/explorer';
import { seedOr } from './harness/fixtures';
import { labelOf } from './harness/graphFacts';
import { browserTest } from './harness/types';

export default [
  browserTest('clicking an edge on the canvas shows its evidence in Details', async (ctx) => {
    const { page, server } = ctx;
    const target = seedOr(ctx, (g) => g.edges.length > 0, 'relationships');
    const { graph } = target;
    await openExplorer(page, server.origin, target.query, { edges: graph.edges.length, nodes: graph.nodes.length });
    await waitForCanvasInk(page, 400);

    const tip = await findEdgeByHover(page);
    ctx.log(`tooltip at (${Math.round(tip.x)}, ${Math.round(tip.y)}): "${tip.text}"`);
    const candidates = graph.edges.filter(
      (e) =>
        labelOf(graph, e.source) === tip.source &&
        labelOf(graph, e.target) === tip.target &&
        e.relation.toLowerCase() === tip.relation.toLowerCase() &&
        String(e.year ?? 'undated') === tip.year,
    );
    assert.ok(candidates.length > 0, `the tooltip "${tip.text}" matches an edge of the graph file`);

    await page.mouse.click(tip.x, tip.y);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: `${tip.source} — ${tip.target}` }).waitFor();
    const selectedId = new URL(page.url()).searchParams.get('edge');
    const edge = candidates.find((e) => e.id === selectedId) ?? candidates[0]!;
    assert.ok(candidates.some((e) => e.id === selectedId), `the URL names the clicked edge (edge=${selectedId})`);

    const items = details.getByRole('list', { name: 'Evidence' }).getByRole('listitem');
    assert.equal(await items.count(), edge.evidence.length, 'one evidence item per sentence');
    const texts = await Promise.all((await items.all()).map((item) => textOf(item)));
    for (const ev of edge.evidence) {
      const sentence = ev.sentence.replace(/\s+/g, ' ').trim();
      const item = texts.find((t) => t.includes(sentence));
      assert.ok(item, `evidence sentence shown: "${sentence}"`);
      const doc = graph.documents.find((d) => d.id === ev.documentId);
      if (doc?.title) assert.ok(item.includes(doc.title), `document title "${doc.title}" shown with its sentence`);
    }
    // Only names can be marked: a sentence may refer to its actors as "the three countries" (which edge the hover
    // finds depends on the layout).
    const names = [tip.source, tip.target];
    const named = edge.evidence.some((ev) => names.some((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'iu').test(ev.sentence)));
    const marks = await details.getByRole('list', { name: 'Evidence' }).locator('mark').count();
    if (named) assert.ok(marks > 0, 'actors named in the evidence are highlighted with <mark>');
    else ctx.log('no evidence sentence names its actors, so nothing to highlight');
    ctx.log(`edge ${edge.id}: ${edge.evidence.length} evidence sentence(s) shown`);
  }),
];
