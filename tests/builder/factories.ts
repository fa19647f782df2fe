/** Small factories for builder tests: a `CorpusDocument` from a text, with overrides. */
import { buildGraph } from '../../src/builder/index';
import type { CorpusDocument, PartialDate } from '../../src/builder/types';
import type { Graph, GraphEdge } from '../../src/model/schema';

/** "2023", "2023-02" or "2023-02-10" to a PartialDate. */
export function partialDate(iso: string): PartialDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}), iso };
}

export interface DocOptions {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD); null for an undated document. Default "2024-06-15". */
  readonly date?: string | null;
  readonly source?: string;
  readonly id?: string;
  readonly title?: string;
}

let counter = 0;

export function doc(text: string, options: DocOptions = {}): CorpusDocument {
  const id = options.id ?? `doc-${String(++counter).padStart(3, '0')}`;
  const date = options.date === undefined ? '2024-06-15' : options.date;
  return {
    id,
    fileName: `${id}.txt`,
    title: options.title ?? id,
    date: date === null ? null : partialDate(date),
    ...(options.source ? { source: options.source } : {}),
    text,
  };
}

/** Builds the graph of one or more texts (each a document with the given options). */
export function graphOf(text: string | readonly CorpusDocument[], options: DocOptions = {}): Graph {
  const documents = typeof text === 'string' ? [doc(text, options)] : text;
  return buildGraph(documents).graph;
}

/** The edges between two node ids, in either direction. */
export function edgesBetween(graph: Graph, a: string, b: string): GraphEdge[] {
  return graph.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
}

/** "a~b:relation" for every edge, sorted: undirected pair names in code-point order. */
export function edgeSummary(graph: Graph): string[] {
  return graph.edges.map((e) => `${[e.source, e.target].sort().join('~')}:${e.relation}`).sort();
}

export const nodeIds = (graph: Graph): string[] => graph.nodes.map((n) => n.id);
