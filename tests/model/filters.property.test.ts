/**
 * computeVisible against a plain reading of the filters' rules, on arbitrary graphs and filters: the numeric
 * columns it runs over must never change what is shown or counted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVisible, type Filters } from '../../src/model/filters';
import type { Graph } from '../../src/model/schema';
import { DOMAINS, NODE_TYPES, RELATION_TYPES, type Domain } from '../../src/model/vocabulary';

function reference(graph: Graph, f: Filters) {
  const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]));
  const passesOthers = (e: Graph['edges'][number]) =>
    f.relations.includes(e.relation) && e.evidence.length >= f.minEvidence && f.nodeTypes.includes(typeOf.get(e.source)!) && f.nodeTypes.includes(typeOf.get(e.target)!);
  const passesDomain = (e: Graph['edges'][number]) => e.domains.some((d) => f.domains.includes(d));
  const passesYear = (e: Graph['edges'][number]) => !f.years || (e.year !== null && e.year >= f.years.from && e.year <= f.years.to);
  const visible = graph.edges.filter((e) => passesOthers(e) && passesDomain(e) && passesYear(e));
  const ends = new Set(visible.flatMap((e) => [e.source, e.target]));
  const domainCounts = Object.fromEntries(DOMAINS.map((d) => [d, graph.edges.filter((e) => passesOthers(e) && passesYear(e) && e.domains.includes(d)).length]));
  const years = graph.edges.flatMap((e) => (e.year === null ? [] : [e.year]));
  const yearHistogram = years.length
    ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i).map((year) => ({
        year,
        count: graph.edges.filter((e) => e.year === year && passesOthers(e) && passesDomain(e)).length,
      }))
    : [];
  return {
    edgeIds: new Set(visible.map((e) => e.id)),
    nodeIds: new Set(graph.nodes.filter((n) => f.nodeTypes.includes(n.type) && (!f.hideIsolated || ends.has(n.id))).map((n) => n.id)),
    domainCounts,
    yearHistogram,
  };
}

const subset = <T>(vocabulary: readonly T[]) => fc.subarray([...vocabulary]);

const graphs = fc.integer({ min: 1, max: 12 }).chain((nodeCount) =>
  fc.record({
    nodes: fc.constant(null).chain(() => fc.array(fc.constantFrom(...NODE_TYPES), { minLength: nodeCount, maxLength: nodeCount })),
    edges: fc.array(
      fc.record({
        // An end past the node list stands for a node the file does not list.
        source: fc.integer({ min: 0, max: nodeCount }),
        target: fc.integer({ min: 0, max: nodeCount }),
        relation: fc.constantFrom(...RELATION_TYPES),
        domains: fc.uniqueArray(fc.constantFrom(...DOMAINS), { minLength: 1, maxLength: 4 }),
        year: fc.option(fc.integer({ min: 2015, max: 2024 }), { nil: null }),
        evidence: fc.integer({ min: 1, max: 4 }),
      }),
      { maxLength: 30 },
    ),
  }),
);

const toGraph = ({ nodes, edges }: { nodes: (typeof NODE_TYPES)[number][]; edges: { source: number; target: number; relation: (typeof RELATION_TYPES)[number]; domains: Domain[]; year: number | null; evidence: number }[] }): Graph => ({
  schemaVersion: 1,
  documents: [],
  nodes: nodes.map((type, i) => ({ id: `n${i}`, label: `N${i}`, type, aliases: [] })),
  edges: edges.map((e, i) => ({
    id: `e${i}`,
    source: `n${e.source}`,
    target: `n${e.target}`,
    relation: e.relation,
    domains: e.domains,
    year: e.year,
    weight: e.evidence,
    evidence: Array.from({ length: e.evidence }, (_, k) => ({ documentId: 'd', sentence: 's', start: k, end: k + 1 })),
  })),
} as unknown as Graph);

const filters: fc.Arbitrary<Filters> = fc.record({
  domains: subset(DOMAINS),
  years: fc.option(fc.tuple(fc.integer({ min: 2014, max: 2025 }), fc.integer({ min: 0, max: 5 })).map(([from, span]) => ({ from, to: from + span })), { nil: null }),
  relations: subset(RELATION_TYPES),
  nodeTypes: subset(NODE_TYPES),
  minEvidence: fc.integer({ min: 1, max: 4 }),
  hideIsolated: fc.boolean(),
});

describe('computeVisible', () => {
  it('shows and counts what a plain reading of the filters does, for any graph and filters', () => {
    fc.assert(
      fc.property(graphs, filters, (g, f) => {
        const graph = toGraph(g);
        const { edgeIds, nodeIds, domainCounts, yearHistogram } = computeVisible(graph, f);
        expect({ edgeIds, nodeIds, domainCounts, yearHistogram }).toEqual(reference(graph, f));
      }),
      { numRuns: 300 },
    );
  });
});
