/** Deterministic starting positions, cheap enough for the browser's first paint (no layout library needed). */
import type { Graph } from '../model/schema';

export type Positions = Record<string, { x: number; y: number }>;

/** Starting positions on a circle, in node order: deterministic input for the force layout. */
export function initialPositions(graph: Graph): Positions {
  const n = Math.max(1, graph.nodes.length);
  const radius = 40 * Math.sqrt(n) + 50;
  return Object.fromEntries(graph.nodes.map((node, i) => [node.id, { x: radius * Math.cos((2 * Math.PI * i) / n), y: radius * Math.sin((2 * Math.PI * i) / n) }]));
}

