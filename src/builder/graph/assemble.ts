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
/** An edge's key among its pair's edges: relation and year in one number. */
const slotOf = (relation: RelationType, year: number | null): number => (year ?? -1e9) * RELATION_TYPES.length + RELATION_INDEX.get(relation)!;

/**
 * Collects relation candidates as they are read, so that sentences need not be kept until the end. An edge is found
 * by its pair through maps keyed by the actor ids themselves, then by relation and year: no key string is built per
 * candidate (at ~300k edges, building and hashing those was a tenth of the build, and a Map and a Set per edge
 * weighed on the garbage collector).
 */
export class EdgeCollector {
  private readonly byPair = new Map<string, Map<string, Map<number, EdgeAccumulator>>>();
  private count = 0;

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
    let partners = this.byPair.get(a);
    if (!partners) this.byPair.set(a, (partners = new Map()));
    let edges = partners.get(b);
    if (!edges) partners.set(b, (edges = new Map()));
    const slot = slotOf(relation, year);
    const found = edges.get(slot);
    if (found) return found;
    const edge: EdgeAccumulator = { a, b, relation, year, domains: 0, evidence: [], direction: firstVote };
    edges.set(slot, edge);
    this.count += 1;
    return edge;
  }

  /** Every edge, ordered by source, target, relation and year: for slug ids, the order of the edge ids. */
  edgesSorted(): GraphEdge[] {
    const accumulators: EdgeAccumulator[] = new Array(this.count);
    let i = 0;
    for (const partners of this.byPair.values()) for (const list of partners.values()) for (const accumulator of list.values()) accumulators[i++] = accumulator;
    return inTupleOrder(accumulators).map(toEdge);
  }
}

const RELATION_RANK = new Map<RelationType, number>([...RELATION_TYPES].sort().map((relation, i) => [relation, i]));
const yearLabel = (year: number | null): string => (year === null ? 'undated' : String(year));

/**
 * Orders edges by (source, target, relation, year) through one number per edge built from the rank of each part:
 * ~300k edges sort several times faster by number than by id string, and each part is ranked once, not per edge.
 */
function inTupleOrder(accumulators: readonly EdgeAccumulator[]): EdgeAccumulator[] {
  const actors = new Set<string>();
  const years = new Set<number | null>();
  for (const e of accumulators) {
    actors.add(e.a).add(e.b);
    years.add(e.year);
  }
  const actorRank = new Map([...actors].sort().map((id, i) => [id, i]));
  const yearRank = new Map([...years].sort((x, y) => (yearLabel(x) < yearLabel(y) ? -1 : 1)).map((year, i) => [year, i]));
  const keys = new Float64Array(accumulators.length);
  accumulators.forEach((e, i) => {
    const [source, target] = e.direction >= 0 ? [e.a, e.b] : [e.b, e.a];
    keys[i] = ((actorRank.get(source)! * actors.size + actorRank.get(target)!) * RELATION_RANK.size + RELATION_RANK.get(e.relation)!) * years.size + yearRank.get(e.year)!;
  });
  const order = Array.from(accumulators.keys());
  order.sort((x, y) => keys[x]! - keys[y]!);
  return order.map((i) => accumulators[i]!);
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
  const [source, target] = e.direction >= 0 ? [e.a, e.b] : [e.b, e.a];
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
