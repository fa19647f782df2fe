/**
 * The affine maps between model units and pixels: `pixel = model × scale + offset` on both axes. Pure.
 * On screen it is cytoscape's viewport (`rendered = model × zoom + pan`) times the canvas's device pixel ratio;
 * in an export, the transform cytoscape's `png()` draws with, so our edges land under its nodes.
 */
export interface Transform {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

export interface ViewportState {
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
}

/** Device pixels of a canvas drawn at `pixelRatio` over cytoscape's viewport. */
export const screenTransform = (viewport: ViewportState, pixelRatio: number): Transform => ({
  scale: viewport.zoom * pixelRatio,
  x: viewport.pan.x * pixelRatio,
  y: viewport.pan.y * pixelRatio,
});

/** A rendered position (CSS px in the canvas) in model units. */
export const renderedToModel = (point: { x: number; y: number }, viewport: ViewportState): { x: number; y: number } => ({
  x: (point.x - viewport.pan.x) / viewport.zoom,
  y: (point.y - viewport.pan.y) / viewport.zoom,
});

export interface ExportArea {
  /** The whole graph (cytoscape's `full`) or the current view. */
  readonly full: boolean;
  /** `scale` × the renderer's pixel ratio, as cytoscape's `bufferCanvasImage` computes it. */
  readonly scale: number;
  /** The elements' bounding box's top-left (model units): the origin of a full export. */
  readonly box: { readonly x1: number; readonly y1: number };
  readonly viewport: ViewportState;
}

/** What cytoscape's png() does: `translate(-box × s) scale(s)` for the whole graph, `translate(pan × s) scale(s × zoom)` for the view. */
export function exportTransform({ full, scale, box, viewport }: ExportArea): Transform {
  if (full) return { scale, x: -box.x1 * scale, y: -box.y1 * scale };
  return { scale: scale * viewport.zoom, x: viewport.pan.x * scale, y: viewport.pan.y * scale };
}
