/** Accessibility: axe-core finds no serious or critical violation in the network view, the table and the dialog. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openExplorer, waitForCanvasInk } from './harness/explorer';
import { seedOr } from './harness/fixtures';
import { browserTest } from './harness/types';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const describe = (where: string, found: AxeViolation[]): string =>
  `${where}: ${found.length} serious/critical axe violation(s):\n` +
  found.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `      at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n')}`).join('\n');

export default [
  browserTest('no serious or critical axe violations (network view, table view, export dialog)', async (ctx) => {
    const { page, server } = ctx;
    const target = seedOr(ctx, (g) => g.edges.length >= 3, 'relationships in the table');
    await openExplorer(page, server.origin, target.query, { edges: target.graph.edges.length, nodes: target.graph.nodes.length });
    await waitForCanvasInk(page, 400);
    const problems: string[] = [];
    const check = async (where: string) => {
      const found = await seriousViolations(page);
      ctx.log(`${where}: ${found.length} serious/critical violation(s)`);
      if (found.length) problems.push(describe(where, found));
    };
    await check('network view');
    const tableTab = page.getByRole('tab', { name: 'Table' });
    if (await tableTab.count()) {
      await tableTab.click();
      await page.getByRole('table', { name: 'Relationships' }).waitFor();
      await check('table view');
      await page.getByRole('tab', { name: 'Network' }).click();
    } else problems.push('no "Table" tab to check');
    const exportButton = page.getByRole('button', { name: 'Export PNG' });
    if (await exportButton.count()) {
      await exportButton.click();
      await page.getByRole('dialog', { name: 'Export PNG' }).waitFor();
      await check('export dialog');
    } else problems.push('no "Export PNG" button to check');
    assert.equal(problems.length, 0, problems.join('\n'));
  }),
];
