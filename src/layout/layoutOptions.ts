/**
 * Layouts as data: the cytoscape options each named layout runs with, shared by the browser and by
 * `computeLayout` in Node so a precomputed layout and a re-layout look alike.
 */
import type { EdgeSingular, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../model/viewState';

/**
 * Past this many nodes the force layout is fcose's spectral "draft" alone: measured in Node on a synthetic
 * 2,000-node / 10,000-edge graph, draft took 1.9 s where the default quality (spectral + cose) took 252 s.
 */
export const DRAFT_LAYOUT_NODES = 300;

/** A node's diameter as the canvas draws it (`data(size)`); 30 px, cytoscape's default, when it has none. */
const sizeOf = (node: NodeSingular): number => Number(node.data('size')) || 30;

/**
 * fcose tuned for readability: edges as long as their two nodes' radii plus room for a label, repulsion growing
 * with a node's area, so hubs push their neighbours (and their labels) away instead of covering them.
 */
function forceOptions(nodeCount: number, common: object): LayoutOptions {
  return {
    name: 'fcose',
    ...common,
    quality: nodeCount > DRAFT_LAYOUT_NODES ? 'draft' : 'default',
    // The spectral start (randomize) is needed: without it fcose 2.2 left every node on the line x = y here.
    // computeLayout seeds it, so build-time layouts are deterministic.
    randomize: true,
    // Tuned on the seed graph (33 nodes, 103 edges; label boxes estimated as in nodeSizes.ts): repulsion 6,000 flat
    // and edges of 80 left 12 label/label and 14 label/node overlaps; these leave 2 and 0, in a ~750 × 650 box.
    nodeRepulsion: (node: NodeSingular) => 50_000 * (sizeOf(node) / 30) ** 2,
    idealEdgeLength: (edge: EdgeSingular) => 90 + (sizeOf(edge.source()) + sizeOf(edge.target())) / 2,
    numIter: 2500,
    nodeSeparation: 75,
  } as LayoutOptions;
}

/** Options for a named layout. */
export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  // No fit: callers only read positions (computeLayout) or fit on them with label room (the explorer), and a layout's
  // own fit measured every element's box for nothing (~160 ms at 10,000 edges).
  const common = { animate: false, fit: false } as const;
  switch (name) {
    case 'force':
      return forceOptions(nodeCount, common);
    case 'concentric':
      return { name: 'concentric', ...common, concentric: (node: NodeSingular) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 20 } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true };
  }
}

/** Room per √n nodes that small graphs get (labels shown), and the much tighter room of big ones (labels hidden). */
export const SPREAD_PER_ROOT_NODE = { small: 110, big: 45 } as const;
/** Up to this many nodes a graph gets the small graphs' room; from `SPREAD_BIG_NODES` on, the big ones'. */
const SPREAD_SMALL_NODES = 200;
const SPREAD_BIG_NODES = 1000;

/** The wanted side per √n: 110 px up to 200 nodes, 45 px from 1,000, linear in between. */
function spreadPerRootNode(nodeCount: number): number {
  const t = Math.min(1, Math.max(0, (nodeCount - SPREAD_SMALL_NODES) / (SPREAD_BIG_NODES - SPREAD_SMALL_NODES)));
  return SPREAD_PER_ROOT_NODE.small + (SPREAD_PER_ROOT_NODE.big - SPREAD_PER_ROOT_NODE.small) * t;
}

/**
 * How much to spread a layout out so nodes and their labels get room: fcose's draft packs 2,000 nodes into
 * ~350 px, and a small graph drawn at the default zoom needs ~110 px per √n. Returns the factor that makes the
 * larger side that long, or 1 when the layout is roomy already.
 */
export function spreadFactor(width: number, height: number, nodeCount: number): number {
  const wanted = spreadPerRootNode(nodeCount) * Math.sqrt(Math.max(1, nodeCount));
  const side = Math.max(width, height, 1);
  return side < wanted ? wanted / side : 1;
}
