/**
 * Turns relation candidates into the graph file's nodes and edges: one edge per (pair, relation, year), evidence
 * merged across documents, everything sorted so that the same corpus gives a byte-identical file.
 */
import { DOMAINS, type Domain, type RelationType } from '../../model/vocabulary';
import type { Evidence, GraphEdge, GraphNode } from '../../model/schema';
import type { ActorRegistry } from '../actors/registry';
import type { RelationCandidate } from '../relations/extract';

interface EdgeAccumulator {
  readonly a: string;
  readonly b: string;
  readonly relation: RelationType;
  readonly year: number | null;
  readonly domains: Set<Domain>;
  /** Keyed by the sentence itself: one evidence per sentence however many candidates it gave. */
  readonly evidence: Map<object, Evidence>;
  /** Votes for the direction a → b (positive) or b → a (negative). */
  direction: number;
}

/** Collects relation candidates as they are read, so that sentences need not be kept until the end. */
export class EdgeCollector {
  private readonly edges = new Map<string, EdgeAccumulator>();

  add(c: RelationCandidate): void {
    const forward = c.source < c.target;
    const a = forward ? c.source : c.target;
    const b = forward ? c.target : c.source;
    const key = a + '|' + b + '|' + c.relation + '|' + (c.year ?? '');
    let edge = this.edges.get(key);
    if (!edge) {
      // The first reading breaks a tie in direction.
      edge = { a, b, relation: c.relation, year: c.year, domains: new Set(), evidence: new Map(), direction: c.source === a ? 0.5 : -0.5 };
      this.edges.set(key, edge);
    }
    for (const d of c.domains) edge.domains.add(d);
    edge.direction += c.source === a ? 1 : -1;
    if (!edge.evidence.has(c.sentence)) edge.evidence.set(c.sentence, { documentId: c.documentId, sentence: c.sentence.text, start: c.sentence.start, end: c.sentence.end });
  }

  edgesSorted(): GraphEdge[] {
    // Sorting the ids with the default comparison (code units, no callback) is several times faster on 100k edges.
    const byId = new Map<string, GraphEdge>();
    for (const accumulator of this.edges.values()) {
      const edge = toEdge(accumulator);
      byId.set(edge.id, edge);
    }
    return [...byId.keys()].sort().map((id) => byId.get(id)!);
  }
}

function toEdge(e: EdgeAccumulator): GraphEdge {
  const [source, target] = e.direction >= 0 ? [e.a, e.b] : [e.b, e.a];
  const evidence = [...e.evidence.values()].sort((x, y) => (x.documentId < y.documentId ? -1 : x.documentId > y.documentId ? 1 : x.start - y.start));
  return {
    id: `${source}--${target}--${e.relation}--${e.year ?? 'undated'}`,
    source,
    target,
    relation: e.relation,
    domains: DOMAINS.filter((d) => e.domains.has(d)),
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
