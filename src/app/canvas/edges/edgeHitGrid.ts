/**
 * Finding the edge under the pointer without cytoscape: a uniform grid over the nodes' extent, each cell listing
 * the edges whose segment crosses it, so a query looks at a few cells instead of 10,000 segments. Pure; model units.
 */
import type { NodePositions } from './drawEdges';
import type { EdgeModel } from './edgeModel';

export interface HitGrid {
  readonly x0: number;
  readonly y0: number;
  readonly cell: number;
  readonly cols: number;
  readonly rows: number;
  /** Cell c's edges are `items[start[c]] … items[start[c + 1] - 1]`. */
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** About this many cells; with 10,000 edges a cell holds a handful of segments. */
const TARGET_CELLS = 16_384;

/** Calls `visit(cell)` for every cell the segment crosses: per column, the rows between its y at the column's sides. */
function forEachCell(grid: Omit<HitGrid, 'start' | 'items'>, ax: number, ay: number, bx: number, by: number, visit: (cell: number) => void): void {
  const col = (x: number) => Math.min(grid.cols - 1, Math.max(0, Math.floor((x - grid.x0) / grid.cell)));
  const row = (y: number) => Math.min(grid.rows - 1, Math.max(0, Math.floor((y - grid.y0) / grid.cell)));
  if (ax > bx) [ax, ay, bx, by] = [bx, by, ax, ay];
  const c0 = col(ax);
  const c1 = col(bx);
  const slope = bx > ax ? (by - ay) / (bx - ax) : 0;
  for (let c = c0; c <= c1; c += 1) {
    const left = c === c0 ? ax : grid.x0 + c * grid.cell;
    const right = c === c1 ? bx : grid.x0 + (c + 1) * grid.cell;
    const yl = bx === ax ? ay : ay + (left - ax) * slope;
    const yr = bx === ax ? by : ay + (right - ax) * slope;
    const r0 = row(Math.min(yl, yr));
    const r1 = row(Math.max(yl, yr));
    for (let r = r0; r <= r1; r += 1) visit(r * grid.cols + c);
  }
}

export function buildHitGrid(model: EdgeModel, positions: NodePositions): HitGrid {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (let i = 0; i < positions.x.length; i += 1) {
    x1 = Math.min(x1, positions.x[i]!);
    x2 = Math.max(x2, positions.x[i]!);
    y1 = Math.min(y1, positions.y[i]!);
    y2 = Math.max(y2, positions.y[i]!);
  }
  if (!(x1 <= x2)) x1 = x2 = y1 = y2 = 0;
  const w = Math.max(x2 - x1, 1);
  const h = Math.max(y2 - y1, 1);
  const cell = Math.max(Math.sqrt((w * h) / TARGET_CELLS), 1e-6);
  const shape = { x0: x1, y0: y1, cell, cols: Math.floor(w / cell) + 1, rows: Math.floor(h / cell) + 1 };
  const counts = new Int32Array(shape.cols * shape.rows + 1);
  const segment = (i: number, visit: (cell: number) => void) => {
    const s = model.source[i]!;
    const t = model.target[i]!;
    forEachCell(shape, positions.x[s]!, positions.y[s]!, positions.x[t]!, positions.y[t]!, visit);
  };
  const edges = model.source.length;
  for (let i = 0; i < edges; i += 1) segment(i, (c) => (counts[c + 1]! += 1));
  for (let c = 1; c < counts.length; c += 1) counts[c]! += counts[c - 1]!;
  const start = counts;
  const fill = start.slice();
  const items = new Int32Array(start[start.length - 1]!);
  for (let i = 0; i < edges; i += 1) segment(i, (c) => (items[fill[c]!++] = i));
  return { ...shape, start, items };
}

/** Distance from (px, py) to the segment a–b. */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 > 0 ? Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The visible edge nearest to `point` within `tolerance` of its drawn line (half its width plus `tolerance`, model
 * units), or -1. On a tie the later edge wins: it is drawn on top.
 */
export function edgeAt(grid: HitGrid, model: EdgeModel, positions: NodePositions, visible: Uint8Array, point: { x: number; y: number }, tolerance: number): number {
  let maxHalfWidth = 0;
  for (const style of model.styles) maxHalfWidth = Math.max(maxHalfWidth, style.width / 2);
  const reach = tolerance + maxHalfWidth;
  const c0 = Math.max(0, Math.floor((point.x - reach - grid.x0) / grid.cell));
  const c1 = Math.min(grid.cols - 1, Math.floor((point.x + reach - grid.x0) / grid.cell));
  const r0 = Math.max(0, Math.floor((point.y - reach - grid.y0) / grid.cell));
  const r1 = Math.min(grid.rows - 1, Math.floor((point.y + reach - grid.y0) / grid.cell));
  let best = -1;
  let bestGap = Infinity;
  for (let r = r0; r <= r1; r += 1) {
    for (let c = c0; c <= c1; c += 1) {
      const cell = r * grid.cols + c;
      for (let k = grid.start[cell]!; k < grid.start[cell + 1]!; k += 1) {
        const i = grid.items[k]!;
        if (!visible[i]) continue;
        const s = model.source[i]!;
        const t = model.target[i]!;
        const gap = distanceToSegment(point.x, point.y, positions.x[s]!, positions.y[s]!, positions.x[t]!, positions.y[t]!) - model.width[i]! / 2;
        if (gap > tolerance) continue;
        if (gap < bestGap || (gap === bestGap && i > best)) {
          best = i;
          bestGap = gap;
        }
      }
    }
  }
  return best;
}
