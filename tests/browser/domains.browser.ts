/**
 * Domain filter: unticking a domain hides exactly the relationships that have no other ticked domain, in the
 * status line and in the table. Expected numbers come from the served graph file.
 */
import assert from 'node:assert/strict';
import { domainCheckbox, escapeRegExp, filtersPanel, openExplorer, waitForStatus } from './harness/explorer';
import { seedOr } from './harness/fixtures';
import { edgesWithDomain, mostExclusiveDomain, visibleEdges } from './harness/graphFacts';
import { openTable, tableRows, waitForRowCount } from './harness/table';
import { browserTest } from './harness/types';

export default [
  browserTest('unticking the busiest domain drops the status counts and the table rows by its edges', async (ctx) => {
    const { page, server } = ctx;
    const target = seedOr(ctx, (g) => mostExclusiveDomain(g) !== null, 'a domain whose unticking hides relationships');
    const { graph } = target;
    const domain = mostExclusiveDomain(graph)!;
    const total = graph.edges.length;
    await openExplorer(page, server.origin, target.query, { edges: total, nodes: graph.nodes.length });

    const withCount = filtersPanel(page)
      .getByRole('group', { name: 'Domains' })
      .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(domain.label)}\\s*\\(${edgesWithDomain(graph, domain.domain)}\\)`) });
    assert.equal(await withCount.count(), 1, `checkbox "${domain.label} (${edgesWithDomain(graph, domain.domain)})" with the domain's edge count`);

    const table = await openTable(page);
    await waitForRowCount(page, total);
    const checkbox = domainCheckbox(page, domain.label);
    await checkbox.uncheck();
    assert.equal(await checkbox.isChecked(), false);
    const expected = visibleEdges(graph, { domainsOff: [domain.domain] }).length;
    ctx.log(`${domain.label}: ${total} → ${expected} relationships (hides ${domain.hides})`);
    await waitForStatus(page, { edges: expected, totalEdges: total, nodes: graph.nodes.length });
    await waitForRowCount(page, expected);

    // No row left shows only the unticked domain.
    const rows = await tableRows(page);
    const domainsColumn = (await table.getByRole('columnheader').allInnerTexts()).findIndex((h) => h.includes('Domains'));
    assert.ok(domainsColumn >= 0, 'a Domains column');
    for (const text of await rows.evaluateAll((trs, col) => trs.map((tr) => tr.children[col]?.textContent ?? ''), domainsColumn)) {
      assert.notEqual(text.trim(), domain.label, `a row with only ${domain.label} is still shown`);
    }

    await checkbox.check();
    await waitForStatus(page, { edges: total });
    await waitForRowCount(page, total);
  }),

  browserTest('"No domains" empties the graph and "Reset filters" brings it back', async (ctx) => {
    const { page, server } = ctx;
    const target = seedOr(ctx, (g) => g.edges.length > 0, 'relationships');
    const { graph } = target;
    await openExplorer(page, server.origin, target.query, { edges: graph.edges.length, nodes: graph.nodes.length });
    await filtersPanel(page).getByRole('button', { name: 'No domains' }).click();
    await waitForStatus(page, { edges: 0 });
    await page.getByText('No relationships match these filters.').waitFor();
    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    await waitForStatus(page, { edges: graph.edges.length, nodes: graph.nodes.length });
  }),
];
