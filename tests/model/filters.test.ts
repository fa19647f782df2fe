import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, computeVisible, graphIndex, isDefaultFilters, selectVisible, type Filters } from '../../src/model/filters';
import { smallGraph } from '../fixtures/smallGraph';

const withFilters = (overrides: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...overrides });
const edgeIdsOf = (pred: (e: (typeof smallGraph.edges)[number]) => boolean) => new Set(smallGraph.edges.filter(pred).map((e) => e.id));

describe('graphIndex', () => {
  it('finds the year bounds, ignoring undated edges', () => {
    expect(graphIndex(smallGraph).yearBounds).toEqual({ from: 2017, to: 2024 });
  });
  it('has no year bounds when no edge is dated', () => {
    const undated = { ...smallGraph, edges: smallGraph.edges.map((e) => ({ ...e, year: null })) };
    expect(graphIndex(undated).yearBounds).toBeNull();
  });
});

describe('computeVisible', () => {
  it('shows everything under the default filters', () => {
    const v = computeVisible(smallGraph, DEFAULT_FILTERS);
    expect(v.edgeIds.size).toBe(smallGraph.edges.length);
    expect(v.nodeIds.size).toBe(smallGraph.nodes.length);
    expect(v.totalEdges).toBe(smallGraph.edges.length);
    expect(v.totalNodes).toBe(smallGraph.nodes.length);
  });

  it.each<[string, Partial<Filters>, (e: (typeof smallGraph.edges)[number]) => boolean]>([
    ['one domain', { domains: ['cyber'] }, (e) => e.domains.includes('cyber')],
    ['two domains (any of)', { domains: ['space', 'climate'] }, (e) => e.domains.some((d) => d === 'space' || d === 'climate')],
    ['no domain', { domains: [] }, () => false],
    ['a year range, undated left out', { years: { from: 2022, to: 2023 } }, (e) => e.year !== null && e.year >= 2022 && e.year <= 2023],
    ['one relation', { relations: ['support'] }, (e) => e.relation === 'support'],
    ['minimum evidence', { minEvidence: 2 }, (e) => e.evidence.length >= 2],
    ['actor types hide their edges', { nodeTypes: ['country'] }, (e) => /^[A-Z]{3}$/.test(e.source) && /^[A-Z]{3}$/.test(e.target)],
  ])('filters by %s', (_name, overrides, expected) => {
    expect(computeVisible(smallGraph, withFilters(overrides)).edgeIds).toEqual(edgeIdsOf(expected));
  });

  it('keeps isolated actors unless asked to hide them', () => {
    const cyberOnly = withFilters({ domains: ['cyber'] });
    expect(computeVisible(smallGraph, cyberOnly).nodeIds.size).toBe(smallGraph.nodes.length);
    const hidden = computeVisible(smallGraph, { ...cyberOnly, hideIsolated: true });
    expect([...hidden.nodeIds].sort()).toEqual(['FRA', 'JPN', 'USA']);
  });

  it('hides actors of unchecked types', () => {
    const v = computeVisible(smallGraph, withFilters({ nodeTypes: ['person'] }));
    expect([...v.nodeIds].sort()).toEqual(['macron', 'scholz']);
  });

  it('counts each domain under the other filters, not under the domain filter', () => {
    const v = computeVisible(smallGraph, withFilters({ domains: [], years: { from: 2022, to: 2022 } }));
    expect(v.edgeIds.size).toBe(0);
    expect(v.domainCounts.security).toBe(2); // RUS→UKR and NATO→RUS in 2022
    expect(v.domainCounts.humanitarian).toBe(1);
    expect(v.domainCounts.space).toBe(0);
  });

  it('builds the year histogram under the other filters, not under the year range', () => {
    const v = computeVisible(smallGraph, withFilters({ years: { from: 2017, to: 2017 }, domains: ['defence'] }));
    expect(v.yearHistogram.map((b) => b.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    const byYear = Object.fromEntries(v.yearHistogram.map((b) => [b.year, b.count]));
    expect(byYear).toEqual({ 2017: 1, 2018: 3, 2019: 0, 2020: 0, 2021: 0, 2022: 1, 2023: 1, 2024: 3 });
  });
});

describe('selectVisible', () => {
  it('returns the same object for the same graph and filters, and a new one when filters change', () => {
    const a = selectVisible(smallGraph, DEFAULT_FILTERS);
    expect(selectVisible(smallGraph, DEFAULT_FILTERS)).toBe(a);
    const b = selectVisible(smallGraph, withFilters({ minEvidence: 2 }));
    expect(b).not.toBe(a);
    expect(b.edgeIds.size).toBeLessThan(a.edgeIds.size);
  });
});

describe('isDefaultFilters', () => {
  it('is true for the defaults whatever the order of the lists', () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, domains: [...DEFAULT_FILTERS.domains].reverse() })).toBe(true);
  });
  it('is false when any filter differs', () => {
    expect(isDefaultFilters(withFilters({ hideIsolated: true }))).toBe(false);
    expect(isDefaultFilters(withFilters({ years: { from: 2020, to: 2021 } }))).toBe(false);
  });
});
