/**
 * A seeded, schema-valid synthetic graph for benchmarks and browser tests: N actors and M relationships spread
 * over `years` consecutive years, every domain and relation type, evidence and documents, and (optionally) a
 * cheap deterministic layout so no force layout has to run per benchmark.
 *
 * CLI: `npx tsx bench/syntheticGraph.ts --nodes 2000 --edges 10000 --out FILE [--seed 1] [--no-positions]`
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SCHEMA_VERSION, type Graph, type GraphDocument, type GraphEdge, type GraphNode } from '../src/model/schema';
import { DOMAINS, NODE_TYPES, RELATION_TYPES, relationInfo, domainInfo, type Domain } from '../src/model/vocabulary';
import { mulberry32 } from '../src/model/random';

export interface SyntheticOptions {
  readonly nodes: number;
  readonly edges: number;
  readonly seed?: number;
  readonly firstYear?: number;
  readonly years?: number;
  /** Write a grid-jittered position on every node (default true). */
  readonly positions?: boolean;
}

export { mulberry32 };

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const intBelow = (random: Random, n: number): number => Math.floor(random() * n);

/** Spacing of the layout grid, in model units; jitter keeps nodes from lining up into visible rows. */
const GRID_STEP = 120;
const JITTER = 40;

function makeNodes(count: number, random: Random, withPositions: boolean): GraphNode[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  const countries: string[] = [];
  return Array.from({ length: count }, (_, i) => {
    // Countries first in every cycle, so each person can name a country already made.
    const type = NODE_TYPES[i % NODE_TYPES.length]!;
    const id = `${type.slice(0, 3)}-${i}`;
    const label = `${type[0]!.toUpperCase()}${type.slice(1)} ${i}`;
    if (type === 'country') countries.push(id);
    const node: GraphNode = { id, label, type, aliases: [label, `${label} alias`].sort() };
    if (type === 'person' && countries.length) node.country = pick(random, countries);
    if (withPositions) {
      node.position = {
        x: (i % columns) * GRID_STEP + (random() - 0.5) * 2 * JITTER,
        y: Math.floor(i / columns) * GRID_STEP + (random() - 0.5) * 2 * JITTER,
      };
    }
    return node;
  });
}

/** Mostly near neighbours on the grid (as real clusters are), one in five anywhere: long edges cross the canvas. */
function pickTarget(source: number, count: number, columns: number, random: Random): number {
  if (random() < 0.2) return intBelow(random, count);
  const dx = intBelow(random, 7) - 3;
  const dy = intBelow(random, 7) - 3;
  return Math.min(count - 1, Math.max(0, source + dx + dy * columns));
}

function makeDocuments(firstYear: number, years: number, perYear: number): GraphDocument[] {
  const documents: GraphDocument[] = [];
  for (let y = 0; y < years; y += 1) {
    for (let k = 0; k < perYear; k += 1) {
      const year = firstYear + y;
      const month = String((k % 12) + 1).padStart(2, '0');
      documents.push({ id: `doc-${year}-${k}`, title: `Synthetic report ${k + 1} of ${year}`, date: `${year}-${month}-15`, source: 'Synthetic news', url: `https://example.org/${year}/${k}` });
    }
  }
  return documents;
}

function extraDomains(first: Domain, random: Random): Domain[] {
  const domains = new Set<Domain>([first]);
  const extra = intBelow(random, 3);
  for (let k = 0; k < extra; k += 1) domains.add(pick(random, DOMAINS));
  return DOMAINS.filter((d) => domains.has(d));
}

/**
 * Builds the graph. The first edges cover every year, domain and relation type in turn, so even a small graph
 * shows them all; the rest are random under the seed.
 * @example syntheticGraph({ nodes: 2000, edges: 10000 }) // the benchmark's graph
 */
export function syntheticGraph(options: SyntheticOptions): Graph {
  const { nodes: nodeCount, edges: edgeCount, seed = 1, firstYear = 2005, years = 20, positions = true } = options;
  if (nodeCount < 2 && edgeCount > 0) throw new Error('syntheticGraph: edges need at least 2 nodes');
  const random = mulberry32(seed);
  const nodes = makeNodes(nodeCount, random, positions);
  const columns = Math.max(1, Math.ceil(Math.sqrt(nodeCount)));
  const perYear = Math.max(1, Math.ceil(edgeCount / years / 20));
  const documents = makeDocuments(firstYear, years, perYear);
  const offsets = new Map<string, number>();

  const edges: GraphEdge[] = Array.from({ length: edgeCount }, (_, i) => {
    const s = intBelow(random, nodeCount);
    let t = pickTarget(s, nodeCount, columns, random);
    if (t === s) t = (s + 1) % nodeCount;
    const source = nodes[s]!;
    const target = nodes[t]!;
    const year = firstYear + (i < years ? i : intBelow(random, years));
    const relation = i < RELATION_TYPES.length ? RELATION_TYPES[i]! : pick(random, RELATION_TYPES);
    const domains = extraDomains(i < DOMAINS.length ? DOMAINS[i]! : pick(random, DOMAINS), random);
    const evidence = Array.from({ length: 1 + (random() < 0.3 ? intBelow(random, 3) : 0) }, () => {
      const documentId = `doc-${year}-${intBelow(random, perYear)}`;
      const sentence = `${source.label} and ${target.label}: ${relationInfo(relation).label.toLowerCase()} on ${domainInfo(domains[0]!).label.toLowerCase()} in ${year}.`;
      const start = offsets.get(documentId) ?? 0;
      offsets.set(documentId, start + sentence.length + 1);
      return { documentId, sentence, start, end: start + sentence.length };
    });
    return { id: `e${i + 1}`, source: source.id, target: target.id, relation, domains, year, weight: evidence.length, evidence };
  });

  return { schemaVersion: SCHEMA_VERSION, generatedBy: `bench/syntheticGraph.ts seed=${seed}`, documents, nodes, edges };
}

function parseArgs(argv: readonly string[]): SyntheticOptions & { out: string } {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const count = (name: string, fallback: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name}: expected a whole number, got "${raw}"`);
    return n;
  };
  const out = value('out');
  if (!out) throw new Error('usage: tsx bench/syntheticGraph.ts --nodes 2000 --edges 10000 --out FILE [--seed 1] [--no-positions]');
  return { nodes: count('nodes', 2000), edges: count('edges', 10000), seed: count('seed', 1), positions: !argv.includes('--no-positions'), out };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { out, ...options } = parseArgs(process.argv.slice(2));
    const graph = syntheticGraph(options);
    writeFileSync(out, JSON.stringify(graph));
    console.log(`${out}: ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.documents.length} documents`);
  } catch (err) {
    console.error((err as Error).message);
    process.exitCode = 1;
  }
}
