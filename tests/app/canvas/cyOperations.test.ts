import cytoscape, { type Core } from 'cytoscape';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applySelection, applyVisibility, focusOn, replaceElements, tapTarget } from '../../../src/app/canvas/cyOperations';
import { graphNeighbourhood } from '../../../src/app/canvas/graphNeighbourhood';
import { buildElements, edgeWidth, hasPositions } from '../../../src/app/canvas/elements';
import { NODE_SIZE } from '../../../src/layout/nodeSizes';
import { stylesheetFor } from '../../../src/app/canvas/stylesheet';
import { DEFAULT_FILTERS, computeVisible } from '../../../src/model/filters';
import { smallGraph, smallGraphWithPositions } from '../../fixtures/smallGraph';

let cy: Core;
beforeEach(() => {
  cy = cytoscape({ headless: true, styleEnabled: true, elements: buildElements(smallGraphWithPositions), style: stylesheetFor({ labels: true, big: false }) });
});

describe('buildElements', () => {
  it('builds one element per node and edge, with no evidence in element data', () => {
    const elements = buildElements(smallGraph);
    expect(elements).toHaveLength(smallGraph.nodes.length + smallGraph.edges.length);
    expect(JSON.stringify(elements)).not.toContain('evidence');
    expect(JSON.stringify(elements)).not.toContain('invaded');
  });
  it('uses precomputed positions when every node has one', () => {
    expect(hasPositions(smallGraph)).toBe(false);
    expect(hasPositions(smallGraphWithPositions)).toBe(true);
    const first = buildElements(smallGraphWithPositions)[0]!;
    expect(first.position).toEqual(smallGraphWithPositions.nodes[0]!.position);
  });
  it('marks conflictual and multi-domain edges, coloured by their domains', () => {
    const byId = new Map(buildElements(smallGraph).map((e) => [e.data.id, e]));
    expect(byId.get('e8')!.classes).toBe('conflictual multi');
    expect(byId.get('e8')!.data).toMatchObject({ colour: '#0072B2', colour2: '#56B4E9' });
    expect(byId.get('e3')!.classes).toBe('cooperative');
  });
  it('sizes nodes by weighted degree and edges by weight, within caps', () => {
    const sizes = buildElements(smallGraph).filter((e) => e.group === 'nodes').map((e) => Number(e.data.size));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(NODE_SIZE.min);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(NODE_SIZE.max);
    expect(new Set(sizes).size).toBeGreaterThan(1);
    expect(edgeWidth(1)).toBe(1.5);
    expect(edgeWidth(1000)).toBe(8);
  });
});

describe('applyVisibility', () => {
  it('hides what the filters exclude without adding or removing elements', () => {
    const before = cy.elements().toArray();
    applyVisibility(cy, computeVisible(smallGraph, { ...DEFAULT_FILTERS, domains: ['cyber'], hideIsolated: true }));
    expect(cy.elements().toArray()).toEqual(before);
    expect(cy.edges(':visible').map((e) => e.id()).sort()).toEqual(['e15', 'e7']);
    expect(cy.nodes(':visible').map((n) => n.id()).sort()).toEqual(['FRA', 'JPN', 'USA']);
    applyVisibility(cy, computeVisible(smallGraph, DEFAULT_FILTERS));
    expect(cy.elements(':visible')).toHaveLength(before.length);
  });
  it('keeps positions while filters change', () => {
    const positions = cy.nodes().map((n) => ({ ...n.position() }));
    applyVisibility(cy, computeVisible(smallGraph, { ...DEFAULT_FILTERS, years: { from: 2020, to: 2020 } }));
    expect(cy.nodes().map((n) => ({ ...n.position() }))).toEqual(positions);
  });
  it('given the previous visible set, ends where a full pass ends, over a sequence of filter changes', () => {
    const steps = [
      { ...DEFAULT_FILTERS, domains: ['cyber' as const], hideIsolated: true },
      { ...DEFAULT_FILTERS, years: { from: 2020, to: 2020 } },
      { ...DEFAULT_FILTERS, relations: ['conflict' as const], hideIsolated: true },
      DEFAULT_FILTERS,
      { ...DEFAULT_FILTERS, nodeTypes: ['country' as const] },
    ];
    let previous = computeVisible(smallGraph, DEFAULT_FILTERS);
    applyVisibility(cy, previous);
    for (const filters of steps) {
      const visible = computeVisible(smallGraph, filters);
      applyVisibility(cy, visible, previous);
      previous = visible;
      const fresh = cytoscape({ headless: true, styleEnabled: true, elements: buildElements(smallGraphWithPositions), style: stylesheetFor({ labels: true, big: false }) });
      applyVisibility(fresh, visible);
      // The computed display, which the renderer reads: in a headless instance the ':visible' selector and
      // ele.visible() keep values cached from before the batch.
      const shown = (c: Core) => c.elements().filter((e) => e.style('display') !== 'none').map((e) => e.id()).sort();
      expect(shown(cy)).toEqual(shown(fresh));
    }
  });
  it('starts no batch when nothing changes (cytoscape redraws every node at the end of any batch)', () => {
    const all = computeVisible(smallGraph, DEFAULT_FILTERS);
    applyVisibility(cy, all);
    const batches = vi.spyOn(cy, 'startBatch');
    applyVisibility(cy, computeVisible(smallGraph, { ...DEFAULT_FILTERS, minEvidence: 1 }), all);
    expect(batches).not.toHaveBeenCalled();
    applyVisibility(cy, computeVisible(smallGraph, { ...DEFAULT_FILTERS, domains: ['cyber'] }), all);
    expect(batches).toHaveBeenCalledTimes(1);
  });
  it('given the previous visible set, touches only the elements whose visibility changed', () => {
    const all = computeVisible(smallGraph, DEFAULT_FILTERS);
    const cyberOnly = computeVisible(smallGraph, { ...DEFAULT_FILTERS, domains: ['cyber'] });
    applyVisibility(cy, all);
    const touched: string[] = [];
    cy.on('class', (event) => void touched.push(event.target.id()));
    applyVisibility(cy, cyberOnly, all);
    const changed = [...all.edgeIds].filter((id) => !cyberOnly.edgeIds.has(id));
    expect(changed.length).toBeGreaterThan(0);
    expect(touched.sort()).toEqual(changed.sort());
  });
});

describe('applySelection', () => {
  it('selects a node and highlights its neighbourhood, fading the rest', () => {
    applySelection(cy, { kind: 'node', id: 'RUS' });
    expect(cy.$(':selected').map((e) => e.id())).toEqual(['RUS']);
    expect(cy.$('node.highlighted').map((n) => n.id()).sort()).toEqual(['NATO', 'RUS', 'UKR']);
    expect(cy.getElementById('FRA').hasClass('faded')).toBe(true);
  });
  it('selects an edge with its two ends, and clears everything on null', () => {
    applySelection(cy, { kind: 'edge', id: 'e1' });
    expect(cy.$('node.highlighted').map((n) => n.id()).sort()).toEqual(['DEU', 'FRA']);
    applySelection(cy, null);
    expect(cy.$(':selected')).toHaveLength(0);
    expect(cy.$('.faded, .highlighted')).toHaveLength(0);
  });
  it('ignores an id the graph does not have', () => {
    applySelection(cy, { kind: 'node', id: 'NOPE' });
    expect(cy.$(':selected')).toHaveLength(0);
  });
});

describe('big graphs: nodes only in cytoscape, the neighbourhood from the graph', () => {
  let nodesOnly: Core;
  beforeEach(() => {
    nodesOnly = cytoscape({ headless: true, styleEnabled: true, elements: buildElements(smallGraphWithPositions, { edges: false }), style: stylesheetFor({ labels: false, big: true }) });
  });
  it('builds the nodes alone', () => {
    expect(nodesOnly.nodes()).toHaveLength(smallGraph.nodes.length);
    expect(nodesOnly.edges()).toHaveLength(0);
  });
  it("highlights a node's neighbours though cytoscape has no edges to find them by", () => {
    applySelection(nodesOnly, { kind: 'node', id: 'RUS' }, graphNeighbourhood(smallGraph, { kind: 'node', id: 'RUS' }));
    expect(nodesOnly.$(':selected').map((e) => e.id())).toEqual(['RUS']);
    expect(nodesOnly.$('node.highlighted').map((n) => n.id()).sort()).toEqual(['NATO', 'RUS', 'UKR']);
    expect(nodesOnly.getElementById('FRA').hasClass('faded')).toBe(true);
  });
  it("highlights a selected edge's two ends and fades the other nodes", () => {
    applySelection(nodesOnly, { kind: 'edge', id: 'e1' }, graphNeighbourhood(smallGraph, { kind: 'edge', id: 'e1' }));
    expect(nodesOnly.$('node.highlighted').map((n) => n.id()).sort()).toEqual(['DEU', 'FRA']);
    expect(nodesOnly.$('node.faded')).toHaveLength(smallGraph.nodes.length - 2);
    applySelection(nodesOnly, { kind: 'edge', id: 'nope' }, null);
    expect(nodesOnly.$('.faded, .highlighted')).toHaveLength(0);
  });
  it('applies visibility to the nodes without looking edges up', () => {
    const all = computeVisible(smallGraph, DEFAULT_FILTERS);
    const cyber = computeVisible(smallGraph, { ...DEFAULT_FILTERS, domains: ['cyber'], hideIsolated: true });
    applyVisibility(nodesOnly, all);
    applyVisibility(nodesOnly, cyber, all, { edges: false });
    expect(nodesOnly.nodes().filter((n) => n.style('display') !== 'none').map((n) => n.id()).sort()).toEqual(['FRA', 'JPN', 'USA']);
  });
});

describe('focusOn and tapTarget', () => {
  it('does not throw for unknown ids', () => {
    expect(() => focusOn(cy, 'NOPE')).not.toThrow();
  });
  it('maps taps to a selection', () => {
    const node = cy.getElementById('FRA');
    expect(tapTarget({ target: node, cy } as unknown as cytoscape.EventObject)).toEqual({ kind: 'node', id: 'FRA' });
    expect(tapTarget({ target: cy.getElementById('e1'), cy } as unknown as cytoscape.EventObject)).toEqual({ kind: 'edge', id: 'e1' });
    expect(tapTarget({ target: cy, cy } as unknown as cytoscape.EventObject)).toBeNull();
  });
});

describe('stylesheetFor', () => {
  it('returns the same array for the same variant', () => {
    expect(stylesheetFor({ labels: true, big: false })).toBe(stylesheetFor({ labels: true, big: false }));
    expect(stylesheetFor({ labels: false, big: false })).not.toBe(stylesheetFor({ labels: true, big: false }));
  });
  it('draws conflictual edges dashed and multi-domain edges outlined', () => {
    expect(cy.getElementById('e8').style('line-style')).toBe('dashed');
    expect(cy.getElementById('e3').style('line-style')).toBe('solid');
    expect(cy.getElementById('e8').style('line-outline-color')).toBe('rgb(86,180,233)');
  });
  it('on big graphs, draws conflictual edges solid in the conflict colour, without arrows, keeping the outline', () => {
    cy.style(stylesheetFor({ labels: false, big: true }));
    const conflict = cy.getElementById('e8');
    expect(conflict.style('line-style')).toBe('solid');
    expect(conflict.style('line-color')).toBe('rgb(29,29,29)');
    expect(conflict.style('target-arrow-shape')).toBe('none');
    expect(conflict.style('curve-style')).toBe('haystack');
    expect(conflict.style('line-outline-color')).toBe('rgb(86,180,233)');
    expect(cy.getElementById('e3').style('line-color')).not.toBe('rgb(29,29,29)');
  });
});

describe('replaceElements', () => {
  it('adds the elements to an empty instance, styled', () => {
    const empty = cytoscape({ headless: true, styleEnabled: true, style: stylesheetFor({ labels: true, big: false }) });
    const elements = buildElements(smallGraphWithPositions);
    replaceElements(empty, elements);
    expect(empty.nodes()).toHaveLength(smallGraphWithPositions.nodes.length);
    expect(empty.edges()).toHaveLength(smallGraphWithPositions.edges.length);
    expect(empty.getElementById('e8').hasClass('conflictual')).toBe(true);
  });
  it('leaves the elements alone when given the same array again (a re-render keeps their classes)', () => {
    const empty = cytoscape({ headless: true });
    const elements = buildElements(smallGraphWithPositions);
    replaceElements(empty, elements);
    empty.getElementById('e8').addClass('hidden');
    replaceElements(empty, elements);
    expect(empty.getElementById('e8').hasClass('hidden')).toBe(true);
  });
  it('replaces every element for a new array (another graph)', () => {
    const empty = cytoscape({ headless: true });
    replaceElements(empty, buildElements(smallGraphWithPositions));
    empty.getElementById('e8').addClass('hidden');
    const other = buildElements(smallGraphWithPositions).filter((e) => e.group === 'nodes');
    replaceElements(empty, other);
    expect(empty.edges()).toHaveLength(0);
    expect(empty.nodes()).toHaveLength(smallGraphWithPositions.nodes.length);
  });
});
