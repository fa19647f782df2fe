/**
 * Node diameters and label extents in model units, shared by the stylesheet's data, the layout (so fcose keeps
 * big nodes apart) and the first fit (so labels are not clipped). Pure: no DOM, no cytoscape.
 */
import type { Graph } from '../model/schema';

/** Diameters run from `min` (an actor with no relationship) to `max` (the graph's best-connected actor). */
export const NODE_SIZE = { min: 18, max: 70 } as const;

/**
 * Below this weighted degree the largest node is not drawn at full size: in a graph whose busiest actor has two
 * relationships, that actor is not a hub.
 */
const HUB_DEGREE_FLOOR = 25;

/**
 * Diameter on a square-root scale (area grows with weighted degree), relative to the graph's largest weighted
 * degree so two hubs cannot swallow the canvas.
 * @example nodeSize(108, 108) // → 70; nodeSize(25, 108) // → 43; nodeSize(1, 108) // → 23
 */
export function nodeSize(weightedDegree: number, maxWeightedDegree: number): number {
  const top = Math.max(maxWeightedDegree, HUB_DEGREE_FLOOR);
  const share = Math.min(1, Math.max(0, weightedDegree) / top);
  return Math.round((NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.sqrt(share)) * 10) / 10;
}

/** Each node's weighted degree: the sum of its relationships' weights (evidence counts). */
export function weightedDegrees(graph: Graph): Map<string, number> {
  const weighted = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    weighted.set(e.source, (weighted.get(e.source) ?? 0) + e.weight);
    weighted.set(e.target, (weighted.get(e.target) ?? 0) + e.weight);
  }
  return weighted;
}

/** Each node's diameter (see `nodeSize`). */
export function nodeSizes(graph: Graph): Map<string, number> {
  const weighted = weightedDegrees(graph);
  let max = 0;
  for (const w of weighted.values()) max = Math.max(max, w);
  return new Map([...weighted].map(([id, w]) => [id, nodeSize(w, max)]));
}

/** Past this many visible nodes, labels are hidden (Cytoscape desktop's rule of thumb). */
export const LABEL_LIMIT = 200;

/** The label font, in model units (it scales with the zoom like everything else on the canvas). */
export const LABEL_FONT_SIZE = 14;
/** Gap between a node and its label underneath (cytoscape's `text-margin-y`). */
export const LABEL_MARGIN = 3;
/** An average glyph of system-ui is ~0.58 em wide; 0.62 errs on the side of room. */
const GLYPH_WIDTH = 0.62 * LABEL_FONT_SIZE;
/** One line plus the text outline. */
const LABEL_HEIGHT = LABEL_FONT_SIZE * 1.3 + 4;

/** The estimated box of a label drawn under its node, without measuring text (no DOM here). */
export function labelExtent(label: string): { readonly width: number; readonly height: number } {
  return { width: label.length * GLYPH_WIDTH + 4, height: LABEL_MARGIN + LABEL_HEIGHT };
}
