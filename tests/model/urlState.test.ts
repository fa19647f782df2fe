import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, type UrlState } from '../../src/model/urlState';
import { LAYOUT_NAMES, VIEWS } from '../../src/model/viewState';
import { DOMAINS, NODE_TYPES, RELATION_TYPES } from '../../src/model/vocabulary';

describe('encodeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes the changed values with readable commas, in vocabulary order', () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      graph: '/graphs/other.json',
      filters: { ...DEFAULT_FILTERS, domains: ['cyber', 'defence'], years: { from: 2017, to: 2020 }, minEvidence: 2, hideIsolated: true },
      selection: { kind: 'edge', id: 'e 7' },
      layout: 'grid',
      view: 'table',
    };
    expect(encodeUrlState(state)).toBe('?graph=/graphs/other.json&from=2017&to=2020&domains=defence,cyber&minEvidence=2&hideIsolated=1&edge=e%207&layout=grid&view=table');
  });

  it('writes an empty list as an empty value', () => {
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, filters: { ...DEFAULT_FILTERS, domains: [] } })).toBe('?domains=');
  });
});

describe('decodeUrlState', () => {
  it('reads an empty query as the defaults, without notices', () => {
    expect(decodeUrlState('')).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });

  it('reads the contract keys', () => {
    const { state, notices } = decodeUrlState('?from=2018&to=2022&domains=cyber,defence&relations=support&types=country,person&minEvidence=3&hideIsolated=1&node=FRA&layout=circle&view=table');
    expect(notices).toEqual([]);
    expect(state.filters).toEqual({ domains: ['defence', 'cyber'], years: { from: 2018, to: 2022 }, relations: ['support'], nodeTypes: ['country', 'person'], minEvidence: 3, hideIsolated: true });
    expect(state.selection).toEqual({ kind: 'node', id: 'FRA' });
    expect(state.layout).toBe('circle');
    expect(state.view).toBe('table');
  });

  it('keeps a one-sided year range open on the other side', () => {
    expect(decodeUrlState('from=2020').state.filters.years).toEqual({ from: 2020, to: Infinity });
    expect(decodeUrlState('to=2020').state.filters.years).toEqual({ from: -Infinity, to: 2020 });
  });

  it.each([
    ['domains=defence,nonsense', 'domains', 'nonsense'],
    ['relations=hugs', 'relations', 'hugs'],
    ['types=alien', 'types', 'alien'],
    ['from=soon', 'from', 'not a year'],
    ['from=2022&to=2018', 'from', 'starts after it ends'],
    ['minEvidence=0', 'minEvidence', 'at least 1'],
    ['minEvidence=two', 'minEvidence', 'at least 1'],
    ['hideIsolated=maybe', 'hideIsolated', 'expected 1 or 0'],
    ['layout=spiral', 'layout', 'spiral'],
    ['view=map', 'view', 'map'],
    ['node=FRA&edge=e1', 'edge', 'node is selected'],
  ])('falls back to defaults with a notice for %s', (query, key, problem) => {
    const { state, notices } = decodeUrlState(query);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`${key}=`);
    expect(notices[0]).toContain(problem);
    const defaults = decodeUrlState(query.split('&').filter((p) => !p.startsWith(`${key}=`)).join('&')).state;
    expect(state).toEqual(key === 'from' ? { ...defaults, filters: { ...defaults.filters, years: null } } : defaults);
  });
});

describe('round trip', () => {
  const subset = <T,>(items: readonly T[]) => fc.subarray([...items]);
  const arbitraryState: fc.Arbitrary<UrlState> = fc.record({
    graph: fc.option(fc.webUrl(), { nil: null }),
    filters: fc.record({
      domains: subset(DOMAINS),
      years: fc.option(
        fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 50 })).map(([from, span]) => ({ from, to: from + span })),
        { nil: null },
      ),
      relations: subset(RELATION_TYPES),
      nodeTypes: subset(NODE_TYPES),
      minEvidence: fc.integer({ min: 1, max: 999 }),
      hideIsolated: fc.boolean(),
    }),
    selection: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), id: fc.string({ minLength: 1 }) }), { nil: null }),
    layout: fc.constantFrom(...LAYOUT_NAMES),
    view: fc.constantFrom(...VIEWS),
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const { state: back, notices } = decodeUrlState(encodeUrlState(state));
        expect(notices).toEqual([]);
        expect(encodeUrlState(back)).toBe(encodeUrlState(state));
        expect(back.selection).toEqual(state.selection);
        expect(back.graph).toBe(state.graph);
      }),
    );
  });
});
