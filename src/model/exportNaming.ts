/**
 * The pure parts of PNG export: the file name, the caption and the scale clamp that keeps an export inside the
 * browser's canvas limits (a canvas over the limit gives a blank image or none, without an error).
 */
import { DEFAULT_FILTERS, inVocabularyOrder, sameMembers, type Filters, type YearRange } from './filters';
import { DOMAINS, NODE_TYPES, RELATIONS, domainInfo } from './vocabulary';

/** Chromium's limits: 65,535 px a side and 268,435,456 px (16,384²) in area. */
export const CANVAS_LIMITS = { maxSide: 65_535, maxArea: 16_384 * 16_384 } as const;

/** The years the filters show, as a label: "2017-2025", or "all-years" when the graph has no dated edge. */
function yearsPart(filters: Filters, bounds: YearRange | null): string {
  const range = filters.years ?? bounds;
  if (!range) return 'all-years';
  const from = Number.isFinite(range.from) ? range.from : bounds?.from;
  const to = Number.isFinite(range.to) ? range.to : bounds?.to;
  return from === to ? `${from}` : `${from}-${to}`;
}

/**
 * `graph_<from>-<to>_<domains>.png`, e.g. `graph_2017-2025_defence-cyber.png` or `graph_2017-2025_all-domains.png`.
 */
export function exportFileName(filters: Filters, bounds: YearRange | null): string {
  const domains = sameMembers(filters.domains, DEFAULT_FILTERS.domains)
    ? 'all-domains'
    : filters.domains.length === 0
      ? 'no-domains'
      : inVocabularyOrder(DOMAINS, filters.domains).join('-');
  return `graph_${yearsPart(filters, bounds)}_${domains}.png`;
}

/** The caption printed under an exported image: one line per active filter, years and domains always. */
export function exportCaption(filters: Filters, bounds: YearRange | null): string[] {
  const years = yearsPart(filters, bounds).replace('-', '–').replace('all–years', 'all years');
  const domains = sameMembers(filters.domains, DEFAULT_FILTERS.domains)
    ? 'all domains'
    : filters.domains.length === 0
      ? 'none'
      : inVocabularyOrder(DOMAINS, filters.domains).map((d) => domainInfo(d).label).join(', ');
  const lines = [`Years: ${years}`, `Domains: ${domains}`];
  if (!sameMembers(filters.relations, DEFAULT_FILTERS.relations)) {
    lines.push(`Relations: ${RELATIONS.filter((r) => filters.relations.includes(r.type)).map((r) => r.label).join(', ') || 'none'}`);
  }
  if (!sameMembers(filters.nodeTypes, DEFAULT_FILTERS.nodeTypes)) {
    lines.push(`Actor types: ${inVocabularyOrder(NODE_TYPES, filters.nodeTypes).join(', ') || 'none'}`);
  }
  if (filters.minEvidence > 1) lines.push(`At least ${filters.minEvidence} evidence sentences`);
  return lines;
}

export interface ClampedScale {
  readonly scale: number;
  /** True when the requested scale had to be lowered. */
  readonly reduced: boolean;
}

/**
 * The largest scale ≤ `requested` at which a `width` × `height` image (at scale 1) fits the canvas limits.
 * @example clampScale(20_000, 20_000, 4) // → { scale: 0.8192, reduced: true }
 */
export function clampScale(width: number, height: number, requested: number, limits = CANVAS_LIMITS): ClampedScale {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const bySide = limits.maxSide / Math.max(w, h);
  const byArea = Math.sqrt(limits.maxArea / (w * h));
  const fits = Math.min(bySide, byArea);
  if (requested <= fits) return { scale: requested, reduced: false };
  // Round down to 4 decimals so rounding never pushes the canvas back over the limit.
  return { scale: Math.floor(fits * 10_000) / 10_000, reduced: true };
}
