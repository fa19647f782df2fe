/** One render helper for component tests: a fresh store (optionally with a graph loaded) around the UI. */
import { cleanup, render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { createAppStore, type AppStoreApi } from '../../src/app/store/createAppStore';
import { StoreProvider } from '../../src/app/store/StoreProvider';
import type { AppState } from '../../src/app/store/types';
import type { Graph } from '../../src/model/schema';
import { smallGraph } from '../fixtures/smallGraph';

// Without vitest globals, Testing Library cannot register its own cleanup.
afterEach(cleanup);

export interface RenderWithStoreOptions {
  /** The graph to load first; `null` for none. Defaults to the small fixture graph. */
  readonly graph?: Graph | null;
  readonly initial?: Partial<AppState>;
}

export function renderWithStore(ui: ReactElement, { graph = smallGraph, initial }: RenderWithStoreOptions = {}): RenderResult & { store: AppStoreApi; user: ReturnType<typeof userEvent.setup> } {
  const store = createAppStore(initial);
  if (graph) store.getState().actions.graphLoaded(graph, 'fixture.json');
  const user = userEvent.setup();
  return { store, user, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
