// @vitest-environment jsdom
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EdgeLayer } from '../../../../src/app/canvas/edges/edgeLayer';
import { buildEdgeModel } from '../../../../src/app/canvas/edges/edgeModel';
import { edgeUnderlayOf } from '../../../../src/app/canvas/edges/underlay';
import { buildElements } from '../../../../src/app/canvas/elements';
import { smallGraphWithPositions as graph } from '../../../fixtures/smallGraph';

/** A 2D context that records transforms and strokes (jsdom has no canvas). */
function fakeContext() {
  const calls: string[] = [];
  const segments: number[][] = [];
  const ctx = {
    globalAlpha: 1,
    strokeStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    save: () => undefined,
    restore: () => undefined,
    clearRect: () => calls.push('clear'),
    setTransform: (a: number, _b: number, _c: number, _d: number, e: number, f: number) => calls.push(`transform ${a} ${e} ${f}`),
    beginPath: () => undefined,
    moveTo: (x: number, y: number) => segments.push([x, y]),
    lineTo: (x: number, y: number) => segments.at(-1)!.push(x, y),
    stroke: () => calls.push('stroke'),
  };
  return { ctx, calls, segments };
}

let cy: Core;
let layer: EdgeLayer;
let frames: FrameRequestCallback[];
const flushFrames = () => frames.splice(0).forEach((f) => f(0));
const position = (id: string) => cy.getElementById(id).position();
const midpoint = (a: string, b: string) => ({ x: (position(a).x + position(b).x) / 2, y: (position(a).y + position(b).y) / 2 });
const rendered = (p: { x: number; y: number }) => ({ x: p.x * cy.zoom() + cy.pan().x, y: p.y * cy.zoom() + cy.pan().y });

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  cy = cytoscape({ headless: true, elements: buildElements(graph, { edges: false }) });
  layer = new EdgeLayer(cy, buildEdgeModel(graph));
  layer.setVisible(new Set(graph.edges.map((e) => e.id)));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('EdgeLayer', () => {
  it('finds the edge under a rendered point at any pan and zoom, and not a hidden one', () => {
    // e12: United Nations — Ukraine, moved away from the other nodes so no other edge passes near its middle.
    cy.getElementById('UN').position({ x: 5000, y: 5000 });
    cy.getElementById('UKR').position({ x: 5200, y: 5000 });
    const middle = midpoint('UN', 'UKR');
    expect(layer.edgeIdAt(rendered(middle))).toBe('e12');
    cy.viewport({ zoom: 2.5, pan: { x: 40, y: -30 } });
    expect(layer.edgeIdAt(rendered(middle))).toBe('e12');
    layer.setVisible(new Set(graph.edges.map((e) => e.id).filter((id) => id !== 'e12')));
    expect(layer.edgeIdAt(rendered(middle))).not.toBe('e12');
  });

  it('draws the visible edges at the viewport once attached, and again when the viewport or a node moves', () => {
    const { ctx, calls, segments } = fakeContext();
    const canvas = document.createElement('canvas');
    vi.spyOn(canvas, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D);
    cy.viewport({ zoom: 2, pan: { x: 10, y: 20 } });
    const detach = layer.attach(canvas);
    flushFrames();
    expect(calls).toContain('transform 2 10 20');
    const multi = graph.edges.filter((e) => e.domains.length > 1).length;
    expect(segments).toHaveLength(graph.edges.length + multi);

    calls.length = 0;
    cy.pan({ x: 50, y: 60 });
    flushFrames();
    expect(calls).toContain('transform 2 50 60');

    segments.length = 0;
    cy.getElementById('UN').position({ x: 1000, y: 1000 });
    cy.getElementById('UKR').position({ x: 1200, y: 1000 });
    flushFrames();
    expect(segments.some(([x, y]) => x === 1000 && y === 1000)).toBe(true);
    expect(layer.edgeIdAt(rendered(midpoint('UN', 'UKR')))).toBe('e12');
    detach();
  });

  it('lends an export its painter while attached', () => {
    const canvas = document.createElement('canvas');
    vi.spyOn(canvas, 'getContext').mockReturnValue(null);
    const detach = layer.attach(canvas);
    expect(edgeUnderlayOf(cy)).toBeTypeOf('function');
    const { ctx, calls } = fakeContext();
    edgeUnderlayOf(cy)!(ctx as unknown as CanvasRenderingContext2D, { scale: 3, x: 1, y: 2 });
    expect(calls[0]).toBe('transform 3 1 2');
    expect(calls.filter((c) => c === 'stroke').length).toBeGreaterThan(0);
    detach();
    expect(edgeUnderlayOf(cy)).toBeNull();
  });

  it("fades what is outside the selection's neighbourhood", () => {
    const { ctx } = fakeContext();
    const alphas: number[] = [];
    const recording = { ...ctx, stroke: () => alphas.push(recording.globalAlpha) };
    layer.setSelection({ kind: 'edge', id: 'e12' }, { nodeIds: new Set(['UN', 'UKR']), edgeIds: new Set(['e12']) });
    layer.paint(recording as unknown as CanvasRenderingContext2D, { scale: 1, x: 0, y: 0 });
    expect(alphas.some((a) => a < 1)).toBe(true);
    expect(alphas.at(-1)).toBe(1);
  });
});
