import { describe, expect, it } from 'vitest';
import { exportTransform, renderedToModel, screenTransform } from '../../../../src/app/canvas/edges/edgeTransform';

const viewport = { zoom: 0.5, pan: { x: 100, y: -20 } };

describe('edge transforms', () => {
  it('maps model units to device pixels as cytoscape does, times the pixel ratio', () => {
    expect(screenTransform(viewport, 2)).toEqual({ scale: 1, x: 200, y: -40 });
  });
  it('inverts the viewport for rendered positions', () => {
    const model = { x: 300, y: 80 };
    const rendered = { x: model.x * viewport.zoom + viewport.pan.x, y: model.y * viewport.zoom + viewport.pan.y };
    expect(renderedToModel(rendered, viewport)).toEqual(model);
  });
  it('puts the bounding box top-left at the origin of a whole-graph export', () => {
    const t = exportTransform({ full: true, scale: 2, box: { x1: -50, y1: 10 }, viewport });
    expect(t).toEqual({ scale: 2, x: 100, y: -20 });
  });
  it('draws the current view of an export at the viewport times the export scale', () => {
    expect(exportTransform({ full: false, scale: 2, box: { x1: -50, y1: 10 }, viewport })).toEqual({ scale: 1, x: 200, y: -40 });
  });
});
