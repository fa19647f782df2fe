/**
 * PNG export: cytoscape renders the graph (`blob-promise`, the non-blocking mode), then a 2D canvas adds the
 * caption (active filters) and the legend under it. The scale is clamped to the browser's canvas limits first.
 * The dialog only collects options; this module does the work.
 */
import type { Core } from 'cytoscape';
import { CANVAS_LIMITS, clampScale, exportCaption, exportFileName } from '../../model/exportNaming';
import type { Filters, YearRange } from '../../model/filters';
import { DOMAIN_INFO } from '../../model/vocabulary';
import { exportTransform, type Transform } from '../canvas/edges/edgeTransform';
import { edgeUnderlayOf, type EdgeUnderlay } from '../canvas/edges/underlay';

export const EXPORT_SCALES = [1, 2, 4] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

export interface ExportOptions {
  /** The whole graph (every visible element) rather than the current viewport. */
  readonly full: boolean;
  readonly scale: ExportScale;
  readonly background: 'white' | 'transparent';
}

/**
 * Whole-graph exports are capped at this many device pixels (caption included). Why: drawing a 2,000-node /
 * 10,000-edge graph at 2× its layout size (10,796 × 11,046 px) took 20.5 s in headless Chromium, about 0.17 s
 * per megapixel; the cap (about a 2× export of a 1280 × 800 window) keeps a whole-graph export near 1 s. The dialog says when it applies.
 */
export const WHOLE_GRAPH_MAX_PIXELS = 2_000_000;

export interface ExportPlan {
  readonly scale: number;
  /** The scale was lowered to stay inside the browser's canvas limits. */
  readonly reduced: boolean;
  /** The scale was lowered to keep a whole-graph export under `WHOLE_GRAPH_MAX_PIXELS`. */
  readonly capped: boolean;
  readonly fileName: string;
  readonly caption: string[];
  /** Height of the caption and legend strip at scale 1. */
  readonly footerHeight: number;
}

const LINE = 16;
const PADDING = 10;

/**
 * Decides scale, file name and caption for an image whose graph part is `width` × `height` CSS px at scale 1,
 * drawn at `pixelRatio` device px per CSS px (cytoscape multiplies by its pixel ratio).
 */
export function planExport(width: number, height: number, options: ExportOptions, filters: Filters, bounds: YearRange | null, pixelRatio = 1): ExportPlan {
  const caption = exportCaption(filters, bounds);
  const legendRows = Math.ceil(legendDomains(filters).length / 4) + 1;
  const footerHeight = PADDING * 2 + LINE * (caption.length + legendRows);
  const w = Math.max(width, 480) * pixelRatio;
  const h = (height + footerHeight) * pixelRatio;
  const limited = clampScale(w, h, options.scale);
  const cap = options.full ? clampScale(w, h, options.scale, { maxSide: CANVAS_LIMITS.maxSide, maxArea: WHOLE_GRAPH_MAX_PIXELS }) : limited;
  const capped = cap.scale < limited.scale;
  const scale = capped ? cap.scale : limited.scale;
  return { scale, reduced: limited.reduced, capped, fileName: exportFileName(filters, bounds), caption, footerHeight };
}

const legendDomains = (filters: Filters) => DOMAIN_INFO.filter((d) => filters.domains.includes(d.domain));

export interface ExportResult {
  readonly blob: Blob;
  readonly fileName: string;
  /** Set when the requested scale had to be lowered to fit the canvas limits. */
  readonly reducedTo: number | null;
  /** Set when a whole-graph export was scaled down to the size cap (`WHOLE_GRAPH_MAX_PIXELS`). */
  readonly cappedTo?: number | null;
}

/** The renderer's pixel ratio (1 on big graphs, the screen's otherwise); cytoscape multiplies exports by it. */
function pixelRatioOf(cy: Core): number {
  const renderer = (cy as unknown as { renderer?: () => { getPixelRatio?: () => number } }).renderer?.();
  return renderer?.getPixelRatio?.() ?? window.devicePixelRatio ?? 1;
}

/** The edges cytoscape does not draw (a big graph's edge layer), with the transform of cytoscape's own image. */
interface Underlay {
  readonly paint: EdgeUnderlay;
  readonly transform: Transform;
}

/**
 * Renders the PNG. "Whole graph" is cytoscape's `full` export: the graph at its layout's size (1 unit = 1 px at
 * 1×), as the style guide and the browser tests expect — so a big layout at 4× is where the clamp matters.
 * A big graph's edges are painted under cytoscape's image of the nodes, at the transform cytoscape drew with.
 * Throws an Error with a sentence for the user when the browser cannot make the image.
 */
export async function exportPng(cy: Core, options: ExportOptions, filters: Filters, bounds: YearRange | null): Promise<ExportResult> {
  // The same box cytoscape sizes a full export by.
  const elementsBox = cy.elements().boundingBox();
  const box = options.full ? elementsBox : { w: cy.width(), h: cy.height() };
  const pixelRatio = pixelRatioOf(cy);
  const plan = planExport(box.w, box.h, options, filters, bounds, pixelRatio);
  const paint = edgeUnderlayOf(cy);
  const underlay = paint
    ? { paint, transform: exportTransform({ full: options.full, scale: plan.scale * pixelRatio, box: elementsBox, viewport: { zoom: cy.zoom(), pan: cy.pan() } }) }
    : null;
  // With an underlay the background goes under the edges, so cytoscape's image stays transparent.
  const bg = options.background === 'white' && !underlay ? '#ffffff' : undefined;
  const graphBlob = await cy.png({ output: 'blob-promise', full: options.full, scale: plan.scale, bg });
  if (!graphBlob || graphBlob.size === 0) throw new Error('The browser could not draw an image this large; try a smaller scale or the current view.');
  const image = await createImageBitmap(graphBlob);
  const blob = await compose(image, plan, filters, options.background, pixelRatio, underlay);
  return { blob, fileName: plan.fileName, reducedTo: plan.reduced && !plan.capped ? plan.scale : null, cappedTo: plan.capped ? plan.scale : null };
}

async function compose(
  image: ImageBitmap,
  plan: ExportPlan,
  filters: Filters,
  background: ExportOptions['background'],
  pixelRatio: number,
  underlay: Underlay | null,
): Promise<Blob> {
  const s = plan.scale * pixelRatio;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(image.width, Math.ceil(480 * s));
  canvas.height = image.height + Math.ceil(plan.footerHeight * s);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The browser could not create a drawing canvas for the export.');
  if (background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  if (underlay) {
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, image.width, image.height);
    ctx.clip();
    underlay.paint(ctx, underlay.transform);
    ctx.restore();
  }
  ctx.drawImage(image, 0, 0);
  ctx.scale(s, s);
  ctx.fillStyle = '#1d1d1d';
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  let y = image.height / s + PADDING;
  for (const line of plan.caption) {
    ctx.fillText(line, PADDING, y);
    y += LINE;
  }
  legendDomains(filters).forEach((d, i) => {
    const x = PADDING + (i % 4) * 115;
    const row = y + Math.floor(i / 4) * LINE;
    ctx.fillStyle = d.colour;
    ctx.fillRect(x, row + 1, 10, 10);
    ctx.fillStyle = '#1d1d1d';
    ctx.fillText(d.label, x + 14, row);
  });
  y += Math.ceil(legendDomains(filters).length / 4) * LINE;
  const conflict = underlay ? 'Black: tension or conflict' : 'Dashed: tension or conflict';
  ctx.fillText(`${conflict} · outlined: several domains · size: relationships`, PADDING, y);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the image; try a smaller scale.');
  return blob;
}

/** Saves a blob under a file name through a temporary link. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
