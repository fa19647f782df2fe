import { describe, expect, it } from 'vitest';
import { fitViewport } from '../../src/layout/fitViewport';

const LIMITS = { min: 0.05, max: 6 };

describe('fitViewport', () => {
  it('centres a pair of nodes and scales them to the canvas', () => {
    const vp = fitViewport([{ x: 0, y: 0, size: 10 }, { x: 100, y: 0, size: 10 }], 220, 100, 0, LIMITS)!;
    expect(vp.zoom).toBe(2);
    expect(vp.pan).toEqual({ x: 10, y: 50 });
  });

  it('clamps the zoom to the limits', () => {
    expect(fitViewport([{ x: 0, y: 0, size: 1 }], 800, 600, 10, LIMITS)!.zoom).toBe(6);
    expect(fitViewport([{ x: 0, y: 0, size: 10 }, { x: 1e6, y: 0, size: 10 }], 800, 600, 10, LIMITS)!.zoom).toBe(0.05);
  });

  it('returns null with no nodes or no room', () => {
    expect(fitViewport([], 800, 600, 10, LIMITS)).toBeNull();
    expect(fitViewport([{ x: 0, y: 0, size: 10 }], 10, 10, 10, LIMITS)).toBeNull();
  });

  it('puts every node inside the padded canvas, touching it on the tighter axis', () => {
    const nodes = [
      { x: -300, y: 40, size: 20 },
      { x: 500, y: -120, size: 64 },
      { x: 120, y: 700, size: 14 },
    ];
    const { zoom, pan } = fitViewport(nodes, 1000, 700, 30, LIMITS)!;
    const rendered = nodes.map((n) => ({ x1: (n.x - n.size / 2) * zoom + pan.x, x2: (n.x + n.size / 2) * zoom + pan.x, y1: (n.y - n.size / 2) * zoom + pan.y, y2: (n.y + n.size / 2) * zoom + pan.y }));
    const top = Math.min(...rendered.map((r) => r.y1));
    const bottom = Math.max(...rendered.map((r) => r.y2));
    expect(Math.min(...rendered.map((r) => r.x1))).toBeGreaterThanOrEqual(30 - 1e-6);
    expect(Math.max(...rendered.map((r) => r.x2))).toBeLessThanOrEqual(970 + 1e-6);
    expect(top).toBeCloseTo(30, 6);
    expect(bottom).toBeCloseTo(670, 6);
  });

  it('leaves room for labels under the nodes and wider than them', () => {
    const label = { width: 200, height: 20 };
    const nodes = [
      { x: 0, y: 0, size: 20, label },
      { x: 400, y: 300, size: 20, label },
    ];
    const { zoom, pan } = fitViewport(nodes, 1000, 700, 30, LIMITS)!;
    const left = (0 - 100) * zoom + pan.x;
    const right = (400 + 100) * zoom + pan.x;
    const bottom = (300 + 10 + 20) * zoom + pan.y;
    expect(left).toBeCloseTo(30, 6);
    expect(right).toBeCloseTo(970, 6);
    expect(bottom).toBeLessThanOrEqual(670 + 1e-6);
    expect((0 - 10) * zoom + pan.y).toBeGreaterThanOrEqual(30 - 1e-6);
  });
});
