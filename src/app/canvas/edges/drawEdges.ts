/** Strokes batches of edges on a 2D context whose transform maps model units to pixels. */
import type { Batch } from './edgeBatches';
import type { EdgeModel } from './edgeModel';

/** The part of `CanvasRenderingContext2D` the drawing needs (a recording fake in tests). */
export type EdgeContext = Pick<CanvasRenderingContext2D, 'beginPath' | 'moveTo' | 'lineTo' | 'stroke' | 'globalAlpha' | 'strokeStyle' | 'lineWidth' | 'lineCap'>;

/** Node positions in model units, by node index. */
export interface NodePositions {
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/** One `beginPath`, a `moveTo`/`lineTo` per edge and one `stroke` per batch: a few ms for 10,000 edges. */
export function drawBatches(ctx: EdgeContext, model: EdgeModel, positions: NodePositions, batches: readonly Batch[]): void {
  ctx.lineCap = 'butt';
  for (const batch of batches) {
    ctx.globalAlpha = batch.alpha;
    ctx.strokeStyle = batch.colour;
    ctx.lineWidth = batch.width;
    ctx.beginPath();
    for (const i of batch.edges) {
      const s = model.source[i]!;
      const t = model.target[i]!;
      ctx.moveTo(positions.x[s]!, positions.y[s]!);
      ctx.lineTo(positions.x[t]!, positions.y[t]!);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
