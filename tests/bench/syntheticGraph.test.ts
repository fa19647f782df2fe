import { describe, expect, it } from 'vitest';
import { mulberry32, syntheticGraph } from '../../bench/syntheticGraph';
import { validateGraph } from '../../src/model/schema';
import { DOMAINS, RELATION_TYPES } from '../../src/model/vocabulary';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('syntheticGraph', () => {
  const graph = syntheticGraph({ nodes: 300, edges: 1500, seed: 7 });

  it('is a valid graph file', () => {
    expect(() => validateGraph(JSON.parse(JSON.stringify(graph)), 'synthetic')).not.toThrow();
  });

  it('has the counts asked for, unique ids and no self-loops', () => {
    expect(graph.nodes).toHaveLength(300);
    expect(graph.edges).toHaveLength(1500);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(300);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(1500);
    expect(graph.edges.filter((e) => e.source === e.target)).toEqual([]);
  });

  it('spreads edges over 20 years, every domain and every relation type', () => {
    expect(new Set(graph.edges.map((e) => e.year))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => 2005 + i)));
    expect(new Set(graph.edges.flatMap((e) => e.domains))).toEqual(new Set(DOMAINS));
    expect(new Set(graph.edges.map((e) => e.relation))).toEqual(new Set(RELATION_TYPES));
  });

  it('covers every year, domain and relation even when small', () => {
    const small = syntheticGraph({ nodes: 4, edges: 20, seed: 3 });
    expect(new Set(small.edges.map((e) => e.year)).size).toBe(20);
    expect(new Set(small.edges.flatMap((e) => e.domains))).toEqual(new Set(DOMAINS));
    expect(() => validateGraph(small, 'small')).not.toThrow();
  });

  it('is deterministic under a seed and varies with it', () => {
    expect(syntheticGraph({ nodes: 300, edges: 1500, seed: 7 })).toEqual(graph);
    expect(syntheticGraph({ nodes: 300, edges: 1500, seed: 8 }).edges).not.toEqual(graph.edges);
  });

  it('gives every node a finite position, or none when asked', () => {
    expect(graph.nodes.every((n) => n.position && Number.isFinite(n.position.x) && Number.isFinite(n.position.y))).toBe(true);
    expect(syntheticGraph({ nodes: 10, edges: 5, positions: false }).nodes.some((n) => n.position)).toBe(false);
  });

  it('writes evidence that names both actors and points into a dated document of the edge year', () => {
    const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const dates = new Map(graph.documents.map((d) => [d.id, d.date]));
    for (const edge of graph.edges.slice(0, 200)) {
      expect(edge.weight).toBe(edge.evidence.length);
      for (const ev of edge.evidence) {
        expect(ev.sentence).toContain(labels.get(edge.source)!);
        expect(ev.sentence).toContain(labels.get(edge.target)!);
        expect(dates.get(ev.documentId)?.slice(0, 4)).toBe(String(edge.year));
        expect(ev.end - ev.start).toBe(ev.sentence.length);
      }
    }
  });

  it('refuses edges without two nodes', () => {
    expect(() => syntheticGraph({ nodes: 1, edges: 1 })).toThrow(/at least 2 nodes/);
  });
});
