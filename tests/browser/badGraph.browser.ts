/** A graph file that cannot be used gives an alert naming the file and the problem, never a blank page. */
import assert from 'node:assert/strict';
import { browserTest } from './harness/types';
import type { BrowserTestContext } from './harness/types';

async function expectAlert(ctx: BrowserTestContext, path: string, problem: RegExp): Promise<void> {
  const { page, server } = ctx;
  await page.goto(`${server.origin}/?graph=${path}`);
  const alert = page.getByRole('alert').filter({ hasText: path });
  await alert.first().waitFor({ timeout: 15_000 });
  const text = ((await alert.first().textContent()) ?? '').trim();
  ctx.log(`${path}: "${text.slice(0, 160)}"`);
  assert.match(text, problem, `the alert for ${path} should say what is wrong`);
}

export default [
  browserTest('a broken JSON file (?graph=/bad.json) shows an alert naming it', async (ctx) => {
    ctx.server.route('/bad.json', { body: '{ "schemaVersion": 1, "nodes": [', contentType: 'application/json' });
    await expectAlert(ctx, '/bad.json', /JSON/i);
  }),
  browserTest('valid JSON that is not a graph shows an alert naming the file and the field', async (ctx) => {
    ctx.server.route('/not-a-graph.json', { body: JSON.stringify({ schemaVersion: 1, documents: [], nodes: [{ id: 'a' }], edges: [] }) });
    await expectAlert(ctx, '/not-a-graph.json', /nodes/);
  }),
  browserTest('a missing file shows an alert naming it and the server answer', async (ctx) => {
    await expectAlert(ctx, '/missing-graph.json', /404/);
  }),
];
