/** The explorer's shell: toolbar, filters, the network/table views and the details panel. */
import type { Core } from 'cytoscape';
import { lazy, Suspense, useEffect, useState } from 'react';
import { PlaybackController } from './controllers/PlaybackController';
import { UrlController } from './controllers/UrlController';
import { DetailsPanel } from './details/DetailsPanel';
import { FilterPanel } from './filters/FilterPanel';
import { EmptyState } from './layout/EmptyState';
import { Notices } from './layout/Notices';
import { StatusLine } from './layout/StatusLine';
import { panelId, tabId, ViewTabs } from './layout/ViewTabs';
import { useAppState } from './store/StoreProvider';
import { selectVisible } from '../model/filters';
import type { AppStore } from './store/types';
import { RelationshipTable } from './table/RelationshipTable';
import { Toolbar } from './toolbar/Toolbar';

// cytoscape is the heaviest dependency and the export dialog is rarely used: both load on demand.
type GraphCanvasComponent = typeof import('./canvas/GraphCanvas').default;
let canvasModule: Promise<GraphCanvasComponent> | null = null;
const loadCanvas = (): Promise<GraphCanvasComponent> => (canvasModule ??= import('./canvas/GraphCanvas').then((module) => module.default));
/** Starts downloading the canvas while the graph file is still being fetched, instead of after it. */
export const prefetchCanvas = (): void => void loadCanvas();

/**
 * The canvas component, or null until its chunk has loaded. Not `lazy` + Suspense: the graph usually arrives
 * while the prefetched chunk waits to run behind the graph's parsing, so the lazy canvas suspended, and React
 * holds content back after a fallback (its fallback throttle, ~300 ms): the main thread sat idle in every load of
 * a big graph.
 */
function useGraphCanvas(): GraphCanvasComponent | null {
  const [component, setComponent] = useState<{ current: GraphCanvasComponent } | null>(null);
  useEffect(() => {
    let live = true;
    void loadCanvas().then((current) => live && setComponent({ current }));
    return () => {
      live = false;
    };
  }, []);
  return component?.current ?? null;
}
const ExportDialog = lazy(() => import('./export/ExportDialog'));

const selectLoadStatus = (s: AppStore) => s.loadStatus;
const selectGraphSource = (s: AppStore) => s.graphSource;
const selectView = (s: AppStore) => s.view;
/**
 * Whether the filters hide every relationship: a boolean, so a filter change does not re-render the whole app (and
 * with it the canvas and every controller) unless this flips.
 */
const selectNothingMatches = (s: AppStore): boolean => {
  if (!s.graph) return false;
  const visible = selectVisible(s.graph, s.filters);
  return visible.edgeIds.size === 0 && visible.totalEdges > 0;
};

export function App({ syncUrl = false }: { syncUrl?: boolean }) {
  const loadStatus = useAppState(selectLoadStatus);
  const graphSource = useAppState(selectGraphSource);
  const view = useAppState(selectView);
  const nothingMatches = useAppState(selectNothingMatches);
  const [cy, setCy] = useState<Core | null>(null);
  const [exporting, setExporting] = useState(false);
  const ready = loadStatus === 'ready';
  const GraphCanvas = useGraphCanvas();

  return (
    <div className="app">
      <header className="toolbar">
        <h1>IR network explorer</h1>
        <Toolbar onExport={() => setExporting(true)} />
      </header>
      <Notices />
      <main className="main">
        <FilterPanel />
        <section className="centre" aria-label="Graph">
          <StatusLine />
          {loadStatus === 'loading' && <p className="loading">Loading {graphSource}…</p>}
          <ViewTabs />
          <div className="view-area">
            <div role="tabpanel" id={panelId('network')} aria-labelledby={tabId('network')} className="tab-panel" hidden={view !== 'network'}>
              {ready &&
                (GraphCanvas ? (
                  // eslint-disable-next-line react-hooks/static-components -- the chunk's export: one component, the same on every render
                  <GraphCanvas onCy={setCy} />
                ) : (
                  <p className="loading">Loading the network view…</p>
                ))}
            </div>
            <div role="tabpanel" id={panelId('table')} aria-labelledby={tabId('table')} className="tab-panel" hidden={view !== 'table'}>
              {ready && view === 'table' && <RelationshipTable />}
            </div>
            {nothingMatches && <EmptyState />}
          </div>
        </section>
        <DetailsPanel />
      </main>
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog cy={cy} onClose={() => setExporting(false)} />
        </Suspense>
      )}
      <PlaybackController />
      {syncUrl && <UrlController />}
    </div>
  );
}
