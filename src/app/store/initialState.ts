/** The one place the explorer's initial state is written down. */
import { DEFAULT_FILTERS } from '../../model/filters';
import { DEFAULT_LAYOUT, DEFAULT_VIEW } from '../../model/viewState';
import type { AppState } from './types';

export const SPEEDS: ReadonlyArray<{ readonly label: string; readonly ms: number }> = [
  { label: 'Slow', ms: 1600 },
  { label: 'Normal', ms: 900 },
  { label: 'Fast', ms: 400 },
];

export const INITIAL_STATE: AppState = {
  graph: null,
  graphSource: null,
  graphUrl: null,
  loadStatus: 'idle',
  loadError: null,
  filters: DEFAULT_FILTERS,
  selection: null,
  focusRequest: 0,
  view: DEFAULT_VIEW,
  layout: DEFAULT_LAYOUT,
  layoutRun: 0,
  playing: false,
  playMode: 'upTo',
  speedMs: 900,
  notices: [],
};
