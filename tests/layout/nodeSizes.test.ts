import { describe, expect, it } from 'vitest';
import { NODE_SIZE, labelExtent, nodeSize, nodeSizes, weightedDegrees } from '../../src/layout/nodeSizes';
import { smallGraph } from '../fixtures/smallGraph';

describe('nodeSize', () => {
  it('runs on a square-root scale from the minimum to the cap at the busiest actor', () => {
    expect(nodeSize(0, 108)).toBe(NODE_SIZE.min);
    expect(nodeSize(108, 108)).toBe(NODE_SIZE.max);
    expect(nodeSize(27, 108)).toBeCloseTo(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) / 2, 1);
    expect(nodeSize(10_000, 108)).toBe(NODE_SIZE.max);
  });
  it('does not draw the busiest actor of a sparse graph as a hub', () => {
    expect(nodeSize(2, 2)).toBeLessThan(NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) / 2);
  });
  it('grows with weighted degree', () => {
    for (let w = 0; w < 50; w += 1) expect(nodeSize(w + 1, 50)).toBeGreaterThan(nodeSize(w, 50));
  });
});

describe('nodeSizes and weightedDegrees', () => {
  it('sums edge weights at both ends and sizes every node, isolated ones included', () => {
    const weighted = weightedDegrees(smallGraph);
    const total = smallGraph.edges.reduce((sum, e) => sum + 2 * e.weight, 0);
    expect([...weighted.values()].reduce((a, b) => a + b, 0)).toBe(total);
    const sizes = nodeSizes(smallGraph);
    expect([...sizes.keys()].sort()).toEqual(smallGraph.nodes.map((n) => n.id).sort());
    const busiest = [...weighted].sort((a, b) => b[1] - a[1])[0]![0];
    expect(Math.max(...sizes.values())).toBe(sizes.get(busiest));
  });
});

describe('labelExtent', () => {
  it('grows with the label and leaves room under the node', () => {
    expect(labelExtent('Global Combat Air Programme').width).toBeGreaterThan(labelExtent('G7').width * 5);
    expect(labelExtent('G7').height).toBeGreaterThan(11);
  });
});
