/**
 * The graph file: what the builder writes and the explorer reads, validated on both sides.
 */
import { z } from 'zod';
import { DOMAINS, NODE_TYPES, RELATION_TYPES } from './vocabulary';

export const SCHEMA_VERSION = 1;

const dateString = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

export const documentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** null when no date could be found in the front matter or the text. */
  date: dateString.nullable(),
  source: z.string().optional(),
  url: z.string().optional(),
});

export const nodeSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  type: z.enum(NODE_TYPES),
  /** The surface forms found in the text, sorted. */
  aliases: z.array(z.string()),
  /** For a person: the id of the country they act for, when known. */
  country: z.string().optional(),
  /** Precomputed layout position (stable while filters change). */
  position: z.object({ x: z.number(), y: z.number() }).optional(),
});

export const evidenceSchema = z.object({
  documentId: z.string().min(1),
  sentence: z.string(),
  /** Character offsets of the sentence in the document's text (after front matter and HTML are removed). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const edgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  relation: z.enum(RELATION_TYPES),
  domains: z.array(z.enum(DOMAINS)).min(1),
  /** The year the event happened; null when the document had no date and the sentence none either. */
  year: z.number().int().nullable(),
  weight: z.number().int().positive(),
  evidence: z.array(evidenceSchema).min(1),
});

export const graphSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    generatedBy: z.string().optional(),
    documents: z.array(documentSchema),
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
    warnings: z.array(z.string()).optional(),
  })
  .superRefine((graph, ctx) => {
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const documentIds = new Set(graph.documents.map((d) => d.id));
    graph.edges.forEach((edge, i) => {
      for (const end of ['source', 'target'] as const) {
        if (!nodeIds.has(edge[end])) ctx.addIssue({ code: 'custom', path: ['edges', i, end], message: `unknown node "${edge[end]}"` });
      }
      edge.evidence.forEach((ev, j) => {
        if (!documentIds.has(ev.documentId)) ctx.addIssue({ code: 'custom', path: ['edges', i, 'evidence', j, 'documentId'], message: `unknown document "${ev.documentId}"` });
      });
    });
  });

export type GraphDocument = z.infer<typeof documentSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type Graph = z.infer<typeof graphSchema>;

export class GraphFormatError extends Error {
  constructor(
    readonly where: string,
    readonly problems: string[],
  ) {
    super(`${where}: not a valid graph file:\n  - ${problems.join('\n  - ')}`);
    this.name = 'GraphFormatError';
  }
}

/**
 * Parses and validates a graph file's JSON text. `where` names the file or URL in the error.
 * @throws GraphFormatError naming the place and each problem (at most 10), never a bare zod error.
 */
export function parseGraph(json: string, where: string): Graph {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new GraphFormatError(where, [`not JSON (${(err as Error).message})`]);
  }
  return validateGraph(raw, where);
}

export function validateGraph(raw: unknown, where: string): Graph {
  const result = graphSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 10).map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  if (result.error.issues.length > 10) problems.push(`… and ${result.error.issues.length - 10} more`);
  throw new GraphFormatError(where, problems);
}
