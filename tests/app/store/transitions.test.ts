import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/model/filters';
import { decodeUrlState } from '../../../src/model/urlState';
import { createAppStore } from '../../../src/app/store/createAppStore';
import { INITIAL_STATE } from '../../../src/app/store/initialState';
import * as t from '../../../src/app/store/transitions';
import type { AppState } from '../../../src/app/store/types';
import { smallGraph } from '../../fixtures/smallGraph';

const loaded = (patch: Partial<AppState> = {}): AppState => t.graphLoaded({ ...INITIAL_STATE, ...patch }, smallGraph, 'fixture.json');

describe('graphLoaded', () => {
  it('stores the graph and its source', () => {
    const s = loaded();
    expect(s.graph).toBe(smallGraph);
    expect(s.loadStatus).toBe('ready');
    expect(s.graphSource).toBe('fixture.json');
  });
  it('drops a selection the graph does not contain, with a notice naming it', () => {
    const s = loaded({ selection: { kind: 'node', id: 'ATLANTIS' } });
    expect(s.selection).toBeNull();
    expect(s.notices).toEqual(['No node "ATLANTIS" in fixture.json; nothing is selected.']);
  });
  it('keeps a selection the graph contains', () => {
    expect(loaded({ selection: { kind: 'edge', id: 'e3' } }).selection).toEqual({ kind: 'edge', id: 'e3' });
  });
  it('clamps an open year range to the graph years', () => {
    const s = loaded({ filters: { ...DEFAULT_FILTERS, years: { from: 2020, to: Infinity } } });
    expect(s.filters.years).toEqual({ from: 2020, to: 2024 });
  });
  it('falls back to all years with a notice when the range misses the graph', () => {
    const s = loaded({ filters: { ...DEFAULT_FILTERS, years: { from: 1900, to: 1910 } } });
    expect(s.filters.years).toBeNull();
    expect(s.notices).toHaveLength(1);
  });
});

describe('filter transitions', () => {
  it('toggles a domain in vocabulary order', () => {
    const none = t.setAllDomains(loaded(), false);
    expect(none.filters.domains).toEqual([]);
    const two = t.setDomain(t.setDomain(none, 'cyber', true), 'defence', true);
    expect(two.filters.domains).toEqual(['defence', 'cyber']);
    expect(t.setDomain(two, 'cyber', false).filters.domains).toEqual(['defence']);
  });
  it('normalises a year range covering every year to "all years"', () => {
    const s = t.setYears(loaded(), { from: 2019, to: 2021 });
    expect(s.filters.years).toEqual({ from: 2019, to: 2021 });
    expect(t.setYears(s, { from: 2017, to: 2024 }).filters.years).toBeNull();
  });
  it('keeps "to" at or after "from" and inside the graph years', () => {
    expect(t.setYears(loaded(), { from: 2022, to: 2019 }).filters.years).toEqual({ from: 2022, to: 2022 });
    expect(t.setYears(loaded(), { from: 1990, to: 2019 }).filters.years).toEqual({ from: 2017, to: 2019 });
  });
  it('floors the minimum evidence at 1', () => {
    expect(t.setMinEvidence(loaded(), 0).filters.minEvidence).toBe(1);
    expect(t.setMinEvidence(loaded(), Number.NaN).filters.minEvidence).toBe(1);
    expect(t.setMinEvidence(loaded(), 3).filters.minEvidence).toBe(3);
  });
  it('resets every filter and stops playback', () => {
    let s = t.setRelation(t.setNodeType(t.setHideIsolated(loaded(), true), 'person', false), 'meeting', false);
    s = t.play(s);
    const reset = t.resetFilters(s);
    expect(reset.filters).toEqual(DEFAULT_FILTERS);
    expect(reset.playing).toBe(false);
  });
});

describe('playback', () => {
  it('steps "up to" each year from the first and stops on the last', () => {
    let s = t.play(loaded());
    expect(s.playing).toBe(true);
    expect(s.filters.years).toEqual({ from: 2017, to: 2017 });
    s = t.stepPlayback(s);
    expect(s.filters.years).toEqual({ from: 2017, to: 2018 });
    for (let i = 0; i < 10; i++) s = t.stepPlayback(s);
    expect(s.filters.years).toEqual({ from: 2017, to: 2024 });
    expect(s.playing).toBe(false);
  });
  it('steps one year at a time in "only that year" mode', () => {
    let s = t.play(t.setPlayMode(loaded(), 'only'));
    s = t.stepPlayback(t.stepPlayback(s));
    expect(s.filters.years).toEqual({ from: 2019, to: 2019 });
  });
  it('resumes where it was paused', () => {
    const paused = t.pause(t.stepPlayback(t.play(loaded())));
    expect(t.play(paused).filters.years).toEqual({ from: 2017, to: 2018 });
  });
  it('keeps the current year when the mode changes while playing', () => {
    const s = t.setPlayMode(t.stepPlayback(t.play(loaded())), 'only');
    expect(s.filters.years).toEqual({ from: 2018, to: 2018 });
  });
});

describe('applyUrlState', () => {
  it('applies filters, selection, view and layout and keeps the notices', () => {
    const { state: url, notices } = decodeUrlState('domains=cyber&view=table&layout=grid&edge=e2&minEvidence=x');
    const s = t.applyUrlState(loaded(), url, notices);
    expect(s.filters.domains).toEqual(['cyber']);
    expect(s.view).toBe('table');
    expect(s.layout).toBe('grid');
    expect(s.layoutRun).toBe(1);
    expect(s.selection).toEqual({ kind: 'edge', id: 'e2' });
    expect(s.notices).toHaveLength(1);
  });
});

describe('createAppStore', () => {
  it('gives each caller a fresh store whose actions apply the transitions', () => {
    const a = createAppStore();
    const b = createAppStore({ view: 'table' });
    a.getState().actions.graphLoaded(smallGraph, 'x.json');
    a.getState().actions.setDomain('cyber', false);
    expect(a.getState().filters.domains).not.toContain('cyber');
    expect(b.getState().graph).toBeNull();
    expect(b.getState().view).toBe('table');
    a.getState().actions.resetFilters();
    expect(a.getState().filters).toBe(DEFAULT_FILTERS);
  });
});
