import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout, labelExtent, LABEL_LIMIT, nodeSizes, separateLabels, type LabelledNode } from '../../src/layout';
import { LAYOUT_NAMES } from '../../src/model/viewState';
import type { Graph } from '../../src/model/schema';
import { smallGraph } from '../fixtures/smallGraph';

/** The box a node and the label under it cover. */
function box(n: LabelledNode, at: { x: number; y: number }) {
  const label = labelExtent(n.label);
  const half = Math.max(n.size, label.width) / 2;
  return { x1: at.x - half, x2: at.x + half, y1: at.y - n.size / 2, y2: at.y + n.size / 2 + label.height };
}

function overlaps(nodes: readonly LabelledNode[], positions: ReadonlyMap<string, { x: number; y: number }>): string[] {
  const found: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = box(nodes[i]!, positions.get(nodes[i]!.id)!);
      const b = box(nodes[j]!, positions.get(nodes[j]!.id)!);
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) found.push(`${nodes[i]!.id}/${nodes[j]!.id}`);
    }
  }
  return found;
}

const node = (id: string, x: number, y: number, label = id, size = 20): LabelledNode => ({ id, x, y, size, label });

describe('separateLabels', () => {
  it('leaves nodes whose labels are clear of each other where they are', () => {
    const nodes = [node('a', 0, 0), node('b', 300, 0), node('c', 0, 300)];
    expect([...separateLabels(nodes).values()]).toEqual([
      { x: 0, y: 0 },
      { x: 300, y: 0 },
      { x: 0, y: 300 },
    ]);
  });

  it('moves two nodes whose long labels collide side by side apart, each by half', () => {
    const nodes = [node('a', 0, 0, 'Pier Francesco Zazo'), node('b', 60, 5, 'Roberta Pinotti')];
    const moved = separateLabels(nodes);
    expect(overlaps(nodes, moved)).toEqual([]);
    const shiftA = Math.hypot(moved.get('a')!.x - 0, moved.get('a')!.y - 0);
    const shiftB = Math.hypot(moved.get('b')!.x - 60, moved.get('b')!.y - 5);
    expect(Math.abs(shiftA - shiftB)).toBeLessThan(0.2);
  });

  it('separates any crowd of labelled nodes, even nodes on the same spot', () => {
    const crowd = fc.array(fc.record({ x: fc.integer({ min: -100, max: 100 }), y: fc.integer({ min: -100, max: 100 }), label: fc.string({ minLength: 1, maxLength: 24 }), size: fc.integer({ min: 18, max: 70 }) }), { maxLength: 25 });
    fc.assert(
      fc.property(crowd, (points) => {
        const nodes = points.map((p, i) => node(`n${i}`, p.x, p.y, p.label, p.size));
        expect(overlaps(nodes, separateLabels(nodes, { maxSweeps: 2000 }))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('computeLayout with labels', () => {
  it.each(LAYOUT_NAMES)('leaves no node or label over another with %s', (name) => {
    const positions = computeLayout(smallGraph, name);
    const sizes = nodeSizes(smallGraph);
    const nodes = smallGraph.nodes.map((n) => node(n.id, 0, 0, n.label, sizes.get(n.id)!));
    expect(overlaps(nodes, new Map(Object.entries(positions)))).toEqual([]);
  });

  it('does not separate labels of graphs too big for labels to be drawn', () => {
    const count = LABEL_LIMIT + 1;
    const graph: Graph = { ...smallGraph, nodes: Array.from({ length: count }, (_, i) => ({ id: `n${i}`, label: `A rather long actor name ${i}`, type: 'country', aliases: [] })), edges: [] };
    const positions = computeLayout(graph, 'grid');
    const sizes = nodeSizes(graph);
    const nodes = graph.nodes.map((n) => node(n.id, 0, 0, n.label, sizes.get(n.id)!));
    expect(overlaps(nodes, new Map(Object.entries(positions))).length).toBeGreaterThan(0);
  });
});
