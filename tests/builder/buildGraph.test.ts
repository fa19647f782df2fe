/** buildGraph as a whole: the documents it lists, the warnings it gives and the lexicon option. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/builder/index';
import { parseLexiconFile } from '../../src/builder/actors/lexicon';
import { SCHEMA_VERSION } from '../../src/model/schema';
import { doc, edgeSummary } from './factories';

describe('buildGraph', () => {
  it('lists the documents sorted by id with title, date and source', () => {
    const { graph } = buildGraph([doc('Peru met Chile.', { id: 'b', title: 'Second', date: '2021-03', source: 'Lima Times' }), doc('Chile met Peru.', { id: 'a', title: 'First', date: null })]);
    expect(graph.schemaVersion).toBe(SCHEMA_VERSION);
    expect(graph.documents).toEqual([
      { id: 'a', title: 'First', date: null },
      { id: 'b', title: 'Second', date: '2021-03', source: 'Lima Times' },
    ]);
  });

  it('warns, naming the file, about each document without a date', () => {
    const { warnings } = buildGraph([doc('Peru met Chile.', { id: 'dated' }), doc('Chile met Peru.', { id: 'undated', date: null })]);
    expect(warnings).toEqual([{ file: 'undated.txt', message: expect.stringMatching(/no date/) }]);
  });

  it('gives an empty graph for no documents and for documents without actors', () => {
    expect(buildGraph([]).graph).toMatchObject({ documents: [], nodes: [], edges: [] });
    expect(buildGraph([doc('Nothing of note happened here today.')]).graph).toMatchObject({ nodes: [], edges: [] });
  });

  it('uses the lexicon it is given instead of the bundled one', () => {
    const text = 'Norway joined NATO and the Nordic Fisheries Council in 2010.';
    const lexicon = [parseLexiconFile({ actors: [{ id: 'nordic-fisheries-council', label: 'Nordic Fisheries Council', type: 'organisation', aliases: [], domains: ['economy'] }] }, 'custom.json')];
    const { graph } = buildGraph([doc(text)], { lexicon });
    expect(edgeSummary(graph)).toEqual(['nordic-fisheries-council~norway:membership']);
    expect(graph.edges[0]!.domains).toContain('economy');
    expect(edgeSummary(buildGraph([doc(text)]).graph)).toContain('nato~norway:membership');
  });
});
