/**
 * The viewport that fits a set of placed circles (node positions and diameters) into a canvas, computed from the
 * numbers alone. Why: `cy.fit()` asks cytoscape for every element's bounding box, which on a 2,000-node /
 * 10,000-edge graph computed every edge's geometry and took ~1.4 s of the first load in headless Chromium; the
 * nodes' precomputed positions give the same box for free (edges lie between their nodes).
 */
export interface PlacedNode {
  readonly x: number;
  readonly y: number;
  /** Diameter in model units. */
  readonly size: number;
  /** The label's box under the node, in model units (see `labelExtent`); none when labels are hidden. */
  readonly label?: { readonly width: number; readonly height: number };
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

export interface ZoomLimits {
  readonly min: number;
  readonly max: number;
}

/**
 * Zoom and pan that centre `nodes` (and the labels under them) in a `width` × `height` canvas with `padding` px
 * around them, like `cy.fit(nodes, padding)`. Null when there is nothing to fit or no room.
 * @example fitViewport([{ x: 0, y: 0, size: 10 }, { x: 100, y: 0, size: 10 }], 220, 100, 0, { min: 0.1, max: 6 })
 *   // → zoom 2 (110 units across 220 px), pan so the pair is centred
 */
export function fitViewport(nodes: Iterable<PlacedNode>, width: number, height: number, padding: number, limits: ZoomLimits): Viewport | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const r = n.size / 2;
    const halfWidth = Math.max(r, (n.label?.width ?? 0) / 2);
    x1 = Math.min(x1, n.x - halfWidth);
    y1 = Math.min(y1, n.y - r);
    x2 = Math.max(x2, n.x + halfWidth);
    y2 = Math.max(y2, n.y + r + (n.label?.height ?? 0));
  }
  const innerW = width - 2 * padding;
  const innerH = height - 2 * padding;
  if (!(x1 <= x2) || innerW <= 0 || innerH <= 0) return null;
  const w = Math.max(x2 - x1, 1e-9);
  const h = Math.max(y2 - y1, 1e-9);
  const zoom = Math.min(limits.max, Math.max(limits.min, Math.min(innerW / w, innerH / h)));
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}
