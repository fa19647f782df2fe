/** The "Export PNG" dialog: collects options, calls the export utility, reports a reduced scale or an error. */
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { graphIndex } from '../../model/filters';
import { useAppState } from '../store/StoreProvider';
import { selectFilters, selectGraph } from '../store/selectors';
import { download, EXPORT_SCALES, exportPng, WHOLE_GRAPH_MAX_PIXELS, type ExportOptions, type ExportResult, type ExportScale } from './exportPng';
import { trapTab } from '../a11y/focusTrap';

/** What the dialog says after a download: the file name, and why the scale was lowered if it was. */
export function exportNotice(result: ExportResult, requested: number): string {
  if (result.cappedTo != null) {
    const mp = WHOLE_GRAPH_MAX_PIXELS / 1_000_000;
    return `The whole graph at ${requested}× would be a very large image, slow to draw, so it was scaled down to ${result.cappedTo.toFixed(2)}× (at most ${mp} megapixels). Saved ${result.fileName}.`;
  }
  if (result.reducedTo !== null) {
    return `The image would exceed the browser's canvas limits at ${requested}×, so it was scaled down to ${result.reducedTo.toFixed(2)}×. Saved ${result.fileName}.`;
  }
  return `Saved ${result.fileName}.`;
}

export interface ExportDialogProps {
  readonly cy: Core | null;
  readonly onClose: () => void;
}

export default function ExportDialog({ cy, onClose }: ExportDialogProps) {
  const graph = useAppState(selectGraph);
  const filters = useAppState(selectFilters);
  const [options, setOptions] = useState<ExportOptions>({ full: false, scale: 2, background: 'white' });
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  // Focus moves into the dialog on open and back to what opened it on close.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    first.current?.focus();
    return () => opener?.focus();
  }, []);

  const run = async () => {
    if (!cy || !graph) {
      setError('Switch to the Network view to export an image.');
      return;
    }
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const result = await exportPng(cy, options, filters, graphIndex(graph).yearBounds);
      download(result.blob, result.fileName);
      setNotice(exportNotice(result, options.scale));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const radio = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K], label: string, ref?: typeof first) => (
    <label>
      <input ref={ref} type="radio" name={`export-${key}`} checked={options[key] === value} onChange={() => setOptions((o) => ({ ...o, [key]: value }))} /> {label}
    </label>
  );

  return (
    <div className="dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        className="dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          trapTab(e, e.currentTarget);
        }}
      >
        <h2 id="export-title">Export PNG</h2>
        <fieldset>
          <legend>Area</legend>
          {radio('full', false, 'Current view', first)}
          {radio('full', true, 'Whole graph')}
        </fieldset>
        <fieldset>
          <legend>Scale</legend>
          {EXPORT_SCALES.map((s) => (
            <span key={s}>{radio('scale', s as ExportScale, `${s}×`)}</span>
          ))}
        </fieldset>
        <fieldset>
          <legend>Background</legend>
          {radio('background', 'white', 'White')}
          {radio('background', 'transparent', 'Transparent')}
        </fieldset>
        <p role="status">{notice}</p>
        {error && <p role="alert">{error}</p>}
        <div className="row">
          <button type="button" onClick={run} disabled={busy}>
            {busy ? 'Exporting…' : 'Download PNG'}
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
