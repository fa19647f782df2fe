import { describe, expect, it } from 'vitest';
import { summariseNode } from '../../src/model/nodeSummary';
import { smallGraph } from '../fixtures/smallGraph';

describe('summariseNode', () => {
  it('groups relationships by partner, most relationships first', () => {
    const { partners } = summariseNode(smallGraph, 'UKR');
    expect(partners.map((p) => p.partner.label)).toEqual(['European Union', 'Poland', 'Russia', 'United Nations', 'United States']);
    const russia = partners.find((p) => p.partner.id === 'RUS')!;
    expect(russia.relations).toEqual([{ relation: 'conflict', years: [2022], domains: ['defence', 'security'], edgeIds: ['e8'] }]);
  });
  it('lists the documents with evidence, newest first', () => {
    expect(summariseNode(smallGraph, 'UKR').documents.map((d) => d.id)).toEqual(['doc-2023', 'doc-2022']);
  });
  it('puts undated years last', () => {
    const nato = summariseNode(smallGraph, 'NATO').partners.find((p) => p.partner.id === 'DEU')!;
    expect(nato.relations[0]!.years).toEqual([null]);
  });
  it('returns nothing for an actor without relationships', () => {
    const g = { ...smallGraph, nodes: [...smallGraph.nodes, { id: 'X', label: 'X', type: 'person' as const, aliases: [] }] };
    expect(summariseNode(g, 'X')).toEqual({ partners: [], documents: [] });
  });
});
