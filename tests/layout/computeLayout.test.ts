import { describe, expect, it } from 'vitest';
import { computeLayout, withPositions } from '../../src/layout';
import { LAYOUT_NAMES } from '../../src/model/viewState';
import { smallGraph } from '../fixtures/smallGraph';

describe('computeLayout', () => {
  it.each(LAYOUT_NAMES)('places every node at a finite position with %s', (name) => {
    const positions = computeLayout(smallGraph, name);
    expect(Object.keys(positions).sort()).toEqual(smallGraph.nodes.map((n) => n.id).sort());
    for (const p of Object.values(positions)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  it('is deterministic for the force layout', () => {
    expect(computeLayout(smallGraph, 'force')).toEqual(computeLayout(smallGraph, 'force'));
  });

  it('does not leave Math.random seeded', () => {
    const before = Math.random;
    computeLayout(smallGraph, 'force');
    expect(Math.random).toBe(before);
  });

  it('keeps connected nodes apart (no two nodes on the same spot)', () => {
    const positions = Object.values(computeLayout(smallGraph, 'force'));
    const keys = new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(keys.size).toBe(positions.length);
  });

  it('withPositions writes them onto the nodes', () => {
    const g = withPositions(smallGraph, computeLayout(smallGraph, 'grid'));
    expect(g.nodes.every((n) => n.position !== undefined)).toBe(true);
    expect(smallGraph.nodes.every((n) => n.position === undefined)).toBe(true);
  });
});
