/**
 * Builder benchmark: generate (once, in a child process) a seeded synthetic corpus of at least 20 MB, read it into
 * memory, then time `readDocument` on every file and `buildGraph` on the result, on one thread.
 * The builder is timed as it ships, bundled into one module (esbuild, as Vite bundles it for the browser): run
 * module by module through tsx's loader the same code ran 8–12% slower here. BENCH_BUNDLE=0 times it through tsx.
 * Prints throughput (MB/s, documents/s), graph size and peak memory; writes the figures to bench/out/builder.json.
 *
 * `npx tsx bench/builder.ts` (or through `npm run bench`). Environment: BENCH_MB (default 20), BENCH_SEED (default 1),
 * BENCH_CORPUS (`synthetic`, the default; `seeds`: the seed corpus repeated to the same size; `prose`: the seeds and
 * the held-out evaluation documents repeated to the same size).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import type { readDocument as ReadDocument } from '../src/builder/documents/readDocument';
import type { buildGraph as BuildGraph } from '../src/builder/index';
import type { CorpusDocument } from '../src/builder/types';
import { keepCompiledCode } from '../src/cli/keepCompiledCode';

const MEGABYTES = Number(process.env.BENCH_MB ?? 20);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.join(tmpdir(), `ir-bench-corpus-seed${SEED}-${MEGABYTES}MB`);
const DONE_MARKER = '.complete';

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

/** Generating in a child process keeps the generator's memory out of this process's peak. */
function ensureCorpus(): void {
  if (existsSync(path.join(CORPUS, DONE_MARKER))) return;
  execFileSync(process.execPath, ['--import', 'tsx', path.join(HERE, 'generateCorpus.ts'), '--out', CORPUS, '--mb', String(MEGABYTES), '--seed', String(SEED)], { stdio: 'inherit' });
  writeFileSync(path.join(CORPUS, DONE_MARKER), '');
}

function loadCorpus(): { fileName: string; raw: string }[] {
  return readdirSync(CORPUS)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((fileName) => ({ fileName, raw: readFileSync(path.join(CORPUS, fileName), 'utf8') }));
}

/** The documents of each held-out evaluation set (eval/heldout-N/corpus): more real-styled prose, in more shapes. */
function heldOutFolders(): string[] {
  const evalFolder = path.join(HERE, '../eval');
  return readdirSync(evalFolder)
    .filter((name) => name.startsWith('heldout-'))
    .sort()
    .map((name) => path.join(evalFolder, name, 'corpus'))
    .filter((folder) => existsSync(folder));
}

/**
 * Real-styled prose (noise included) repeated under distinct names up to the same size: the seed corpus alone
 * (`seeds`), or the seeds with every held-out document (`prose`: wire stories, statements, debates, HTML pages…).
 * The synthetic corpus is much denser in actors and relations than real text, so both kinds are reported.
 */
function loadProseCorpus(megabytes: number, withHeldOut: boolean): { fileName: string; raw: string }[] {
  const folders = [path.join(HERE, '../data/corpus'), ...(withHeldOut ? heldOutFolders() : [])];
  const seeds = folders.flatMap((folder) =>
    readdirSync(folder)
      .sort()
      .map((fileName) => ({ fileName: `${path.basename(path.dirname(folder))}-${fileName}`, raw: readFileSync(path.join(folder, fileName), 'utf8') })),
  );
  const seedBytes = seeds.reduce((sum, file) => sum + Buffer.byteLength(file.raw), 0);
  const copies = Math.ceil((megabytes * 1e6) / seedBytes);
  return Array.from({ length: copies }, (_, i) => seeds.map(({ fileName, raw }) => ({ fileName: `copy${String(i).padStart(4, '0')}/${fileName}`, raw }))).flat();
}

interface Builder {
  readonly readDocument: typeof ReadDocument;
  readonly buildGraph: typeof BuildGraph;
}

/** The builder bundled into one file under bench/out, or (BENCH_BUNDLE=0) its modules as tsx loads them. */
async function loadBuilder(): Promise<{ builder: Builder; mode: string }> {
  if (process.env.BENCH_BUNDLE === '0') {
    const [{ readDocument }, { buildGraph }] = await Promise.all([import('../src/builder/documents/readDocument'), import('../src/builder/index')]);
    return { builder: { readDocument, buildGraph }, mode: 'modules through tsx' };
  }
  const outfile = path.join(HERE, 'out/builder.bundle.mjs');
  buildSync({
    stdin: { contents: "export { readDocument } from './src/builder/documents/readDocument';\nexport { buildGraph } from './src/builder/index';\n", resolveDir: path.join(HERE, '..'), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return { builder: (await import(pathToFileURL(outfile).href)) as Builder, mode: 'bundled with esbuild' };
}

async function main(): Promise<void> {
  // As the CLI runs the builder (src/cli/buildGraphCli.ts).
  keepCompiledCode();
  const { builder, mode } = await loadBuilder();
  const { readDocument, buildGraph } = builder;
  const which = process.env.BENCH_CORPUS ?? 'synthetic';
  if (which === 'synthetic') ensureCorpus();
  const files = which === 'seeds' || which === 'prose' ? loadProseCorpus(MEGABYTES, which === 'prose') : loadCorpus();
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.raw), 0);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const sampleHeap = (): void => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };

  const start = performance.now();
  const documents: CorpusDocument[] = [];
  files.forEach(({ fileName, raw }, i) => {
    documents.push(readDocument(fileName, raw).document);
    if (i % 100 === 0) sampleHeap();
  });
  const read = performance.now();
  const { graph, warnings } = buildGraph(documents);
  sampleHeap();
  const end = performance.now();

  const seconds = (end - start) / 1000;
  const result = {
    corpus: { documents: files.length, megabytes: Number(mb(bytes)), seed: SEED },
    seconds: { readDocument: (read - start) / 1000, buildGraph: (end - read) / 1000, total: seconds },
    megabytesPerSecond: bytes / 1e6 / seconds,
    documentsPerSecond: files.length / seconds,
    graph: { nodes: graph.nodes.length, edges: graph.edges.length, warnings: warnings.length },
    memory: { peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6, peakHeapMB: peakHeap / 1e6, heapBeforeMB: heapBefore / 1e6 },
    node: process.version,
    mode,
  };

  const described = which === 'seeds' ? 'seed corpus repeated (real prose)' : which === 'prose' ? 'seed and held-out documents repeated (real-styled prose)' : `synthetic corpus (seed ${SEED})`;
  console.log(`builder, ${described}: ${result.corpus.documents} documents, ${mb(bytes)} MB in ${seconds.toFixed(2)} s (builder ${mode})`);
  console.log(`  readDocument ${result.seconds.readDocument.toFixed(2)} s, buildGraph ${result.seconds.buildGraph.toFixed(2)} s`);
  console.log(`  throughput ${result.megabytesPerSecond.toFixed(1)} MB/s, ${Math.round(result.documentsPerSecond)} documents/s (target ≥ 5 MB/s)`);
  console.log(`  graph ${result.graph.nodes} nodes, ${result.graph.edges} edges, ${result.graph.warnings} warnings`);
  console.log(`  memory: peak RSS ${result.memory.peakRssMB.toFixed(0)} MB, peak heap ${result.memory.peakHeapMB.toFixed(0)} MB (${result.memory.heapBeforeMB.toFixed(0)} MB before, corpus text included)`);

  mkdirSync(path.join(HERE, 'out'), { recursive: true });
  writeFileSync(path.join(HERE, `out/builder-${which}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

await main();
