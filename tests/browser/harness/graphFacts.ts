/**
 * What the explorer should show, worked out from the graph file itself with plain loops (not with the app's
 * filter code, so the tests check the app against an independent reading of the same file).
 */
import type { Graph, GraphEdge } from '../../../src/model/schema';
import { DOMAIN_INFO, type Domain } from '../../../src/model/vocabulary';

export interface ExpectedFilters {
  readonly domainsOff?: readonly Domain[];
  readonly from?: number;
  readonly to?: number;
}

/** Edges shown: at least one domain still on; inside the year range when one is set (undated ones then hidden). */
export function visibleEdges(graph: Graph, f: ExpectedFilters = {}): GraphEdge[] {
  const off = new Set(f.domainsOff ?? []);
  const ranged = f.from !== undefined || f.to !== undefined;
  return graph.edges.filter((e) => {
    if (!e.domains.some((d) => !off.has(d))) return false;
    if (!ranged) return true;
    return e.year !== null && e.year >= (f.from ?? -Infinity) && e.year <= (f.to ?? Infinity);
  });
}

export function yearsOf(graph: Graph): number[] {
  return [...new Set(graph.edges.flatMap((e) => (e.year === null ? [] : [e.year])))].sort((a, b) => a - b);
}

export const edgesWithDomain = (graph: Graph, domain: Domain): number => graph.edges.filter((e) => e.domains.includes(domain)).length;

/** The domain whose unticking hides the most edges (those with no other domain), with how many it hides. */
export function mostExclusiveDomain(graph: Graph): { domain: Domain; label: string; hides: number } | null {
  let best: { domain: Domain; label: string; hides: number } | null = null;
  for (const { domain, label } of DOMAIN_INFO) {
    const hides = graph.edges.length - visibleEdges(graph, { domainsOff: [domain] }).length;
    if (hides > 0 && (!best || hides > best.hides)) best = { domain, label, hides };
  }
  return best;
}

export const labelOf = (graph: Graph, id: string): string => graph.nodes.find((n) => n.id === id)?.label ?? id;
