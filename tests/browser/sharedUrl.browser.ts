/**
 * Shared URL: the filters live in the query string, so opening a copied URL gives the same view, and the
 * browser's back and forward buttons walk through the filter changes.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DOMAIN_INFO } from '../../src/model/vocabulary';
import { domainCheckbox, filtersPanel, openExplorer, setNumeric, statusLine, waitForStatus } from './harness/explorer';
import { seedOr } from './harness/fixtures';
import { mostExclusiveDomain, visibleEdges, yearsOf } from './harness/graphFacts';
import { browserTest } from './harness/types';

async function viewOf(page: Page) {
  const domains: Record<string, boolean> = {};
  for (const { label } of DOMAIN_INFO) domains[label] = await domainCheckbox(page, label).isChecked();
  const from = await filtersPanel(page).getByRole('group', { name: 'Years' }).getByLabel('From year').inputValue();
  return { status: ((await statusLine(page).textContent()) ?? '').trim(), domains, from };
}

async function waitForUrlChange(page: Page, previous: string): Promise<string> {
  await page.waitForFunction((prev) => window.location.href !== prev, previous, { timeout: 10_000 });
  return page.url();
}

export default [
  browserTest('a copied URL opens the same view, and back/forward restore the previous filters', async (ctx) => {
    const { page, server, context } = ctx;
    const target = seedOr(ctx, (g) => mostExclusiveDomain(g) !== null && yearsOf(g).length >= 3, 'a domain filter and a year range that hide relationships');
    const { graph } = target;
    const domain = mostExclusiveDomain(graph)!;
    const from = yearsOf(graph)[1]!;
    const last = yearsOf(graph).at(-1)!;
    await openExplorer(page, server.origin, target.query, { edges: graph.edges.length, nodes: graph.nodes.length });
    const initial = await viewOf(page);
    const url0 = page.url();

    await domainCheckbox(page, domain.label).uncheck();
    await waitForStatus(page, { edges: visibleEdges(graph, { domainsOff: [domain.domain] }).length });
    const url1 = await waitForUrlChange(page, url0);
    const afterDomain = await viewOf(page);

    await setNumeric(filtersPanel(page).getByRole('group', { name: 'Years' }).getByLabel('From year'), from);
    await waitForStatus(page, { edges: visibleEdges(graph, { domainsOff: [domain.domain], from, to: last }).length });
    const url2 = await waitForUrlChange(page, url1);
    const afterYears = await viewOf(page);
    ctx.log(`shared URL: ${url2.replace(server.origin, '')}`);
    const params = new URL(url2).searchParams;
    assert.ok(params.get('domains') !== null && !params.get('domains')!.split(',').includes(domain.domain), `domains= leaves out ${domain.domain}`);
    assert.equal(params.get('from'), String(from));

    const other = await context.newPage();
    await other.goto(url2);
    await waitForStatus(other, { totalEdges: graph.edges.length });
    assert.deepEqual(await viewOf(other), afterYears, 'the copied URL shows the same status, checkboxes and years');
    await other.close();

    await page.goBack();
    await waitForStatus(page, { edges: visibleEdges(graph, { domainsOff: [domain.domain] }).length });
    assert.deepEqual(await viewOf(page), afterDomain, 'back: the year range is undone');
    await page.goBack();
    await waitForStatus(page, { edges: graph.edges.length });
    assert.deepEqual(await viewOf(page), initial, 'back again: the domain is ticked again');
    await page.goForward();
    await waitForStatus(page, { edges: visibleEdges(graph, { domainsOff: [domain.domain] }).length });
    assert.deepEqual(await viewOf(page), afterDomain, 'forward: the domain is unticked again');
  }),
];
