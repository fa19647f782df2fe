import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHitGrid, distanceToSegment, edgeAt } from '../../../../src/app/canvas/edges/edgeHitGrid';
import type { NodePositions } from '../../../../src/app/canvas/edges/drawEdges';
import { buildEdgeModel, type EdgeModel } from '../../../../src/app/canvas/edges/edgeModel';
import { syntheticGraph } from '../../../../bench/syntheticGraph';

const graph = syntheticGraph({ nodes: 60, edges: 200, seed: 5 });
const model = buildEdgeModel(graph);
const positions = {
  x: Float64Array.from(graph.nodes, (n) => n.position!.x),
  y: Float64Array.from(graph.nodes, (n) => n.position!.y),
};
const all = new Uint8Array(model.edgeIds.length).fill(1);
const grid = buildHitGrid(model, positions);

/** The answer without a grid: every edge looked at. */
function bruteForce(m: EdgeModel, visible: Uint8Array, p: { x: number; y: number }, tolerance: number, at: NodePositions = positions): number {
  let best = -1;
  let bestGap = Infinity;
  for (let i = 0; i < m.edgeIds.length; i += 1) {
    if (!visible[i]) continue;
    const [s, t] = [m.source[i]!, m.target[i]!];
    const gap = distanceToSegment(p.x, p.y, at.x[s]!, at.y[s]!, at.x[t]!, at.y[t]!) - m.width[i]! / 2;
    if (gap <= tolerance && (gap < bestGap || (gap === bestGap && i > best))) [best, bestGap] = [i, gap];
  }
  return best;
}

describe('distanceToSegment', () => {
  it('measures to the nearest point of the segment, ends included', () => {
    expect(distanceToSegment(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(distanceToSegment(13, 4, 0, 0, 10, 0)).toBe(5);
    expect(distanceToSegment(1, 1, 0, 0, 0, 0)).toBeCloseTo(Math.SQRT2);
  });
});

describe('edgeAt', () => {
  it('finds the edge whose middle is under the point', () => {
    const i = 17;
    const [s, t] = [model.source[i]!, model.target[i]!];
    const middle = { x: (positions.x[s]! + positions.x[t]!) / 2, y: (positions.y[s]! + positions.y[t]!) / 2 };
    const found = edgeAt(grid, model, positions, all, middle, 0.5);
    expect(distanceToSegment(middle.x, middle.y, positions.x[model.source[found]!]!, positions.y[model.source[found]!]!, positions.x[model.target[found]!]!, positions.y[model.target[found]!]!)).toBeLessThanOrEqual(model.width[found]! / 2 + 0.5);
  });
  it('skips hidden edges and finds nothing far from every edge', () => {
    expect(edgeAt(grid, model, positions, new Uint8Array(model.edgeIds.length), { x: positions.x[0]!, y: positions.y[0]! }, 50)).toBe(-1);
    expect(edgeAt(grid, model, positions, all, { x: -10_000, y: -10_000 }, 5)).toBe(-1);
  });
  it('agrees with looking at every edge, for any point, tolerance and visible subset', () => {
    const xs = [...positions.x];
    const ys = [...positions.y];
    fc.assert(
      fc.property(
        fc.double({ min: Math.min(...xs) - 100, max: Math.max(...xs) + 100, noNaN: true }),
        fc.double({ min: Math.min(...ys) - 100, max: Math.max(...ys) + 100, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.uint8Array({ minLength: model.edgeIds.length, maxLength: model.edgeIds.length, max: 1 }),
        (x, y, tolerance, visible) => {
          expect(edgeAt(grid, model, positions, visible, { x, y }, tolerance)).toBe(bruteForce(model, visible, { x, y }, tolerance));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('agrees with looking at every edge for points on and near edges, at small tolerances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: model.edgeIds.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        (i, t, offset, tolerance) => {
          const [s, e] = [model.source[i]!, model.target[i]!];
          const point = { x: positions.x[s]! + t * (positions.x[e]! - positions.x[s]!) + offset, y: positions.y[s]! + t * (positions.y[e]! - positions.y[s]!) };
          expect(edgeAt(grid, model, positions, all, point, tolerance)).toBe(bruteForce(model, all, point, tolerance));
        },
      ),
      { numRuns: 500 },
    );
  });
  it('handles vertical, horizontal and zero-length segments', () => {
    const tiny = syntheticGraph({ nodes: 4, edges: 4, seed: 2 });
    const m = buildEdgeModel(tiny);
    const p = { x: Float64Array.from([0, 0, 100, 0]), y: Float64Array.from([0, 100, 0, 0]) };
    const g = buildHitGrid(m, p);
    const visible = new Uint8Array(m.edgeIds.length).fill(1);
    for (const point of [{ x: 0, y: 50 }, { x: 50, y: 0 }, { x: 0, y: 0 }, { x: 70, y: 30 }]) {
      expect(edgeAt(g, m, p, visible, point, 2)).toBe(bruteForce(m, visible, point, 2, p));
    }
  });
});
