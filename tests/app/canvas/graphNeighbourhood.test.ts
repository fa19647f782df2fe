import { describe, expect, it } from 'vitest';
import { graphNeighbourhood } from '../../../src/app/canvas/graphNeighbourhood';
import { smallGraph } from '../../fixtures/smallGraph';

describe('graphNeighbourhood', () => {
  it("gives a node with every edge that touches it and those edges' other ends", () => {
    const hood = graphNeighbourhood(smallGraph, { kind: 'node', id: 'PESCO' })!;
    expect([...hood.edgeIds].sort()).toEqual(['e3', 'e4', 'e5']);
    expect([...hood.nodeIds].sort()).toEqual(['DEU', 'FRA', 'PESCO', 'POL']);
  });
  it('gives an edge with its two ends', () => {
    const hood = graphNeighbourhood(smallGraph, { kind: 'edge', id: 'e8' })!;
    expect(hood).toEqual({ nodeIds: new Set(['RUS', 'UKR']), edgeIds: new Set(['e8']) });
  });
  it('is null for an id the graph does not have', () => {
    expect(graphNeighbourhood(smallGraph, { kind: 'node', id: 'nope' })).toBeNull();
    expect(graphNeighbourhood(smallGraph, { kind: 'edge', id: 'nope' })).toBeNull();
  });
});
