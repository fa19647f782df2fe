/**
 * `createAppStore(initial)`: a fresh zustand (vanilla) store per app and per test. Each action applies one
 * pure transition from `transitions.ts`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { INITIAL_STATE } from './initialState';
import * as t from './transitions';
import type { AppActions, AppState, AppStore } from './types';

export type AppStoreApi = StoreApi<AppStore>;

export function createAppStore(initial: Partial<AppState> = {}): AppStoreApi {
  return createStore<AppStore>()((set) => {
    const apply = (transition: (state: AppState) => AppState) => set((store) => transition(store));
    const actions: AppActions = {
      loadStarted: (source) => apply((s) => t.loadStarted(s, source)),
      graphLoaded: (graph, source, url) => apply((s) => t.graphLoaded(s, graph, source, url ?? null)),
      graphFailed: (message) => apply((s) => t.graphFailed(s, message)),
      setDomain: (domain, on) => apply((s) => t.setDomain(s, domain, on)),
      setAllDomains: (on) => apply((s) => t.setAllDomains(s, on)),
      setYears: (years) => apply((s) => t.setYears(s, years)),
      setRelation: (relation, on) => apply((s) => t.setRelation(s, relation, on)),
      setNodeType: (type, on) => apply((s) => t.setNodeType(s, type, on)),
      setMinEvidence: (value) => apply((s) => t.setMinEvidence(s, value)),
      setHideIsolated: (on) => apply((s) => t.setHideIsolated(s, on)),
      resetFilters: () => apply((s) => t.resetFilters(s)),
      select: (selection, options) => apply((s) => t.select(s, selection, options?.focus)),
      setView: (view) => apply((s) => ({ ...s, view })),
      setLayout: (layout) => apply((s) => t.setLayout(s, layout)),
      relayout: () => apply(t.relayout),
      play: () => apply(t.play),
      pause: () => apply(t.pause),
      stepPlayback: () => apply(t.stepPlayback),
      setPlayMode: (mode) => apply((s) => t.setPlayMode(s, mode)),
      setSpeed: (ms) => apply((s) => t.setSpeed(s, ms)),
      applyUrlState: (url, notices) => apply((s) => t.applyUrlState(s, url, notices)),
      dismissNotice: (index) => apply((s) => t.dismissNotice(s, index)),
    };
    return { ...INITIAL_STATE, ...initial, actions };
  });
}
