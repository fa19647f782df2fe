// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UrlController } from '../../../src/app/controllers/UrlController';
import { renderWithStore } from '../testUtils';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('UrlController', () => {
  it('pushes committed changes into the query string', () => {
    const { store } = renderWithStore(<UrlController />);
    const before = window.history.length;
    act(() => store.getState().actions.setAllDomains(false));
    act(() => store.getState().actions.setDomain('cyber', true));
    act(() => store.getState().actions.select({ kind: 'node', id: 'FRA' }));
    expect(window.location.search).toBe('?domains=cyber&node=FRA');
    expect(window.history.length).toBe(before + 3);
  });

  it('replaces the entry during playback instead of pushing one per year', () => {
    const { store } = renderWithStore(<UrlController />);
    act(() => store.getState().actions.play());
    const length = window.history.length;
    act(() => store.getState().actions.stepPlayback());
    act(() => store.getState().actions.stepPlayback());
    expect(window.location.search).toBe('?from=2017&to=2019');
    expect(window.history.length).toBe(length);
  });

  it('restores the state from the URL on back/forward, with a notice for invalid values', () => {
    const { store } = renderWithStore(<UrlController />);
    act(() => {
      window.history.pushState(null, '', '/?view=table&relations=support&edge=e3&layout=bogus');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    const s = store.getState();
    expect(s.view).toBe('table');
    expect(s.filters.relations).toEqual(['support']);
    expect(s.selection).toEqual({ kind: 'edge', id: 'e3' });
    expect(s.layout).toBe('force');
    expect(s.notices).toEqual(['Ignored layout=bogus in the URL: expected one of force, concentric, circle, grid.']);
  });
});
