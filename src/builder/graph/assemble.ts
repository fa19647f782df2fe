/**
 * Turns relation candidates into the graph file's nodes and edges: one edge per (pair, relation, year), evidence
 * merged across documents, everything sorted so that the same corpus gives a byte-identical file.
 */
import { DOMAINS, RELATION_TYPES, type Domain, type RelationType } from '../../model/vocabulary';
import type { Evidence, GraphEdge, GraphNode } from '../../model/schema';
import type { ActorRegistry } from '../actors/registry';
import type { RelationCandidate } from '../relations/extract';

interface EdgeAccumulator {
  readonly a: string;
  readonly b: string;
  /** a, b and year as the collector numbered them, for ranking without lookups. */
  readonly aNumber: number;
  readonly bNumber: number;
  readonly yearNumber: number;
  readonly relation: RelationType;
  readonly year: number | null;
  /** Bit i set: DOMAINS[i] applies. */
  domains: number;
  /** One evidence per sentence, appended in reading order (documents by id, then by offset) but for late additions. */
  readonly evidence: Evidence[];
  /** Votes for the direction a → b (positive) or b → a (negative). */
  direction: number;
}

const DOMAIN_BIT = new Map<Domain, number>(DOMAINS.map((d, i) => [d, 1 << i]));
const RELATION_INDEX = new Map<RelationType, number>(RELATION_TYPES.map((r, i) => [r, i]));
/** Room for relation and year in an edge's numeric key: 8 relations (7 used) × 512 distinct years. */
const SLOTS = 4096;

/**
 * Collects relation candidates as they are read, so that sentences need not be kept until the end. Actors, pairs
 * and years are numbered as they come, and an edge is found by one number (pair, year, relation) in one map: no key
 * string per candidate, no map per pair (at ~300k edges, key strings and then maps nested by actor were, in CPU
 * profiles, among the build's largest costs).
 */
export class EdgeCollector {
  private readonly actorNumber = new Map<string, number>();
  private readonly actors: string[] = [];
  private readonly partners: Map<number, number>[] = [];
  private pairs = 0;
  private readonly yearNumber = new Map<number | null, number>();
  private readonly years: (number | null)[] = [];
  private readonly byKey = new Map<number, EdgeAccumulator>();
  /** Edges whose year did not fit the numeric key (over 512 distinct years in a corpus). */
  private readonly overflow = new Map<string, EdgeAccumulator>();
  private readonly all: EdgeAccumulator[] = [];

  add(c: RelationCandidate): void {
    const forward = c.source < c.target;
    const edge = forward ? this.accumulatorFor(c.source, c.target, c.relation, c.year, 0.5) : this.accumulatorFor(c.target, c.source, c.relation, c.year, -0.5);
    for (const d of c.domains) edge.domains |= DOMAIN_BIT.get(d)!;
    edge.direction += forward ? 1 : -1;
    const { sentence } = c;
    if (!hasEvidenceFrom(edge.evidence, c.documentId, sentence.start)) {
      edge.evidence.push({ documentId: c.documentId, sentence: sentence.text, start: sentence.start, end: sentence.end });
    }
  }

  /** @param firstVote the first reading's direction, which breaks a tie. */
  private accumulatorFor(a: string, b: string, relation: RelationType, year: number | null, firstVote: number): EdgeAccumulator {
    const aNumber = this.numberOf(a);
    const bNumber = this.numberOf(b);
    const pair = this.pairNumber(aNumber, bNumber);
    let yearNumber = this.yearNumber.get(year);
    if (yearNumber === undefined) {
      this.yearNumber.set(year, (yearNumber = this.years.length));
      this.years.push(year);
    }
    const slot = yearNumber * 8 + RELATION_INDEX.get(relation)!;
    const overflowKey = slot < SLOTS ? null : `${pair}|${slot}`;
    const found = overflowKey === null ? this.byKey.get(pair * SLOTS + slot) : this.overflow.get(overflowKey);
    if (found) return found;
    const edge: EdgeAccumulator = { a, b, aNumber, bNumber, yearNumber, relation, year, domains: 0, evidence: [], direction: firstVote };
    if (overflowKey === null) this.byKey.set(pair * SLOTS + slot, edge);
    else this.overflow.set(overflowKey, edge);
    this.all.push(edge);
    return edge;
  }

  private numberOf(actor: string): number {
    let n = this.actorNumber.get(actor);
    if (n === undefined) {
      this.actorNumber.set(actor, (n = this.actors.length));
      this.actors.push(actor);
      this.partners.push(new Map());
    }
    return n;
  }

  private pairNumber(a: number, b: number): number {
    const partners = this.partners[a]!;
    let n = partners.get(b);
    if (n === undefined) partners.set(b, (n = this.pairs++));
    return n;
  }

  /** Every edge, ordered by source, target, relation and year: for slug ids, the order of the edge ids. */
  edgesSorted(): GraphEdge[] {
    return inTupleOrder(this.all, this.actors, this.years).map(toEdge);
  }
}

const RELATION_RANK = new Map<RelationType, number>([...RELATION_TYPES].sort().map((relation, i) => [relation, i]));
const yearLabel = (year: number | null): string => (year === null ? 'undated' : String(year));

/**
 * Orders edges by (source, target, relation, year) through one number per edge built from the rank of each part:
 * ~300k edges sort several times faster by number than by id string, and each part is ranked once, not per edge.
 * `actors` and `years` are the collector's numbering: every actor and year of some edge.
 */
function inTupleOrder(accumulators: readonly EdgeAccumulator[], actors: readonly string[], years: readonly (number | null)[]): EdgeAccumulator[] {
  const actorRank = ranks(actors, (x, y) => (x < y ? -1 : 1));
  const yearRank = ranks(years, (x, y) => (yearLabel(x) < yearLabel(y) ? -1 : 1));
  const keys = new Float64Array(accumulators.length);
  for (let i = 0; i < accumulators.length; i++) {
    const e = accumulators[i]!;
    const forward = e.direction >= 0;
    const source = actorRank[forward ? e.aNumber : e.bNumber]!;
    const target = actorRank[forward ? e.bNumber : e.aNumber]!;
    keys[i] = ((source * actors.length + target) * RELATION_RANK.size + RELATION_RANK.get(e.relation)!) * years.length + yearRank[e.yearNumber]!;
  }
  const order = Array.from(accumulators.keys());
  order.sort((x, y) => keys[x]! - keys[y]!);
  return order.map((i) => accumulators[i]!);
}

/** The rank of each value (by its index) in the given order; values are distinct. */
function ranks<T>(values: readonly T[], compare: (x: T, y: T) => number): Int32Array {
  const order = Array.from(values.keys()).sort((i, j) => compare(values[i]!, values[j]!));
  const rank = new Int32Array(values.length);
  order.forEach((index, r) => (rank[index] = r));
  return rank;
}

/**
 * Whether the sentence at `start` of the document is already evidence. Sentences are read in order, so it can only
 * be among the last entries from the same document at or after that offset (a person's affiliation comes late,
 * from an earlier sentence).
 */
function hasEvidenceFrom(evidence: readonly Evidence[], documentId: string, start: number): boolean {
  for (let i = evidence.length - 1; i >= 0; i--) {
    const e = evidence[i]!;
    if (e.documentId !== documentId) return false;
    if (e.start === start) return true;
  }
  return false;
}

const byDocumentThenOffset = (x: Evidence, y: Evidence): number => (x.documentId < y.documentId ? -1 : x.documentId > y.documentId ? 1 : x.start - y.start);

function inOrder(evidence: readonly Evidence[]): boolean {
  for (let i = 1; i < evidence.length; i++) if (byDocumentThenOffset(evidence[i - 1]!, evidence[i]!) > 0) return false;
  return true;
}

function toEdge(e: EdgeAccumulator): GraphEdge {
  const source = e.direction >= 0 ? e.a : e.b;
  const target = e.direction >= 0 ? e.b : e.a;
  const evidence = inOrder(e.evidence) ? e.evidence : [...e.evidence].sort(byDocumentThenOffset);
  return {
    id: `${source}--${target}--${e.relation}--${e.year ?? 'undated'}`,
    source,
    target,
    relation: e.relation,
    domains: DOMAINS.filter((_, i) => e.domains & (1 << i)),
    year: e.year,
    weight: evidence.length,
    evidence,
  };
}

export function assembleNodes(registry: ActorRegistry, edges: readonly GraphEdge[]): GraphNode[] {
  const nodes = new Map<string, GraphNode>();
  for (const { record, aliases } of registry.seenActors()) {
    const country = record.type === 'person' && record.actsFor && registry.get(record.actsFor)?.type === 'country' ? record.actsFor : undefined;
    nodes.set(record.id, { id: record.id, label: record.label, type: record.type, aliases, ...(country ? { country } : {}) });
  }
  for (const e of edges) {
    for (const id of [e.source, e.target]) {
      if (nodes.has(id)) continue;
      const record = registry.get(id);
      if (record) nodes.set(id, { id, label: record.label, type: record.type, aliases: [] });
    }
  }
  return [...nodes.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
