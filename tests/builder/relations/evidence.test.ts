/** Evidence, merging, people's affiliations and determinism of the built graph. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/builder/index';
import { doc, edgesBetween, graphOf } from '../factories';

describe('evidence', () => {
  it('keeps the sentence text and its offsets in the document', () => {
    const text = 'Ministers gathered at the lakeside venue.\n\nCanada and Mexico signed an agreement. Nothing else happened.';
    const graph = graphOf(text);
    const [edge] = graph.edges;
    const sentence = 'Canada and Mexico signed an agreement.';
    expect(edge?.evidence).toEqual([{ documentId: graph.documents[0]!.id, sentence, start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length }]);
  });

  it('joins a sentence hard-wrapped over lines with single spaces, the offsets spanning the original lines', () => {
    const text = 'Canada and Mexico signed an agreement on fisheries\nand coastal patrols in the Pacific Ocean this spring.';
    const [edge] = graphOf(text).edges;
    expect(edge?.evidence[0]).toMatchObject({ sentence: text.replace('\n', ' '), start: 0, end: text.length });
  });

  it('makes one edge per pair, relation and year, with evidence merged across documents and weight = evidence count', () => {
    const documents = [
      doc('Canada and Mexico signed an agreement in 2020.', { id: 'b' }),
      doc('Canada and Mexico signed an agreement in 2020. Mexico and Canada signed an agreement in 2020 too.', { id: 'a' }),
      doc('Canada and Mexico signed an agreement in 2021.', { id: 'c' }),
    ];
    const { graph } = buildGraph(documents);
    const edges = edgesBetween(graph, 'canada', 'mexico');
    expect(edges.map((e) => [e.year, e.weight])).toEqual([
      [2020, 3],
      [2021, 1],
    ]);
    expect(edges[0]!.evidence.map((ev) => ev.documentId)).toEqual(['a', 'a', 'b']);
  });

  it('counts one sentence once even when it names the pair twice', () => {
    const graph = graphOf('Canada signed an agreement with Mexico, and Canada later signed a second agreement with Mexico.');
    expect(graph.edges.map((e) => e.weight)).toEqual([1]);
  });
});

describe('people', () => {
  it('links a person to their country with a membership edge and the node’s country', () => {
    const graph = graphOf('Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.');
    expect(graph.edges.map((e) => `${e.source}>${e.target}:${e.relation}`).sort()).toEqual(['kenya>uganda:meeting', 'william-ruto>kenya:membership', 'yoweri-museveni>uganda:membership']);
    expect(graph.nodes.find((n) => n.id === 'william-ruto')).toMatchObject({ type: 'person', country: 'kenya', label: 'William Ruto' });
  });
});

describe('determinism', () => {
  const texts = [
    'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on 9 February.',
    'Canada and Mexico signed an agreement on trade in 2020. The two countries also discussed migration.',
    'Sweden joined NATO in 2024. Russia criticised Sweden.',
  ];
  const documents = () => texts.map((text, i) => doc(text, { id: `d${i}`, date: '2024-06-15' }));

  it('gives identical JSON for the same input twice', () => {
    expect(JSON.stringify(buildGraph(documents()).graph)).toBe(JSON.stringify(buildGraph(documents()).graph));
  });

  it('does not depend on the order of the documents', () => {
    const forward = JSON.stringify(buildGraph(documents()).graph);
    const reversed = JSON.stringify(buildGraph(documents().reverse()).graph);
    expect(reversed).toBe(forward);
    expect(JSON.parse(forward).edges.length).toBeGreaterThan(4);
  });
});
