/**
 * Filtering the graph: the filter state, and `selectVisible`, which derives what is shown from the graph and the
 * filters. Pure and memoised: the explorer never stores a second copy of the visible graph.
 */
import type { Graph } from './schema';
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
  /** What the filters test, one entry per edge in the graph's order, as numbers (see `indexEdges`). */
  readonly edges: EdgeColumns;
}

/** Per edge: bits of its domains, of its relation and of its ends' node types; year; evidence count; ends. */
interface EdgeColumns {
  readonly domainBits: Uint16Array;
  readonly relationBit: Uint8Array;
  /** Bits of the source's and the target's node types (0 for a node the graph does not list). */
  readonly sourceTypeBit: Uint8Array;
  readonly targetTypeBit: Uint8Array;
  readonly year: Int32Array;
  readonly evidence: Uint32Array;
  /** Index in `graph.nodes` of each end, -1 when it is not listed. */
  readonly source: Int32Array;
  readonly target: Int32Array;
}

const NO_YEAR = -0x80000000;
const bitsOf = <T>(vocabulary: readonly T[]): ReadonlyMap<T, number> => new Map(vocabulary.map((x, i) => [x, 1 << i]));
const DOMAIN_BITS = bitsOf(DOMAINS);
const RELATION_BITS = bitsOf(RELATION_TYPES);
const NODE_TYPE_BITS = bitsOf(NODE_TYPES);
const maskOf = <T>(bits: ReadonlyMap<T, number>, members: readonly T[]): number => members.reduce((mask, m) => mask | (bits.get(m) ?? 0), 0);

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
    edges: indexEdges(graph),
  };
  indexCache.set(graph, index);
  return index;
}

function indexEdges(graph: Graph): EdgeColumns {
  const n = graph.edges.length;
  const nodeIndex = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const columns = {
    domainBits: new Uint16Array(n),
    relationBit: new Uint8Array(n),
    sourceTypeBit: new Uint8Array(n),
    targetTypeBit: new Uint8Array(n),
    year: new Int32Array(n),
    evidence: new Uint32Array(n),
    source: new Int32Array(n),
    target: new Int32Array(n),
  };
  const typeBit = (i: number): number => (i < 0 ? 0 : NODE_TYPE_BITS.get(graph.nodes[i]!.type)!);
  graph.edges.forEach((edge, i) => {
    columns.domainBits[i] = maskOf(DOMAIN_BITS, edge.domains);
    columns.relationBit[i] = RELATION_BITS.get(edge.relation)!;
    columns.source[i] = nodeIndex.get(edge.source) ?? -1;
    columns.target[i] = nodeIndex.get(edge.target) ?? -1;
    columns.sourceTypeBit[i] = typeBit(columns.source[i]!);
    columns.targetTypeBit[i] = typeBit(columns.target[i]!);
    columns.year[i] = edge.year ?? NO_YEAR;
    columns.evidence[i] = edge.evidence.length;
  });
  return columns;
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

/**
 * Computes what is visible, without memoisation. Prefer `selectVisible`. Runs over the graph index's numeric
 * columns (bit masks instead of sets of names): on 10,000 edges a filter change takes ~1 ms, not ~5.
 */
export function computeVisible(graph: Graph, filters: Filters): Visible {
  const index = graphIndex(graph);
  const columns = index.edges;
  const domainMask = maskOf(DOMAIN_BITS, filters.domains);
  const relationMask = maskOf(RELATION_BITS, filters.relations);
  const nodeTypeMask = maskOf(NODE_TYPE_BITS, filters.nodeTypes);
  const years = filters.years;
  const from = years?.from ?? 0;
  const to = years?.to ?? 0;
  const edgeIds = new Set<string>();
  const isEndpoint = new Uint8Array(graph.nodes.length);
  const domainTally = new Array<number>(DOMAINS.length).fill(0);
  const bounds = index.yearBounds;
  const histogram = bounds ? new Array<number>(bounds.to - bounds.from + 1).fill(0) : [];
  for (let i = 0; i < graph.edges.length; i++) {
    const domains = columns.domainBits[i]!;
    const year = columns.year[i]!;
    let fails = (domains & domainMask) === 0 ? FAILS_DOMAIN : 0;
    if (years && (year === NO_YEAR || year < from || year > to)) fails |= FAILS_YEAR;
    if (
      (columns.relationBit[i]! & relationMask) === 0 ||
      columns.evidence[i]! < filters.minEvidence ||
      (columns.sourceTypeBit[i]! & nodeTypeMask) === 0 ||
      (columns.targetTypeBit[i]! & nodeTypeMask) === 0
    ) {
      fails |= FAILS_OTHER;
    }
    if (fails === 0) {
      edgeIds.add(graph.edges[i]!.id);
      if (columns.source[i]! >= 0) isEndpoint[columns.source[i]!] = 1;
      if (columns.target[i]! >= 0) isEndpoint[columns.target[i]!] = 1;
    }
    if ((fails & ~FAILS_DOMAIN) === 0) for (let d = 0, bits = domains; bits; d++, bits >>= 1) if (bits & 1) domainTally[d]! += 1;
    if ((fails & ~FAILS_YEAR) === 0 && bounds && year !== NO_YEAR) histogram[year - bounds.from]! += 1;
  }
  const nodeIds = new Set<string>();
  graph.nodes.forEach((n, i) => {
    if ((NODE_TYPE_BITS.get(n.type)! & nodeTypeMask) === 0) return;
    if (filters.hideIsolated && !isEndpoint[i]) return;
    nodeIds.add(n.id);
  });
  return {
    edgeIds,
    nodeIds,
    domainCounts: Object.fromEntries(DOMAINS.map((d, i) => [d, domainTally[i]!])) as Record<Domain, number>,
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
