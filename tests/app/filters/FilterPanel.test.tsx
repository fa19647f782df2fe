// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FilterPanel } from '../../../src/app/filters/FilterPanel';
import { StatusLine } from '../../../src/app/layout/StatusLine';
import { DOMAIN_INFO, RELATIONS } from '../../../src/model/vocabulary';
import { smallGraph } from '../../fixtures/smallGraph';
import { renderWithStore } from '../testUtils';

const ui = (
  <>
    <StatusLine />
    <FilterPanel />
  </>
);
const panel = () => screen.getByRole('complementary', { name: 'Filters' });
const domains = () => within(panel()).getByRole('group', { name: 'Domains' });
const status = () => screen.getByRole('status');

describe('FilterPanel', () => {
  it('has one checkbox per domain, named by label and count', () => {
    renderWithStore(ui);
    const boxes = within(domains()).getAllByRole('checkbox');
    expect(boxes).toHaveLength(DOMAIN_INFO.length);
    expect(within(domains()).getByRole('checkbox', { name: 'Defence (10)' })).toBeChecked();
    expect(within(domains()).getByRole('checkbox', { name: 'Culture (0)' })).toBeChecked();
  });

  it('filters by domain and updates the status line and the other counts', async () => {
    const { user } = renderWithStore(ui);
    await user.click(within(domains()).getByRole('button', { name: 'No domains' }));
    expect(status()).toHaveTextContent(`Showing 0 of ${smallGraph.edges.length} relationships and 14 of 14 actors`);
    await user.click(within(domains()).getByRole('checkbox', { name: /^Cyber/ }));
    expect(status()).toHaveTextContent('Showing 2 of 18 relationships');
    // Counts are under the other filters: Defence still says how many it would add.
    expect(within(domains()).getByRole('checkbox', { name: 'Defence (10)' })).not.toBeChecked();
    await user.click(within(domains()).getByRole('button', { name: 'All domains' }));
    expect(status()).toHaveTextContent('Showing 18 of 18 relationships');
  });

  it('narrows the years and shows the histogram', async () => {
    const { user } = renderWithStore(ui);
    const years = within(panel()).getByRole('group', { name: 'Years' });
    expect(within(years).getByRole('img', { name: 'Relationships per year' })).toBeInTheDocument();
    const from = within(years).getByRole('spinbutton', { name: 'From year' });
    await user.clear(from);
    await user.type(from, '2023');
    expect(status()).toHaveTextContent('Showing 6 of 18 relationships');
    const to = within(years).getByRole('spinbutton', { name: 'To year' });
    await user.clear(to);
    await user.type(to, '2023');
    expect(status()).toHaveTextContent('Showing 3 of 18 relationships');
  });

  it('plays through the years and pauses', async () => {
    const { user, store } = renderWithStore(ui);
    const years = within(panel()).getByRole('group', { name: 'Years' });
    await user.selectOptions(within(years).getByRole('combobox', { name: 'Playback' }), 'Only that year');
    expect(within(years).getByRole('combobox', { name: 'Speed' })).toBeInTheDocument();
    await user.click(within(years).getByRole('button', { name: 'Play' }));
    expect(store.getState().filters.years).toEqual({ from: 2017, to: 2017 });
    expect(within(years).getByRole('spinbutton', { name: 'To year' })).toHaveValue(2017);
    act(() => store.getState().actions.stepPlayback());
    expect(within(years).getByRole('spinbutton', { name: 'From year' })).toHaveValue(2018);
    await user.click(within(years).getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(within(years).getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('filters by relation type, actor type, evidence and isolation, then resets', async () => {
    const { user, store } = renderWithStore(ui);
    const relations = within(panel()).getByRole('group', { name: 'Relation types' });
    expect(within(relations).getAllByRole('checkbox')).toHaveLength(RELATIONS.length);
    await user.click(within(relations).getByRole('checkbox', { name: 'Support' }));
    expect(status()).toHaveTextContent('Showing 13 of 18 relationships');
    const types = within(panel()).getByRole('group', { name: 'Actor types' });
    await user.click(within(types).getByRole('checkbox', { name: 'Person' }));
    expect(status()).toHaveTextContent('Showing 12 of 18 relationships and 12 of 14 actors');
    const minimum = within(panel()).getByRole('spinbutton', { name: 'Minimum evidence' });
    await user.clear(minimum);
    await user.type(minimum, '2');
    expect(status()).toHaveTextContent('Showing 1 of 18 relationships');
    await user.click(within(panel()).getByRole('checkbox', { name: 'Hide actors with no visible relationship' }));
    expect(status()).toHaveTextContent('Showing 1 of 18 relationships and 2 of 14 actors');
    await user.click(within(panel()).getByRole('button', { name: 'Reset filters' }));
    expect(status()).toHaveTextContent('Showing 18 of 18 relationships and 14 of 14 actors');
    expect(store.getState().filters.hideIsolated).toBe(false);
  });

  it('is operable from the keyboard', async () => {
    const { user } = renderWithStore(ui);
    await user.tab(); // search
    await user.tab(); // All domains
    await user.tab(); // No domains
    await user.keyboard('{Enter}');
    expect(status()).toHaveTextContent('Showing 0 of 18');
    await user.tab();
    await user.keyboard(' ');
    expect(within(domains()).getByRole('checkbox', { name: /^Defence/ })).toBeChecked();
  });
});
