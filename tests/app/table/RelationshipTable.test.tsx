// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RelationshipTable } from '../../../src/app/table/RelationshipTable';
import { renderWithStore } from '../testUtils';

const table = () => screen.getByRole('table', { name: 'Relationships' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const column = (i: number) => bodyRows().map((r) => within(r).getAllByRole('cell')[i]!.textContent);

describe('RelationshipTable', () => {
  it('has the contract columns and one row per visible relationship, in step with the filters', () => {
    const { store } = renderWithStore(<RelationshipTable />);
    expect(within(table()).getAllByRole('columnheader').map((h) => h.textContent?.replace(/[▲▼ ]/g, ''))).toEqual(['Source', 'Target', 'Relation', 'Domains', 'Year', 'Evidence']);
    expect(bodyRows()).toHaveLength(18);
    act(() => store.getState().actions.setAllDomains(false));
    act(() => store.getState().actions.setDomain('cyber', true));
    expect(bodyRows()).toHaveLength(2);
  });

  it('sorts by a column and reverses on a second press; undated rows last', async () => {
    const { user } = renderWithStore(<RelationshipTable />);
    expect(column(4)[0]).toBe('2017');
    expect(column(4).at(-1)).toBe('undated');
    await user.click(within(table()).getByRole('button', { name: /Evidence/ }));
    expect(within(table()).getByRole('columnheader', { name: /Evidence/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table()).getByRole('button', { name: /Evidence/ }));
    expect(within(table()).getByRole('columnheader', { name: /Evidence/ })).toHaveAttribute('aria-sort', 'descending');
    expect(column(5)[0]).toBe('3');
    await user.click(within(table()).getByRole('button', { name: /Source/ }));
    expect(column(0)[0]).toBe('Emmanuel Macron');
  });

  it('selects the edge of a row by click or Enter', async () => {
    const { user, store } = renderWithStore(<RelationshipTable />);
    await user.click(bodyRows()[0]!);
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'e1' });
    bodyRows()[1]!.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'e3' });
    expect(bodyRows()[1]).toHaveAttribute('aria-selected', 'true');
  });
});
