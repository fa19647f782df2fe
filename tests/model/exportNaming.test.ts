import { describe, expect, it } from 'vitest';
import { CANVAS_LIMITS, clampScale, exportCaption, exportFileName } from '../../src/model/exportNaming';
import { DEFAULT_FILTERS, type Filters } from '../../src/model/filters';

const bounds = { from: 2017, to: 2025 };
const f = (o: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...o });

describe('exportFileName', () => {
  it.each<[Partial<Filters>, typeof bounds | null, string]>([
    [{}, bounds, 'graph_2017-2025_all-domains.png'],
    [{ domains: ['cyber', 'defence'] }, bounds, 'graph_2017-2025_defence-cyber.png'],
    [{ domains: [] }, bounds, 'graph_2017-2025_no-domains.png'],
    [{ years: { from: 2020, to: 2020 } }, bounds, 'graph_2020_all-domains.png'],
    [{ years: { from: 2019, to: Infinity } }, bounds, 'graph_2019-2025_all-domains.png'],
    [{}, null, 'graph_all-years_all-domains.png'],
  ])('%j with bounds %j → %s', (filters, b, name) => {
    expect(exportFileName(f(filters), b)).toBe(name);
  });
});

describe('exportCaption', () => {
  it('always states the years and the domains', () => {
    expect(exportCaption(DEFAULT_FILTERS, bounds)).toEqual(['Years: 2017–2025', 'Domains: all domains']);
  });
  it('names the domains by label and lists other active filters', () => {
    expect(exportCaption(f({ domains: ['cyber', 'defence'], relations: ['tension'], minEvidence: 2 }), bounds)).toEqual([
      'Years: 2017–2025',
      'Domains: Defence, Cyber',
      'Relations: Tension',
      'At least 2 evidence sentences',
    ]);
  });
});

describe('clampScale', () => {
  it('keeps a scale that fits', () => {
    expect(clampScale(1200, 800, 4)).toEqual({ scale: 4, reduced: false });
  });
  it('reduces a scale past the area limit and stays under it', () => {
    const { scale, reduced } = clampScale(20_000, 20_000, 4);
    expect(reduced).toBe(true);
    expect(20_000 * 20_000 * scale * scale).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
    expect(scale).toBeGreaterThan(0.8);
  });
  it('reduces a scale past the side limit', () => {
    const { scale, reduced } = clampScale(40_000, 100, 2);
    expect(reduced).toBe(true);
    expect(40_000 * scale).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
  });
});
