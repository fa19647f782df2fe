/**
 * Selecting without the canvas: a table row (Enter) selects its relationship, and a search suggestion selects its
 * actor; either way Details shows it and the URL names it.
 */
import assert from 'node:assert/strict';
import { openExplorer, textOf } from './harness/explorer';
import { seedOr } from './harness/fixtures';
import { labelOf } from './harness/graphFacts';
import { openTable, tableRows } from './harness/table';
import { browserTest } from './harness/types';

export default [
  browserTest('Enter on a table row selects that relationship', async (ctx) => {
    const { page, server } = ctx;
    const target = seedOr(ctx, (g) => g.edges.length > 0, 'relationships');
    const { graph } = target;
    await openExplorer(page, server.origin, target.query, { edges: graph.edges.length, nodes: graph.nodes.length });
    await openTable(page);
    const row = (await tableRows(page)).first();
    const [source, targetLabel] = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
    await row.focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: `${source} — ${targetLabel}` }).waitFor();
    const edgeId = new URL(page.url()).searchParams.get('edge');
    const edge = graph.edges.find((e) => e.id === edgeId);
    assert.ok(edge, `the URL names an edge of the graph (edge=${edgeId})`);
    assert.equal(labelOf(graph, edge.source), source);
    assert.equal(labelOf(graph, edge.target), targetLabel);
    assert.equal(await details.getByRole('list', { name: 'Evidence' }).getByRole('listitem').count(), edge.evidence.length);
  }),

  browserTest('a search suggestion selects its actor', async (ctx) => {
    const { page, server } = ctx;
    const target = seedOr(ctx, (g) => g.nodes.length > 0, 'actors');
    const { graph } = target;
    // The actor with the most relationships: the one a user is most likely to look for.
    const degree = new Map<string, number>();
    for (const e of graph.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const node = [...graph.nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0]!;
    await openExplorer(page, server.origin, target.query, { edges: graph.edges.length, nodes: graph.nodes.length });
    const search = page.getByRole('combobox', { name: 'Search actors' });
    await search.fill(node.label);
    await page.getByRole('option', { name: node.label, exact: true }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { name: node.label, exact: true }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('node'), node.id);
    const text = await textOf(details);
    ctx.log(`${node.label} (${node.type}, ${degree.get(node.id) ?? 0} relationships) selected through the search`);
    assert.match(text, new RegExp(node.type, 'i'), 'Details names the actor type');
  }),
];
