import { describe, expect, it } from 'vitest';
import { searchNodes } from '../../src/model/search';
import { smallGraph } from '../fixtures/smallGraph';

const labels = (q: string) => searchNodes(smallGraph.nodes, q).map((n) => n.label);

describe('searchNodes', () => {
  it.each([
    ['', []],
    ['  ', []],
    ['fr', ['France']],
    ['FRANCE', ['France']],
    ['kyiv', ['Ukraine']],
    ['union', ['European Union']],
    ['uni', ['United Nations', 'United States', 'European Union']],
    ['mac', ['Emmanuel Macron']],
  ])('%j → %j', (q, expected) => {
    expect(labels(q)).toEqual(expected);
  });
  it('ignores accents', () => {
    const nodes = [{ id: 'x', label: 'Élysée', type: 'organisation' as const, aliases: [] }];
    expect(searchNodes(nodes, 'elys')).toHaveLength(1);
  });
  it('caps the number of suggestions', () => {
    expect(searchNodes(smallGraph.nodes, 'a', 3)).toHaveLength(3);
  });
});
