/**
 * The graph builder: documents in, a dated, domain-tagged, evidence-backed graph out.
 * Pure: callers read the files (the CLI in Node, a file picker in the browser) and pass their text.
 *
 * @example
 *   const { graph, warnings } = buildGraph([readDocument('note.md', text).document]);
 */
import { SCHEMA_VERSION, type Graph } from '../model/schema';
import type { BuildWarning, CorpusDocument } from './types';
import { DEFAULT_LEXICON_FILES, mergeLexicons, type LexiconFile } from './actors/lexicon';
import { ActorRecogniser } from './actors/recognise';
import { segmentDocument } from './text/segment';
import { DocumentRelations } from './relations/extract';
import { EdgeCollector, assembleNodes } from './graph/assemble';

export interface BuildOptions {
  /** Lexicon files (data/lexicon/*.json, validated); the bundled default lexicon when absent. */
  readonly lexicon?: readonly LexiconFile[];
}

export interface BuildResult {
  readonly graph: Graph;
  readonly warnings: BuildWarning[];
}

export function buildGraph(documents: readonly CorpusDocument[], options: BuildOptions = {}): BuildResult {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const warnings: BuildWarning[] = sorted
    .filter((d) => d.date === null)
    .map((d) => ({ file: d.fileName, message: 'no date found in front matter or text; its relationships have no year' }));
  const recogniser = new ActorRecogniser(mergeLexicons(options.lexicon ?? DEFAULT_LEXICON_FILES));
  recogniser.learnAcronyms(sorted);

  const collector = new EdgeCollector();
  for (const doc of sorted) readDocumentRelations(doc, recogniser, collector);

  const edges = collector.edgesSorted();
  const graph: Graph = {
    schemaVersion: SCHEMA_VERSION,
    documents: sorted.map((d) => ({ id: d.id, title: d.title, date: d.date?.iso ?? null, ...(d.source ? { source: d.source } : {}), ...(d.url ? { url: d.url } : {}) })),
    nodes: assembleNodes(recogniser.registry, edges),
    edges,
  };
  return { graph, warnings };
}

function readDocumentRelations(doc: CorpusDocument, recogniser: ActorRecogniser, collector: EdgeCollector): void {
  const { sentences, headings } = segmentDocument(doc.text);
  const home = recogniser.homeCountry(doc);
  const people = recogniser.documentPeople(sentences, home);
  const reader = new DocumentRelations(doc, recogniser, people, recogniser.homeActor(doc), (candidate) => collector.add(candidate), headings, sentences);
  for (const sentence of sentences) reader.read(sentence);
  // A person's edge to the country (or organisation) they act for, from the sentence that first places them.
  for (const [person, { actsFor, sentence }] of reader.affiliations) {
    collector.add({ source: person, target: actsFor, relation: 'membership', domains: ['diplomacy'], year: doc.date?.year ?? null, documentId: doc.id, sentence });
  }
}
