/** Year range: moving "From year" and "To year" shows the relationships of those years only, as the file says. */
import assert from 'node:assert/strict';
import { filtersPanel, openExplorer, setNumeric, waitForStatus } from './harness/explorer';
import { seedOr } from './harness/fixtures';
import { visibleEdges, yearsOf } from './harness/graphFacts';
import { browserTest } from './harness/types';

export default [
  browserTest('moving the year range changes the visible relationships as the graph file predicts', async (ctx) => {
    const { page, server } = ctx;
    const target = seedOr(ctx, (g) => yearsOf(g).length >= 3, 'three or more distinct years');
    const { graph } = target;
    const years = yearsOf(graph);
    const first = years[0]!;
    const last = years.at(-1)!;
    await openExplorer(page, server.origin, target.query, { edges: graph.edges.length, nodes: graph.nodes.length });
    const group = filtersPanel(page).getByRole('group', { name: 'Years' });
    await group.getByRole('img', { name: 'Relationships per year' }).waitFor();

    const from = years[1]!;
    await setNumeric(group.getByRole('spinbutton', { name: 'From year' }).or(group.getByRole('slider', { name: 'From year' })).first(), from);
    const afterFrom = visibleEdges(graph, { from, to: last }).length;
    ctx.log(`from ${from}: ${graph.edges.length} → ${afterFrom} relationships`);
    assert.ok(afterFrom < graph.edges.length, 'the chosen range must hide something, or the test proves nothing');
    await waitForStatus(page, { edges: afterFrom, totalEdges: graph.edges.length });

    const to = years.at(-2)!;
    await setNumeric(group.getByRole('spinbutton', { name: 'To year' }).or(group.getByRole('slider', { name: 'To year' })).first(), to);
    const afterTo = visibleEdges(graph, { from, to }).length;
    ctx.log(`${from}–${to}: ${afterTo} relationships (${first}–${last} in the file)`);
    await waitForStatus(page, { edges: afterTo });

    await setNumeric(group.getByRole('spinbutton', { name: 'From year' }).or(group.getByRole('slider', { name: 'From year' })).first(), to);
    await waitForStatus(page, { edges: visibleEdges(graph, { from: to, to }).length });
  }),
];
