/** The explorer's shell: toolbar, filters, the network/table views and the details panel. */
import type { Core } from 'cytoscape';
import { lazy, Suspense, useState } from 'react';
import { EmptyState } from './layout/EmptyState';
import { Notices } from './layout/Notices';
import { StatusLine } from './layout/StatusLine';
import { useAppState } from './store/StoreProvider';
import { useVisible } from './store/selectors';
import type { AppStore } from './store/types';

const GraphCanvas = lazy(() => import('./canvas/GraphCanvas'));

const selectLoadStatus = (s: AppStore) => s.loadStatus;
const selectGraphSource = (s: AppStore) => s.graphSource;

export function App() {
  const loadStatus = useAppState(selectLoadStatus);
  const graphSource = useAppState(selectGraphSource);
  const visible = useVisible();
  const [, setCy] = useState<Core | null>(null);
  const nothingMatches = visible !== null && visible.edgeIds.size === 0 && visible.totalEdges > 0;

  return (
    <div className="app">
      <header className="toolbar">
        <h1>IR network explorer</h1>
      </header>
      <Notices />
      <main className="main">
        <section className="centre" aria-label="Graph">
          <StatusLine />
          {loadStatus === 'loading' && <p className="loading">Loading {graphSource}…</p>}
          <div className="view-area">
            {loadStatus === 'ready' && (
              <Suspense fallback={<p className="loading">Loading the network view…</p>}>
                <GraphCanvas onCy={setCy} />
              </Suspense>
            )}
            {nothingMatches && <EmptyState />}
          </div>
        </section>
      </main>
    </div>
  );
}
