import { describe, expect, it } from 'vitest';
import { DRAFT_LAYOUT_NODES, computeLayout, layoutOptions, nodeSizes, spreadFactor, withPositions } from '../../src/layout';
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

  it('lays the graph out in two dimensions, not along a line', () => {
    const positions = Object.values(computeLayout(smallGraph, 'force'));
    expect(positions.filter((p) => Math.abs(p.x - p.y) < 1).length).toBeLessThan(3);
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

describe('layoutOptions and spreadFactor', () => {
  it('uses the fast spectral draft for big graphs and the full quality on small ones', () => {
    expect(layoutOptions('force', DRAFT_LAYOUT_NODES + 1)).toMatchObject({ name: 'fcose', quality: 'draft', randomize: true });
    expect(layoutOptions('force', 20)).toMatchObject({ name: 'fcose', quality: 'default', randomize: true });
    expect(layoutOptions('concentric', 20).name).toBe('concentric');
  });
  it('spreads a big packed layout to about 45 px × √n and leaves a roomy one alone', () => {
    expect(spreadFactor(350, 300, 2000)).toBeCloseTo((45 * Math.sqrt(2000)) / 350);
    expect(spreadFactor(5000, 4000, 2000)).toBe(1);
  });
  it('gives a small graph about 110 px × √n, so its labels have room at the default zoom', () => {
    expect(spreadFactor(300, 200, 36)).toBeCloseTo((110 * 6) / 300);
    expect(spreadFactor(900, 200, 36)).toBe(1);
    // In between, the room per √n shrinks steadily from the small graphs' to the big ones'.
    const perRoot = (n: number) => spreadFactor(1, 1, n) / Math.sqrt(n);
    expect(perRoot(600)).toBeLessThan(perRoot(200));
    expect(perRoot(600)).toBeGreaterThan(perRoot(1000));
  });
  it('lays the force layout out with room for node sizes: no two nodes of a graph overlap', () => {
    const positions = computeLayout(smallGraph, 'force');
    const sizes = nodeSizes(smallGraph);
    const nodes = smallGraph.nodes.map((n) => ({ ...positions[n.id]!, r: sizes.get(n.id)! / 2 }));
    for (const [i, a] of nodes.entries()) {
      for (const b of nodes.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
    }
  });
});
