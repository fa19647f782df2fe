/**
 * Store ↔ URL. Committed changes push a history entry (playback steps and the first sync after a load replace
 * it, so "back" neither walks through every year nor lands on a half-loaded page); back/forward re-apply the
 * URL, and a changed `graph` value loads that graph.
 */
import { useEffect } from 'react';
import type { Graph } from '../../model/schema';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../model/urlState';
import { DEFAULT_GRAPH_URL, loadGraphFromUrl } from '../loading/loadGraph';
import { useStoreApi } from '../store/StoreProvider';
import type { AppState } from '../store/types';

/** The shareable part of the state. */
export const toUrlState = (s: AppState): UrlState => ({ graph: s.graphUrl, filters: s.filters, selection: s.selection, layout: s.layout, view: s.view });

export function UrlController() {
  const store = useStoreApi();

  useEffect(() => {
    let syncedGraph: Graph | null = null;
    const sync = (state: AppState) => {
      if (state.loadStatus !== 'ready' || !state.graph) return;
      const firstForGraph = state.graph !== syncedGraph;
      syncedGraph = state.graph;
      const search = encodeUrlState(toUrlState(state));
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (state.playing || firstForGraph) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    };
    sync(store.getState());
    return store.subscribe(sync);
  }, [store]);

  useEffect(() => {
    const onPopState = () => {
      const { state: url, notices } = decodeUrlState(window.location.search);
      const current = store.getState();
      current.actions.applyUrlState(url, notices);
      if (url.graph !== current.graphUrl) void loadGraphFromUrl(store, url.graph ?? DEFAULT_GRAPH_URL);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [store]);

  return null;
}
