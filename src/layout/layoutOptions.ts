/**
 * Layouts as data: the cytoscape options each named layout runs with, shared by the browser and by
 * `computeLayout` in Node so a precomputed layout and a re-layout look alike.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../model/viewState';

let registered = false;
/** Registers the fcose extension once (cytoscape warns when an extension is registered twice). */
export function registerLayouts(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** Options for a named layout. `randomize` is false so a force layout refines the current positions. */
export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  const common = { animate: false, fit: true, padding: 30 } as const;
  switch (name) {
    case 'force':
      return {
        name: 'fcose',
        ...common,
        quality: nodeCount > 1000 ? 'draft' : 'default',
        randomize: false,
        nodeRepulsion: () => 6000,
        idealEdgeLength: () => 80,
        numIter: 2500,
        nodeSeparation: 60,
      } as LayoutOptions;
    case 'concentric':
      return { name: 'concentric', ...common, concentric: (node: cytoscape.NodeSingular) => node.degree(false), levelWidth: () => 2, minNodeSpacing: 20 } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true };
  }
}
