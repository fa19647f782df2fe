/**
 * `computeLayout(graph, name)`: node positions for the whole graph, computed once (at build time in Node, or on
 * load in the browser) so filtering never moves a node. Uses cytoscape headless; no DOM, no React.
 */
import cytoscape from 'cytoscape';
import type { Graph } from '../model/schema';
import type { LayoutName } from '../model/viewState';
import fcose from 'cytoscape-fcose';
import { initialPositions } from './initialPositions';
import { layoutOptions, spreadFactor } from './layoutOptions';
import { LABEL_LIMIT, nodeSizes } from './nodeSizes';
import { separateLabels } from './separateLabels';
import { registerFcose } from './registerFcose';

import type { Positions } from './initialPositions';
import { mulberry32 } from '../model/random';

export type { Positions };

/**
 * Runs a layout headless and returns each node's position (rounded to 0.1). Deterministic: fcose's few random
 * draws (overlapping nodes) are fed by a seeded generator for the duration of the (synchronous) run.
 * @example const graphWithPositions = withPositions(graph, computeLayout(graph, 'force'));
 */
export function computeLayout(graph: Graph, name: LayoutName = 'force', seed = 1): Positions {
  registerFcose(fcose);
  const start = initialPositions(graph);
  const sizes = nodeSizes(graph);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // The same diameters as on screen, so the layout keeps big nodes apart.
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: sizes.get(n.id) }, position: { ...start[n.id]! } })),
      ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  const random = Math.random;
  Math.random = mulberry32(seed);
  try {
    cy.layout(layoutOptions(name, graph.nodes.length)).run();
  } finally {
    Math.random = random;
  }
  const box = cy.nodes().boundingBox({ includeLabels: false });
  const k = spreadFactor(box.w, box.h, graph.nodes.length);
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    const p = node.position();
    positions[node.id()] = { x: Math.round(p.x * k * 10) / 10, y: Math.round(p.y * k * 10) / 10 };
  });
  cy.destroy();
  return graph.nodes.length <= LABEL_LIMIT ? Object.fromEntries(separateLabels(labelled(graph, positions, sizes))) : positions;
}

function labelled(graph: Graph, positions: Positions, sizes: ReadonlyMap<string, number>) {
  return graph.nodes.flatMap((n) => (positions[n.id] ? [{ id: n.id, label: n.label, size: sizes.get(n.id)!, ...positions[n.id]! }] : []));
}

/** The same graph with `position` set on every node that has one in `positions`. */
export function withPositions(graph: Graph, positions: Positions): Graph {
  return { ...graph, nodes: graph.nodes.map((n) => (positions[n.id] ? { ...n, position: positions[n.id] } : n)) };
}
