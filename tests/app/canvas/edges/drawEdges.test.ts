import { describe, expect, it } from 'vitest';
import { drawBatches, type EdgeContext } from '../../../../src/app/canvas/edges/drawEdges';
import { edgeBatches } from '../../../../src/app/canvas/edges/edgeBatches';
import { buildEdgeModel } from '../../../../src/app/canvas/edges/edgeModel';
import { smallGraph } from '../../../fixtures/smallGraph';

/** Records what is drawn: one entry per stroke with its style and segments. */
function recordingContext() {
  const strokes: Array<{ colour: string; width: number; alpha: number; segments: number[][] }> = [];
  let path: number[][] = [];
  const ctx = {
    globalAlpha: 1,
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'round',
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => path.push([x, y]),
    lineTo: (x: number, y: number) => path.at(-1)!.push(x, y),
    stroke: () => strokes.push({ colour: String(ctx.strokeStyle), width: ctx.lineWidth, alpha: ctx.globalAlpha, segments: path }),
  };
  return { ctx: ctx as unknown as EdgeContext & typeof ctx, strokes };
}

describe('drawBatches', () => {
  it('strokes each batch once, with a segment from source to target per edge', () => {
    const model = buildEdgeModel(smallGraph);
    const n = model.nodeIds.length;
    const positions = { x: Float64Array.from({ length: n }, (_, i) => i * 10), y: Float64Array.from({ length: n }, (_, i) => i) };
    const batches = edgeBatches(model, new Uint8Array(model.edgeIds.length).fill(1));
    const { ctx, strokes } = recordingContext();
    drawBatches(ctx, model, positions, batches);
    expect(strokes).toHaveLength(batches.length);
    expect(strokes.map((s) => [s.colour, s.width, s.alpha])).toEqual(batches.map((b) => [b.colour, b.width, b.alpha]));
    const e1 = model.edgeIndex.get('e1')!;
    const [s, t] = [model.source[e1]!, model.target[e1]!];
    expect(strokes.flatMap((st) => st.segments)).toContainEqual([s * 10, s, t * 10, t]);
    expect(ctx.lineCap).toBe('butt');
    expect(ctx.globalAlpha).toBe(1);
  });
});
