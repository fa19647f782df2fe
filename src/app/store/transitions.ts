/**
 * The store's transitions as pure functions `(state, payload) => state`, tested without React. The store wires
 * each into `set`; nothing here touches the DOM, the URL or cytoscape.
 */
import { DEFAULT_FILTERS, graphIndex, inVocabularyOrder, type Filters, type YearRange } from '../../model/filters';
import type { Graph } from '../../model/schema';
import type { UrlState } from '../../model/urlState';
import type { LayoutName, Selection } from '../../model/viewState';
import { DOMAINS, NODE_TYPES, RELATION_TYPES, type Domain, type NodeType, type RelationType } from '../../model/vocabulary';
import type { AppState, PlayMode } from './types';

const withFilters = (state: AppState, patch: Partial<Filters>): AppState => ({ ...state, filters: { ...state.filters, ...patch } });

const toggled = <T>(vocabulary: readonly T[], current: readonly T[], item: T, on: boolean): T[] =>
  inVocabularyOrder(vocabulary, on ? [...current, item] : current.filter((x) => x !== item));

const boundsOf = (state: AppState): YearRange | null => (state.graph ? graphIndex(state.graph).yearBounds : null);

/** Clamps a range to the graph's years; null when nothing of it is left. */
export function clampYears(years: YearRange | null, bounds: YearRange | null): YearRange | null {
  if (!years || !bounds) return null;
  const from = Math.max(years.from, bounds.from);
  const to = Math.min(years.to, bounds.to);
  return from <= to ? { from, to } : null;
}

function selectionExists(graph: Graph, selection: Selection): boolean {
  const items: ReadonlyArray<{ id: string }> = selection.kind === 'node' ? graph.nodes : graph.edges;
  return items.some((x) => x.id === selection.id);
}

export const loadStarted = (state: AppState, source: string): AppState => ({ ...state, graphSource: source, loadStatus: 'loading', loadError: null });

/** A new graph: years clamped to its range, a selection it does not contain dropped with a notice. */
export function graphLoaded(state: AppState, graph: Graph, source: string, url: string | null = null): AppState {
  const notices = [...state.notices];
  const bounds = graphIndex(graph).yearBounds;
  const years = clampYears(state.filters.years, bounds);
  if (state.filters.years && !years) notices.push(`The year range asked for is outside the graph's years; showing all years.`);
  let selection = state.selection;
  if (selection && !selectionExists(graph, selection)) {
    notices.push(`No ${selection.kind} "${selection.id}" in ${source}; nothing is selected.`);
    selection = null;
  }
  return { ...state, graph, graphSource: source, graphUrl: url, loadStatus: 'ready', loadError: null, selection, notices, filters: { ...state.filters, years }, playing: false };
}

export const graphFailed = (state: AppState, message: string): AppState => ({ ...state, loadStatus: 'error', loadError: message });

export const setDomain = (state: AppState, domain: Domain, on: boolean): AppState =>
  withFilters(state, { domains: toggled(DOMAINS, state.filters.domains, domain, on) });

export const setAllDomains = (state: AppState, on: boolean): AppState => withFilters(state, { domains: on ? DOMAINS : [] });

/** A range set by the user; one covering all the graph's years means "all years", undated relationships included. */
export function setYears(state: AppState, years: YearRange | null): AppState {
  const bounds = boundsOf(state);
  if (!years || !bounds) return withFilters(state, { years: null });
  const from = Math.min(Math.max(years.from, bounds.from), bounds.to);
  const to = Math.max(Math.min(years.to, bounds.to), from);
  const all = from === bounds.from && to === bounds.to;
  return withFilters(state, { years: all ? null : { from, to } });
}

export const setRelation = (state: AppState, relation: RelationType, on: boolean): AppState =>
  withFilters(state, { relations: toggled(RELATION_TYPES, state.filters.relations, relation, on) });

export const setNodeType = (state: AppState, type: NodeType, on: boolean): AppState =>
  withFilters(state, { nodeTypes: toggled(NODE_TYPES, state.filters.nodeTypes, type, on) });

export const setMinEvidence = (state: AppState, value: number): AppState =>
  withFilters(state, { minEvidence: Number.isFinite(value) ? Math.max(1, Math.floor(value)) : DEFAULT_FILTERS.minEvidence });

export const setHideIsolated = (state: AppState, on: boolean): AppState => withFilters(state, { hideIsolated: on });

export const resetFilters = (state: AppState, initialFilters: Filters = DEFAULT_FILTERS): AppState => ({ ...state, filters: initialFilters, playing: false });

export const select = (state: AppState, selection: Selection | null, focus = false): AppState => ({
  ...state,
  selection,
  focusRequest: focus ? state.focusRequest + 1 : state.focusRequest,
});

export const setLayout = (state: AppState, layout: LayoutName): AppState =>
  layout === state.layout ? state : { ...state, layout, layoutRun: state.layoutRun + 1 };

export const relayout = (state: AppState): AppState => ({ ...state, layoutRun: state.layoutRun + 1 });

/** The range that shows `year` in the given playback mode. */
export function playbackRange(year: number, mode: PlayMode, bounds: YearRange): YearRange {
  return mode === 'only' ? { from: year, to: year } : { from: bounds.from, to: year };
}

/** The year playback is at: the one shown (only) or the last one shown (up to); null when not stepping. */
function playbackYear(filters: Filters, mode: PlayMode): number | null {
  if (!filters.years) return null;
  return mode === 'only' ? filters.years.from : filters.years.to;
}

/** Starts playback; from the first year unless it is paused part-way through. */
export function play(state: AppState): AppState {
  const bounds = boundsOf(state);
  if (!bounds) return state;
  const current = playbackYear(state.filters, state.playMode);
  const resume = current !== null && Number.isFinite(current) && current < bounds.to && (state.playMode === 'upTo' || state.filters.years!.from === state.filters.years!.to);
  const year = resume ? current : bounds.from;
  return { ...withFilters(state, { years: playbackRange(year, state.playMode, bounds) }), playing: true };
}

export const pause = (state: AppState): AppState => ({ ...state, playing: false });

/** One year forward; playback stops on the graph's last year. */
export function stepPlayback(state: AppState): AppState {
  const bounds = boundsOf(state);
  if (!bounds) return { ...state, playing: false };
  const current = playbackYear(state.filters, state.playMode);
  const next = current === null || !Number.isFinite(current) ? bounds.from : current + 1;
  if (next > bounds.to) return { ...state, playing: false };
  const stepped = withFilters(state, { years: playbackRange(next, state.playMode, bounds) });
  return next === bounds.to ? { ...stepped, playing: false } : stepped;
}

/** Switching mode while stepping keeps the current year. */
export function setPlayMode(state: AppState, mode: PlayMode): AppState {
  const bounds = boundsOf(state);
  const current = playbackYear(state.filters, state.playMode);
  const next = { ...state, playMode: mode };
  if (!bounds || current === null || !Number.isFinite(current) || (!state.playing && mode === state.playMode)) return next;
  return state.playing ? withFilters(next, { years: playbackRange(current, mode, bounds) }) : next;
}

export const setSpeed = (state: AppState, ms: number): AppState => ({ ...state, speedMs: ms });

/** State from the URL (start-up or back/forward). The graph source is the loader's business, not this one's. */
export function applyUrlState(state: AppState, url: UrlState, notices: readonly string[]): AppState {
  const bounds = boundsOf(state);
  const years = state.graph ? clampYears(url.filters.years, bounds) : url.filters.years;
  let selection = url.selection;
  const extra: string[] = [];
  if (state.graph && selection && !selectionExists(state.graph, selection)) {
    extra.push(`No ${selection.kind} "${selection.id}" in ${state.graphSource ?? 'the graph'}; nothing is selected.`);
    selection = null;
  }
  return {
    ...state,
    filters: { ...url.filters, years },
    selection,
    view: url.view,
    layout: url.layout,
    layoutRun: url.layout === state.layout ? state.layoutRun : state.layoutRun + 1,
    playing: false,
    notices: [...state.notices, ...notices, ...extra],
  };
}

export const dismissNotice = (state: AppState, index: number): AppState => ({ ...state, notices: state.notices.filter((_, i) => i !== index) });
