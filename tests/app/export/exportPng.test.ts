import { describe, expect, it } from 'vitest';
import { planExport, WHOLE_GRAPH_MAX_PIXELS } from '../../../src/app/export/exportPng';
import { CANVAS_LIMITS } from '../../../src/model/exportNaming';
import { DEFAULT_FILTERS } from '../../../src/model/filters';

const bounds = { from: 2017, to: 2025 };

describe('planExport', () => {
  it('keeps the scale asked for when it fits, and names the file after the filters', () => {
    const plan = planExport(1200, 800, { full: false, scale: 2, background: 'white' }, { ...DEFAULT_FILTERS, domains: ['defence', 'cyber'] }, bounds);
    expect(plan).toMatchObject({ scale: 2, reduced: false, fileName: 'graph_2017-2025_defence-cyber.png' });
    expect(plan.caption).toEqual(['Years: 2017–2025', 'Domains: Defence, Cyber']);
    expect(plan.footerHeight).toBeGreaterThan(0);
  });
  it('reduces the scale of a whole-graph export that would pass the canvas limits, caption included', () => {
    const plan = planExport(30_000, 20_000, { full: true, scale: 4, background: 'transparent' }, DEFAULT_FILTERS, bounds);
    expect(plan.reduced).toBe(true);
    expect(30_000 * (20_000 + plan.footerHeight) * plan.scale ** 2).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
  });
  it('caps a whole-graph export at WHOLE_GRAPH_MAX_PIXELS, but never the current view', () => {
    const whole = planExport(5_400, 5_500, { full: true, scale: 2, background: 'white' }, DEFAULT_FILTERS, bounds);
    expect(whole).toMatchObject({ capped: true, reduced: false });
    expect(5_400 * (5_500 + whole.footerHeight) * whole.scale ** 2).toBeLessThanOrEqual(WHOLE_GRAPH_MAX_PIXELS);
    expect(5_400 * (5_500 + whole.footerHeight) * whole.scale ** 2).toBeGreaterThan(0.99 * WHOLE_GRAPH_MAX_PIXELS);
    const view = planExport(5_400, 5_500, { full: false, scale: 2, background: 'white' }, DEFAULT_FILTERS, bounds);
    expect(view).toMatchObject({ capped: false, reduced: false, scale: 2 });
    const small = planExport(600, 400, { full: true, scale: 2, background: 'white' }, DEFAULT_FILTERS, bounds);
    expect(small).toMatchObject({ capped: false, scale: 2 });
  });
});

describe('planExport with a pixel ratio', () => {
  it('counts device pixels against the limits', () => {
    const atOne = planExport(7_000, 7_000, { full: true, scale: 2, background: 'white' }, DEFAULT_FILTERS, bounds, 1);
    const atTwo = planExport(7_000, 7_000, { full: true, scale: 2, background: 'white' }, DEFAULT_FILTERS, bounds, 2);
    expect(atOne.reduced).toBe(false);
    expect(atTwo.reduced).toBe(true);
    expect(atTwo.scale).toBeLessThan(atOne.scale);
  });
});
