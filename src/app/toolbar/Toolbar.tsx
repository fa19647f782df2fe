/** Layout choice, re-layout, PNG export and opening a graph file from disk. */
import { LAYOUTS, type LayoutName } from '../../model/viewState';
import { loadGraphFromFile } from '../loading/loadGraph';
import { useActions, useAppState, useStoreApi } from '../store/StoreProvider';
import type { AppStore } from '../store/types';

const selectLayout = (s: AppStore) => s.layout;
const selectView = (s: AppStore) => s.view;

export function Toolbar({ onExport }: { onExport: () => void }) {
  const store = useStoreApi();
  const layout = useAppState(selectLayout);
  const view = useAppState(selectView);
  const { setLayout, relayout } = useActions();
  const network = view === 'network';
  return (
    <div className="row" role="toolbar" aria-label="Graph tools">
      <label>
        Layout{' '}
        <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((l) => (
            <option key={l.name} value={l.name}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={relayout} disabled={!network} title="Run the chosen layout again">
        Re-layout
      </button>
      <button type="button" onClick={onExport} disabled={!network} aria-haspopup="dialog">
        Export PNG
      </button>
      <label>
        Open graph file{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void loadGraphFromFile(store, file);
            e.target.value = '';
          }}
        />
      </label>
    </div>
  );
}
