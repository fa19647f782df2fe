/**
 * Layouts as data: the cytoscape options each named layout runs with, shared by the browser and by
 * `computeLayout` in Node so a precomputed layout and a re-layout look alike.
 */
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../model/viewState';

/**
 * Past this many nodes the force layout is fcose's spectral "draft" alone: measured in Node on a synthetic
 * 2,000-node / 10,000-edge graph, draft took 1.9 s where the default quality (spectral + cose) took 252 s.
 */
export const DRAFT_LAYOUT_NODES = 300;

/** Options for a named layout. */
export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  const common = { animate: false, fit: true, padding: 30 } as const;
  switch (name) {
    case 'force':
      return {
        name: 'fcose',
        ...common,
        quality: nodeCount > DRAFT_LAYOUT_NODES ? 'draft' : 'default',
        // The spectral start (randomize) is needed: without it fcose 2.2 left every node on the line x = y here.
        // computeLayout seeds it, so build-time layouts are deterministic.
        randomize: true,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 80,
        numIter: 2500,
        nodeSeparation: 60,
      } as LayoutOptions;
    case 'concentric':
      return { name: 'concentric', ...common, concentric: (node: NodeSingular) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 20 } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true };
  }
}

/**
 * How much to spread a layout out so nodes get room: fcose's draft packs 2,000 nodes into ~350 px. Returns the
 * factor that makes the larger side about 45 px × √n, or 1 when the layout is roomy already.
 */
export function spreadFactor(width: number, height: number, nodeCount: number): number {
  const wanted = 45 * Math.sqrt(Math.max(1, nodeCount));
  const side = Math.max(width, height, 1);
  return side < wanted ? wanted / side : 1;
}
