/**
 * buildGraph on arbitrary text: it never throws, its graph always passes the schema, and every evidence points
 * into its document's text. The texts mix noise (any Unicode, control characters, RTL and CJK scripts) with
 * country names and relation words, so that relations are actually found in many runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/builder/index';
import type { CorpusDocument } from '../../src/builder/types';
import { maskInlineNoise } from '../../src/builder/text/noise';
import { validateGraph, type Graph } from '../../src/model/schema';
import { doc } from './factories';

const ACTORS = ['France', 'Germany', 'Japan', 'Kenya', 'Brazil', 'NATO', 'the European Union', 'Canadian', 'Tokyo', 'Prime Minister Anna Berg', 'Berg'];
const CUES = ['signed an agreement with', 'met', 'held talks with', 'attacked', 'criticised', 'joined', 'supports', 'cooperate with', 'and', 'along with', 'the two countries', 'we'];
const FILLER = ['in 2019', 'on 9 February', 'last November', 'this year', 'by 2035', 'on defence', 'on migration', '.', ',', ';', '“', '”', ' said', '\n', '\n\n', 'Comments (3)', 'Related articles', '1 ', '(FCAS)'];
const EXOTIC = ['\u0000', '\u0007', '\u001b[31m', '\uFEFF', '\u200F', '\u202E', 'مصر وفرنسا', 'עברית', '日本と中国', '한국어', 'Россия', '\uD83C\uDDEF\uD83C\uDDF5', '\uD800', 'e\u0301', '\t'];

const vocabularyText = fc
  .array(fc.constantFrom(...ACTORS, ...CUES, ...FILLER, ...EXOTIC), { maxLength: 80 })
  .map((words) => words.join(' '));

const arbitraryText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }), // any code point, lone surrogates included
  fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u001f', '\u007f', '\n', '\r', ' ', '.', 'A', 'é'), maxLength: 200 }),
  vocabularyText,
  vocabularyText,
  fc.constant(''),
);

const DATES = [null, '2019', '2023-02', '2024-06-15'] as const;
const arbitraryDocument = fc.record({ text: arbitraryText, date: fc.constantFrom(...DATES), source: fc.constantFrom(undefined, 'Kenyan Ministry of Defence', '日本') });

function documentsOf(records: readonly { text: string; date: (typeof DATES)[number]; source: string | undefined }[]): CorpusDocument[] {
  return records.map((r, i) => doc(r.text, { id: `p${i}`, date: r.date, ...(r.source ? { source: r.source } : {}) }));
}

/** Whether the words of `sentence` occur in `slice` in the same order (the slice may hold masked noise between them). */
function wordsInOrder(sentence: string, slice: string): boolean {
  let from = 0;
  for (const word of sentence.split(' ').filter(Boolean)) {
    const at = slice.indexOf(word, from);
    if (at === -1) return false;
    from = at + word.length;
  }
  return true;
}

/**
 * What must hold of any graph: the schema; evidence inside its document, end > start, its words found there in order;
 * weight = evidence count; no self-loops; unique edge ids; a person's country is a node.
 */
function expectSound(graph: Graph, documents: readonly CorpusDocument[]): void {
  expect(() => validateGraph(graph, 'property test')).not.toThrow();
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  for (const node of graph.nodes) if (node.country !== undefined) expect(nodeIds).toContain(node.country);
  for (const edge of graph.edges) {
    expect(edge.source).not.toBe(edge.target);
    expect(edge.weight).toBe(edge.evidence.length);
    for (const ev of edge.evidence) {
      const text = texts.get(ev.documentId);
      expect(text).toBeDefined();
      expect(ev.end).toBeGreaterThan(ev.start);
      expect(ev.end).toBeLessThanOrEqual(text!.length);
      expect(wordsInOrder(ev.sentence, maskInlineNoise(text!).slice(ev.start, ev.end))).toBe(true);
    }
  }
}

describe('buildGraph on arbitrary text', () => {
  it('never throws, and its graph passes the schema with evidence inside the documents', () => {
    fc.assert(
      fc.property(fc.array(arbitraryDocument, { minLength: 1, maxLength: 4 }), (records) => {
        const documents = documentsOf(records);
        expectSound(buildGraph(documents).graph, documents);
      }),
      { numRuns: 100 },
    );
  });

  it('does not depend on the order of the documents', () => {
    fc.assert(
      fc.property(fc.array(arbitraryDocument, { minLength: 1, maxLength: 4 }).chain((records) => fc.tuple(fc.constant(records), fc.shuffledSubarray(records.map((_, i) => i), { minLength: records.length }))), ([records, order]) => {
        const documents = documentsOf(records);
        const shuffled = order.map((i) => documents[i]!);
        expect(JSON.stringify(buildGraph(shuffled).graph)).toBe(JSON.stringify(buildGraph(documents).graph));
      }),
      { numRuns: 50 },
    );
  });

  it('finds relations in the vocabulary texts (the property above is not vacuous)', () => {
    const documents = documentsOf([{ text: 'France signed an agreement with Germany in 2019 on defence.', date: '2024-06-15', source: undefined }]);
    const { graph } = buildGraph(documents);
    expectSound(graph, documents);
    expect(graph.edges.map((e) => e.relation)).toContain('agreement');
  });

  it('copes with a single line of 200,000 characters mixing scripts, control characters and relation words', () => {
    const unit = 'France met Germany \u0000 日本 مصر \u202E Kenya attacked Brazil, ';
    const text = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
    const documents = [doc(text, { id: 'huge', date: '2024-06-15' })];
    const started = performance.now();
    const { graph } = buildGraph(documents);
    const elapsed = performance.now() - started;
    expectSound(graph, documents);
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['france', 'germany']));
    expect(graph.edges.some((e) => [e.source, e.target].sort().join('|') === 'france|germany')).toBe(true);
    expect(elapsed).toBeLessThan(15_000);
  });
});
