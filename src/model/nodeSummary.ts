/** What the details panel says about a node: its relationships grouped by partner, and its documents. Pure. */
import type { Graph, GraphDocument, GraphEdge, GraphNode } from './schema';
import { DOMAINS, type Domain, type RelationType } from './vocabulary';

export interface PartnerRelations {
  readonly partner: GraphNode;
  /** One line per relation type with that partner: years (ascending, undated last) and domains. */
  readonly relations: ReadonlyArray<{ relation: RelationType; years: ReadonlyArray<number | null>; domains: readonly Domain[]; edgeIds: readonly string[] }>;
  readonly edgeCount: number;
}

export interface NodeSummary {
  readonly partners: readonly PartnerRelations[];
  /** Documents with evidence for one of the node's relationships, newest first. */
  readonly documents: readonly GraphDocument[];
}

export function summariseNode(graph: Graph, nodeId: string): NodeSummary {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const byPartner = new Map<string, GraphEdge[]>();
  const documentIds = new Set<string>();
  for (const e of graph.edges) {
    if (e.source !== nodeId && e.target !== nodeId) continue;
    const partner = e.source === nodeId ? e.target : e.source;
    byPartner.set(partner, [...(byPartner.get(partner) ?? []), e]);
    for (const ev of e.evidence) documentIds.add(ev.documentId);
  }
  const partners: PartnerRelations[] = [...byPartner].map(([partnerId, edges]) => {
    const byRelation = new Map<RelationType, GraphEdge[]>();
    for (const e of edges) byRelation.set(e.relation, [...(byRelation.get(e.relation) ?? []), e]);
    return {
      partner: nodes.get(partnerId)!,
      edgeCount: edges.length,
      relations: [...byRelation].map(([relation, es]) => ({
        relation,
        years: [...new Set(es.map((e) => e.year))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity)),
        domains: DOMAINS.filter((d) => es.some((e) => e.domains.includes(d))),
        edgeIds: es.map((e) => e.id),
      })),
    };
  });
  partners.sort((a, b) => b.edgeCount - a.edgeCount || a.partner.label.localeCompare(b.partner.label));
  const documents = graph.documents.filter((d) => documentIds.has(d.id)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return { partners, documents };
}
