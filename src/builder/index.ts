/**
 * The graph builder: documents in, a dated, domain-tagged, evidence-backed graph out.
 * Pure: callers read the files (the CLI in Node, a file picker in the browser) and pass their text.
 */
import { SCHEMA_VERSION, type Graph } from '../model/schema';
import type { BuildWarning, CorpusDocument } from './types';

export interface BuildResult {
  readonly graph: Graph;
  readonly warnings: BuildWarning[];
}

export function buildGraph(documents: readonly CorpusDocument[]): BuildResult {
  // Extraction stages land in the next commits; for now the documents pass through.
  const warnings: BuildWarning[] = documents
    .filter((d) => d.date === null)
    .map((d) => ({ file: d.fileName, message: 'no date found in front matter or text; its relationships have no year' }));
  const graph: Graph = {
    schemaVersion: SCHEMA_VERSION,
    documents: documents.map((d) => ({ id: d.id, title: d.title, date: d.date?.iso ?? null, ...(d.source ? { source: d.source } : {}), ...(d.url ? { url: d.url } : {}) })),
    nodes: [],
    edges: [],
  };
  return { graph, warnings };
}
