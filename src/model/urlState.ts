/**
 * The shareable part of the explorer's state, to and from a URL query string. Pure: the UrlController does the
 * history calls. Invalid values fall back to their defaults and are reported as notices, never thrown.
 */
import { DEFAULT_FILTERS, inVocabularyOrder, sameMembers, type Filters } from './filters';
import { DEFAULT_LAYOUT, DEFAULT_VIEW, LAYOUT_NAMES, VIEWS, type LayoutName, type Selection, type ViewName } from './viewState';
import { DOMAINS, NODE_TYPES, RELATION_TYPES } from './vocabulary';

export interface UrlState {
  /** The graph file's URL; null for the default graph. */
  readonly graph: string | null;
  readonly filters: Filters;
  readonly selection: Selection | null;
  readonly layout: LayoutName;
  readonly view: ViewName;
}

export const DEFAULT_URL_STATE: UrlState = {
  graph: null,
  filters: DEFAULT_FILTERS,
  selection: null,
  layout: DEFAULT_LAYOUT,
  view: DEFAULT_VIEW,
};

export interface DecodedUrlState {
  readonly state: UrlState;
  /** One sentence per value that was ignored, naming the key, the value and the problem. */
  readonly notices: string[];
}

const YEAR = /^-?\d{1,4}$/;

/**
 * Reads a query string (with or without the leading "?"). A year range given by one end only is open on the
 * other (±Infinity); the app clamps it to the graph's years.
 */
export function decodeUrlState(search: string): DecodedUrlState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const reject = (key: string, value: string, problem: string) => notices.push(`Ignored ${key}=${value} in the URL: ${problem}.`);

  const list = <T extends string>(key: string, vocabulary: readonly T[], fallback: readonly T[]): readonly T[] => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    if (raw === '') return [];
    const items = raw.split(',').map((s) => s.trim());
    const unknown = items.filter((s) => !(vocabulary as readonly string[]).includes(s));
    if (unknown.length) {
      reject(key, raw, `unknown ${unknown.map((u) => `"${u}"`).join(', ')} (expected any of ${vocabulary.join(', ')})`);
      return fallback;
    }
    return inVocabularyOrder(vocabulary, items as T[]);
  };

  const year = (key: string): number | null | undefined => {
    const raw = params.get(key);
    if (raw === null) return undefined;
    if (!YEAR.test(raw)) {
      reject(key, raw, 'not a year');
      return null;
    }
    return Number(raw);
  };

  const from = year('from');
  const to = year('to');
  let years: Filters['years'] = null;
  if (typeof from === 'number' || typeof to === 'number') {
    const range = { from: typeof from === 'number' ? from : -Infinity, to: typeof to === 'number' ? to : Infinity };
    if (range.from > range.to) reject('from', `${params.get('from')}&to=${params.get('to')}`, 'the range starts after it ends');
    else years = range;
  }

  let minEvidence = DEFAULT_FILTERS.minEvidence;
  const rawMin = params.get('minEvidence');
  if (rawMin !== null) {
    if (/^\d{1,4}$/.test(rawMin) && Number(rawMin) >= 1) minEvidence = Number(rawMin);
    else reject('minEvidence', rawMin, 'expected a whole number of at least 1');
  }

  let hideIsolated = DEFAULT_FILTERS.hideIsolated;
  const rawHide = params.get('hideIsolated');
  if (rawHide !== null) {
    if (rawHide === '1' || rawHide === 'true') hideIsolated = true;
    else if (rawHide === '0' || rawHide === 'false') hideIsolated = false;
    else reject('hideIsolated', rawHide, 'expected 1 or 0');
  }

  const one = <T extends string>(key: string, vocabulary: readonly T[], fallback: T): T => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    if ((vocabulary as readonly string[]).includes(raw)) return raw as T;
    reject(key, raw, `expected one of ${vocabulary.join(', ')}`);
    return fallback;
  };

  let selection: Selection | null = null;
  const node = params.get('node');
  const edge = params.get('edge');
  if (node) selection = { kind: 'node', id: node };
  if (edge) {
    if (node) reject('edge', edge, 'a node is selected already');
    else selection = { kind: 'edge', id: edge };
  }

  const graph = params.get('graph');
  return {
    state: {
      graph: graph ? graph : null,
      filters: {
        domains: list('domains', DOMAINS, DEFAULT_FILTERS.domains),
        years,
        relations: list('relations', RELATION_TYPES, DEFAULT_FILTERS.relations),
        nodeTypes: list('types', NODE_TYPES, DEFAULT_FILTERS.nodeTypes),
        minEvidence,
        hideIsolated,
      },
      selection,
      layout: one('layout', LAYOUT_NAMES, DEFAULT_LAYOUT),
      view: one('view', VIEWS, DEFAULT_VIEW),
    },
    notices,
  };
}

/** Writes the state as a query string ("" when everything is default), leaving out values equal to defaults. */
export function encodeUrlState(state: UrlState): string {
  const pairs: Array<[string, string]> = [];
  const f = state.filters;
  if (state.graph) pairs.push(['graph', state.graph]);
  if (f.years && Number.isFinite(f.years.from)) pairs.push(['from', String(f.years.from)]);
  if (f.years && Number.isFinite(f.years.to)) pairs.push(['to', String(f.years.to)]);
  if (!sameMembers(f.domains, DEFAULT_FILTERS.domains)) pairs.push(['domains', inVocabularyOrder(DOMAINS, f.domains).join(',')]);
  if (!sameMembers(f.relations, DEFAULT_FILTERS.relations)) pairs.push(['relations', inVocabularyOrder(RELATION_TYPES, f.relations).join(',')]);
  if (!sameMembers(f.nodeTypes, DEFAULT_FILTERS.nodeTypes)) pairs.push(['types', inVocabularyOrder(NODE_TYPES, f.nodeTypes).join(',')]);
  if (f.minEvidence !== DEFAULT_FILTERS.minEvidence) pairs.push(['minEvidence', String(f.minEvidence)]);
  if (f.hideIsolated !== DEFAULT_FILTERS.hideIsolated) pairs.push(['hideIsolated', f.hideIsolated ? '1' : '0']);
  if (state.selection) pairs.push([state.selection.kind, state.selection.id]);
  if (state.layout !== DEFAULT_LAYOUT) pairs.push(['layout', state.layout]);
  if (state.view !== DEFAULT_VIEW) pairs.push(['view', state.view]);
  if (!pairs.length) return '';
  // Commas and slashes stay readable: they are legal in a query string.
  return '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':')}`).join('&');
}
