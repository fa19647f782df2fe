/** The React side of the store: a context carrying one store, and hooks reading it through selectors. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStoreApi } from './createAppStore';
import type { AppActions, AppStore } from './types';

const StoreContext = createContext<AppStoreApi | null>(null);

export function StoreProvider({ store, children }: { store: AppStoreApi; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStoreApi(): AppStoreApi {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi: no StoreProvider above this component');
  return store;
}

/** Reads one value from the store; the component re-renders only when that value changes. */
export function useAppState<T>(selector: (state: AppStore) => T): T {
  return useStore(useStoreApi(), selector);
}

const selectActions = (s: AppStore) => s.actions;
export const useActions = (): AppActions => useAppState(selectActions);
