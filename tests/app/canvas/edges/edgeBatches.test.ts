import { describe, expect, it } from 'vitest';
import { edgeBatches, FADED_ALPHA, UNDERLAY, type Batch } from '../../../../src/app/canvas/edges/edgeBatches';
import { buildEdgeModel } from '../../../../src/app/canvas/edges/edgeModel';
import { smallGraph } from '../../../fixtures/smallGraph';

const model = buildEdgeModel(smallGraph);
const all = new Uint8Array(model.edgeIds.length).fill(1);
const ids = (batch: Batch) => batch.edges.map((i) => model.edgeIds[i]);
const drawn = (batches: Batch[]) => batches.flatMap(ids);

describe('edgeBatches', () => {
  it('draws every visible edge once as a line, plus once as an outline when it has several domains', () => {
    const batches = edgeBatches(model, all);
    const multi = smallGraph.edges.filter((e) => e.domains.length > 1).length;
    expect(drawn(batches)).toHaveLength(smallGraph.edges.length + multi);
    expect(new Set(drawn(batches))).toEqual(new Set(model.edgeIds));
    expect(batches.every((b) => b.alpha === 1)).toBe(true);
  });
  it('makes one batch per colour and width, outlines before lines', () => {
    const batches = edgeBatches(model, all);
    const keys = batches.map((b) => `${b.colour}/${b.width}/${b.alpha}`);
    const firstLine = batches.findIndex((b) => b.edges.some((i) => model.styles[model.line[i]!]!.colour === b.colour && model.styles[model.line[i]!]!.width === b.width));
    expect(batches.slice(firstLine).every((b) => b.edges.every((i) => model.styles[model.line[i]!] === model.styles.find((s) => s.colour === b.colour && s.width === b.width)))).toBe(true);
    expect(new Set(keys.slice(firstLine)).size).toBe(keys.length - firstLine);
  });
  it('leaves out hidden edges', () => {
    const mask = new Uint8Array(model.edgeIds.length);
    mask[model.edgeIndex.get('e3')!] = 1;
    expect(drawn(edgeBatches(model, mask))).toEqual(['e3']);
    expect(edgeBatches(model, new Uint8Array(model.edgeIds.length))).toEqual([]);
  });
  it('with a selection, fades the rest, then draws the neighbourhood, then the selected edge over its underlay', () => {
    const e1 = model.edgeIndex.get('e1')!;
    const e3 = model.edgeIndex.get('e3')!;
    const batches = edgeBatches(model, all, { hood: new Set([e1, e3]), selected: e1 });
    const faded = batches.filter((b) => b.alpha === FADED_ALPHA);
    expect(new Set(faded.flatMap(ids))).toEqual(new Set(model.edgeIds.filter((id) => id !== 'e1' && id !== 'e3')));
    const lastFaded = batches.findLastIndex((b) => b.alpha === FADED_ALPHA);
    const after = batches.slice(lastFaded + 1);
    expect(after.flatMap(ids)).toEqual(['e3', 'e1', 'e1', 'e1']);
    const underlay = after.find((b) => b.colour === UNDERLAY.colour)!;
    expect(underlay).toMatchObject({ alpha: UNDERLAY.alpha, width: model.width[e1]! + 2 * UNDERLAY.padding, edges: [e1] });
  });
  it('does not draw a selected edge the filters hide', () => {
    const e1 = model.edgeIndex.get('e1')!;
    const mask = all.slice();
    mask[e1] = 0;
    expect(drawn(edgeBatches(model, mask, { hood: new Set([e1]), selected: e1 }))).not.toContain('e1');
  });
});
