/**
 * How an export finds the edges it must draw under cytoscape's image of the nodes: the edge layer registers a
 * painter on the cytoscape instance it draws for (in cytoscape's scratch data, made for such extensions).
 */
import type { Core } from 'cytoscape';
import type { Transform } from './edgeTransform';

/** Draws the visible edges, as on screen, on `ctx` with model units mapped to pixels by `transform`. */
export type EdgeUnderlay = (ctx: CanvasRenderingContext2D, transform: Transform) => void;

const KEY = 'ir-explorer:edge-underlay';

export function setEdgeUnderlay(cy: Core, underlay: EdgeUnderlay | null): void {
  if (underlay) cy.scratch(KEY, underlay);
  else cy.removeScratch(KEY);
}

/** The painter of the edges cytoscape does not draw, or null (small graphs: cytoscape draws every edge). */
export function edgeUnderlayOf(cy: Core): EdgeUnderlay | null {
  const underlay: unknown = cy.scratch(KEY);
  return typeof underlay === 'function' ? (underlay as EdgeUnderlay) : null;
}
