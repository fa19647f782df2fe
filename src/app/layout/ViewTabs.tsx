/** The Network / Table tabs (ARIA tabs pattern: arrow keys move between tabs, the panel follows). */
import type { KeyboardEvent } from 'react';
import { VIEWS, type ViewName } from '../../model/viewState';
import { useActions, useAppState } from '../store/StoreProvider';
import type { AppStore } from '../store/types';

const LABELS: Record<ViewName, string> = { network: 'Network', table: 'Table' };
const selectView = (s: AppStore) => s.view;

export const tabId = (v: ViewName) => `tab-${v}`;
export const panelId = (v: ViewName) => `panel-${v}`;

export function ViewTabs() {
  const view = useAppState(selectView);
  const { setView } = useActions();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = VIEWS[(VIEWS.indexOf(view) + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!;
    setView(next);
    document.getElementById(tabId(next))?.focus();
    event.preventDefault();
  };
  return (
    <div role="tablist" aria-label="Views" className="tabs" onKeyDown={onKeyDown}>
      {VIEWS.map((v) => (
        <button key={v} id={tabId(v)} type="button" role="tab" aria-selected={v === view} aria-controls={panelId(v)} tabIndex={v === view ? 0 : -1} onClick={() => setView(v)}>
          {LABELS[v]}
        </button>
      ))}
    </div>
  );
}
