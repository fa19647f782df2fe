// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { renderWithStore } from './testUtils';

vi.mock('../../src/app/canvas/GraphCanvas', () => ({ default: () => <div role="application" aria-label="Network graph" /> }));

describe('App views and toolbar', () => {
  it('switches between the network and the table with the tabs, by mouse and arrow keys', async () => {
    const { user, store } = renderWithStore(<App />);
    const tabs = screen.getByRole('tablist');
    expect(within(tabs).getByRole('tab', { name: 'Network' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('application', { name: 'Network graph' })).toBeVisible();
    await user.click(within(tabs).getByRole('tab', { name: 'Table' }));
    expect(screen.getByRole('table', { name: 'Relationships' })).toBeInTheDocument();
    expect(store.getState().view).toBe('table');
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().view).toBe('network');
    expect(within(tabs).getByRole('tab', { name: 'Network' })).toHaveFocus();
  });

  it('chooses a layout, asks for a re-layout and opens the export dialog', async () => {
    const { user, store } = renderWithStore(<App />);
    const layout = screen.getByRole('combobox', { name: 'Layout' });
    expect(within(layout).getAllByRole('option').map((o) => o.textContent)).toEqual(['Force-directed', 'Concentric by degree', 'Circle', 'Grid']);
    await user.selectOptions(layout, 'Circle');
    expect(store.getState()).toMatchObject({ layout: 'circle', layoutRun: 1 });
    await user.click(screen.getByRole('button', { name: 'Re-layout' }));
    expect(store.getState().layoutRun).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Export PNG' }));
    expect(await screen.findByRole('dialog', { name: 'Export PNG' })).toBeInTheDocument();
    expect(screen.getByLabelText('Open graph file')).toHaveAttribute('type', 'file');
  });

  it('has the contract landmarks', () => {
    renderWithStore(<App />);
    expect(screen.getByRole('complementary', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Details' })).toBeInTheDocument();
  });
});

describe('Export dialog focus', () => {
  it('moves focus into the dialog and back to the Export PNG button on Escape', async () => {
    const { user } = renderWithStore(<App />);
    const button = screen.getByRole('button', { name: 'Export PNG' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Export PNG' });
    expect(within(dialog).getByRole('radio', { name: 'Current view' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
