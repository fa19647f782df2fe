/**
 * Filtering the graph: the filter state, and `selectVisible`, which derives what is shown from the graph and the
 * filters. Pure and memoised: the explorer never stores a second copy of the visible graph.
 */
import type { Graph, GraphEdge } from './schema';
import { DOMAINS, NODE_TYPES, RELATION_TYPES, type Domain, type NodeType, type RelationType } from './vocabulary';

/** An inclusive year range; `null` in `Filters.years` means "every year, undated relationships included". */
export interface YearRange {
  readonly from: number;
  readonly to: number;
}

export interface Filters {
  readonly domains: readonly Domain[];
  readonly years: YearRange | null;
  readonly relations: readonly RelationType[];
  readonly nodeTypes: readonly NodeType[];
  /** Minimum number of evidence sentences an edge needs to be shown. */
  readonly minEvidence: number;
  /** Hide actors none of whose relationships is visible. */
  readonly hideIsolated: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  domains: DOMAINS,
  years: null,
  relations: RELATION_TYPES,
  nodeTypes: NODE_TYPES,
  minEvidence: 1,
  hideIsolated: false,
};

/** Facts about a graph that do not depend on the filters, computed once per graph. */
export interface GraphIndex {
  /** Smallest and largest edge year, or null when no edge has a year. */
  readonly yearBounds: YearRange | null;
  readonly nodeTypeById: ReadonlyMap<string, NodeType>;
}

const indexCache = new WeakMap<Graph, GraphIndex>();

export function graphIndex(graph: Graph): GraphIndex {
  const cached = indexCache.get(graph);
  if (cached) return cached;
  let min = Infinity;
  let max = -Infinity;
  for (const e of graph.edges) {
    if (e.year === null) continue;
    if (e.year < min) min = e.year;
    if (e.year > max) max = e.year;
  }
  const index: GraphIndex = {
    yearBounds: min <= max ? { from: min, to: max } : null,
    nodeTypeById: new Map(graph.nodes.map((n) => [n.id, n.type])),
  };
  indexCache.set(graph, index);
  return index;
}

export interface Visible {
  readonly edgeIds: ReadonlySet<string>;
  readonly nodeIds: ReadonlySet<string>;
  /** For each domain, the edges that pass every filter except the domain filter and carry that domain. */
  readonly domainCounts: Readonly<Record<Domain, number>>;
  /** For each year of the graph's range (ascending), the edges that pass every filter except the year range. */
  readonly yearHistogram: ReadonlyArray<{ readonly year: number; readonly count: number }>;
  readonly totalEdges: number;
  readonly totalNodes: number;
}

// Each edge gets a bit per filter it fails; "under the other filters" means "no bit except this one".
const FAILS_DOMAIN = 1;
const FAILS_YEAR = 2;
const FAILS_OTHER = 4;

function edgeFailures(edge: GraphEdge, f: CompiledFilters, index: GraphIndex): number {
  let fails = 0;
  if (!edge.domains.some((d) => f.domains.has(d))) fails |= FAILS_DOMAIN;
  if (f.years && (edge.year === null || edge.year < f.years.from || edge.year > f.years.to)) fails |= FAILS_YEAR;
  if (
    !f.relations.has(edge.relation) ||
    edge.evidence.length < f.minEvidence ||
    !f.nodeTypes.has(index.nodeTypeById.get(edge.source)!) ||
    !f.nodeTypes.has(index.nodeTypeById.get(edge.target)!)
  ) {
    fails |= FAILS_OTHER;
  }
  return fails;
}

interface CompiledFilters {
  readonly domains: ReadonlySet<Domain>;
  readonly years: YearRange | null;
  readonly relations: ReadonlySet<RelationType>;
  readonly nodeTypes: ReadonlySet<NodeType>;
  readonly minEvidence: number;
}

const compile = (f: Filters): CompiledFilters => ({
  domains: new Set(f.domains),
  years: f.years,
  relations: new Set(f.relations),
  nodeTypes: new Set(f.nodeTypes),
  minEvidence: f.minEvidence,
});

/** Computes what is visible, without memoisation. Prefer `selectVisible`. */
export function computeVisible(graph: Graph, filters: Filters): Visible {
  const index = graphIndex(graph);
  const compiled = compile(filters);
  const edgeIds = new Set<string>();
  const endpoints = new Set<string>();
  const domainCounts = Object.fromEntries(DOMAINS.map((d) => [d, 0])) as Record<Domain, number>;
  const bounds = index.yearBounds;
  const histogram = bounds ? new Array<number>(bounds.to - bounds.from + 1).fill(0) : [];
  for (const edge of graph.edges) {
    const fails = edgeFailures(edge, compiled, index);
    if (fails === 0) {
      edgeIds.add(edge.id);
      endpoints.add(edge.source);
      endpoints.add(edge.target);
    }
    if ((fails & ~FAILS_DOMAIN) === 0) for (const d of edge.domains) domainCounts[d] += 1;
    if ((fails & ~FAILS_YEAR) === 0 && bounds && edge.year !== null) histogram[edge.year - bounds.from]! += 1;
  }
  const nodeIds = new Set<string>();
  for (const n of graph.nodes) {
    if (!compiled.nodeTypes.has(n.type)) continue;
    if (filters.hideIsolated && !endpoints.has(n.id)) continue;
    nodeIds.add(n.id);
  }
  return {
    edgeIds,
    nodeIds,
    domainCounts,
    yearHistogram: histogram.map((count, i) => ({ year: bounds!.from + i, count })),
    totalEdges: graph.edges.length,
    totalNodes: graph.nodes.length,
  };
}

let last: { graph: Graph; filters: Filters; visible: Visible } | null = null;

/**
 * What the filters let through: visible edge and node ids, counts per domain under the other filters and the
 * per-year histogram. Memoised on the identity of `graph` and `filters` (the store replaces `filters` on change).
 */
export function selectVisible(graph: Graph, filters: Filters): Visible {
  if (last && last.graph === graph && last.filters === filters) return last.visible;
  const visible = computeVisible(graph, filters);
  last = { graph, filters, visible };
  return visible;
}

/** True when no filter differs from the defaults. */
export function isDefaultFilters(f: Filters): boolean {
  return (
    sameMembers(f.domains, DEFAULT_FILTERS.domains) &&
    f.years === null &&
    sameMembers(f.relations, DEFAULT_FILTERS.relations) &&
    sameMembers(f.nodeTypes, DEFAULT_FILTERS.nodeTypes) &&
    f.minEvidence === DEFAULT_FILTERS.minEvidence &&
    f.hideIsolated === DEFAULT_FILTERS.hideIsolated
  );
}

export function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

/** Keeps the members of `subset` in the vocabulary's order, so URLs and captions are stable. */
export function inVocabularyOrder<T>(vocabulary: readonly T[], subset: Iterable<T>): T[] {
  const set = new Set(subset);
  return vocabulary.filter((x) => set.has(x));
}
