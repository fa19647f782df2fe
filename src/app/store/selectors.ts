/** Module-level selectors and hooks for derived data (computed from the store, never stored twice). */
import { useMemo } from 'react';
import { graphIndex, selectVisible, type GraphIndex, type Visible } from '../../model/filters';
import type { Graph } from '../../model/schema';
import { useAppState } from './StoreProvider';
import type { AppStore } from './types';

export const selectGraph = (s: AppStore) => s.graph;
export const selectFilters = (s: AppStore) => s.filters;
export const selectSelection = (s: AppStore) => s.selection;

/** What the filters let through, or null while no graph is loaded. Memoised in `selectVisible`. */
export function useVisible(): Visible | null {
  const graph = useAppState(selectGraph);
  const filters = useAppState(selectFilters);
  return graph ? selectVisible(graph, filters) : null;
}

export function useGraphIndex(): GraphIndex | null {
  const graph = useAppState(selectGraph);
  return graph ? graphIndex(graph) : null;
}

export interface Lookup {
  readonly nodeById: ReadonlyMap<string, Graph['nodes'][number]>;
  readonly edgeById: ReadonlyMap<string, Graph['edges'][number]>;
  readonly documentById: ReadonlyMap<string, Graph['documents'][number]>;
}

const lookupCache = new WeakMap<Graph, Lookup>();

/** Id → item maps, built once per graph. */
export function lookupOf(graph: Graph): Lookup {
  let lookup = lookupCache.get(graph);
  if (!lookup) {
    lookup = {
      nodeById: new Map(graph.nodes.map((n) => [n.id, n])),
      edgeById: new Map(graph.edges.map((e) => [e.id, e])),
      documentById: new Map(graph.documents.map((d) => [d.id, d])),
    };
    lookupCache.set(graph, lookup);
  }
  return lookup;
}

export function useLookup(): Lookup | null {
  const graph = useAppState(selectGraph);
  return useMemo(() => (graph ? lookupOf(graph) : null), [graph]);
}
