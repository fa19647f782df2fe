/** The table view, read as a user does: the Table tab, the Relationships table, every row shown. */
import type { Locator, Page } from 'playwright-core';

export const relationshipsTable = (page: Page): Locator => page.getByRole('table', { name: 'Relationships' });

export async function openTable(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = relationshipsTable(page);
  await table.waitFor();
  return table;
}

/** Body rows (rows with cells), after pressing "Show more rows" until every row is shown. */
export async function tableRows(page: Page): Promise<Locator> {
  const more = page.getByRole('button', { name: /^Show more rows/ });
  for (let i = 0; i < 100 && (await more.count()); i += 1) await more.click();
  return relationshipsTable(page).getByRole('row').filter({ has: page.getByRole('cell') });
}

/** Polls until the table has `expected` body rows; the error gives the last count. */
export async function waitForRowCount(page: Page, expected: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = await (await tableRows(page)).count();
    if (last === expected) return;
    if (Date.now() > deadline) throw new Error(`table: expected ${expected} rows, found ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
