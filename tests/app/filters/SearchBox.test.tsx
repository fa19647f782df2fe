// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../../src/app/filters/SearchBox';
import { renderWithStore } from '../testUtils';

describe('SearchBox', () => {
  it('suggests actors by label or alias and selects the one clicked, asking the canvas to centre it', async () => {
    const { user, store } = renderWithStore(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search actors' });
    await user.type(box, 'kyiv');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('option', { name: 'Ukraine' }));
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'UKR' });
    expect(store.getState().focusRequest).toBe(1);
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('works with arrow keys and Enter', async () => {
    const { user, store } = renderWithStore(<SearchBox />);
    await user.type(screen.getByRole('combobox', { name: 'Search actors' }), 'united');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['United Nations', 'United States']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'USA' });
  });

  it('closes on Escape and shows nothing for no match', async () => {
    const { user } = renderWithStore(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search actors' });
    await user.type(box, 'fra');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.clear(box);
    await user.type(box, 'zzz');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });
});
