/**
 * `build:graph`: reads a corpus folder, builds the graph, validates it and writes it.
 * Exit codes: 0 built, 1 unusable input or output, 2 bad command line, 3 the builder produced an invalid graph (a bug).
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph } from '../builder/index';
import { InputError, type BuildWarning } from '../builder/types';
import { GraphFormatError, validateGraph, type Graph } from '../model/schema';
import { readCorpus } from './readCorpus';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

export const USAGE = `Usage: npm run build:graph -- [--corpus DIR] [--out FILE]

  --corpus DIR  folder of .md, .markdown, .txt, .html and .htm documents (default: data/corpus)
  --out FILE    where to write the graph JSON (default: data/graph.json)
  --help        show this help`;

const DEFAULTS = { corpus: 'data/corpus', out: 'data/graph.json' } as const;

type Options = { readonly corpus: string; readonly out: string } | 'help';

function parseOptions(argv: readonly string[]): Options {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { corpus: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new TypeError(`unexpected argument "${positionals[0]}"`);
  return { corpus: values.corpus ?? DEFAULTS.corpus, out: values.out ?? DEFAULTS.out };
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/** Runs the CLI; never throws, returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (err) {
    io.stderr(`error: ${(err as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (options === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  try {
    return await build(options.corpus, options.out, io);
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr(`error: ${err.file}: ${err.problem}`);
      return EXIT.input;
    }
    if (err instanceof GraphFormatError) {
      io.stderr(`error: the builder produced an invalid graph (a bug, please report it):\n${err.message}`);
      return EXIT.internal;
    }
    io.stderr(`error: ${(err as Error).stack ?? String(err)}`);
    return EXIT.internal;
  }
}

async function build(corpus: string, out: string, io: CliIo): Promise<number> {
  const corpusPath = path.resolve(io.cwd, corpus);
  const read = await readCorpus(corpusPath).catch((err: unknown) => {
    // Name files as the user wrote the folder, not by their absolute path.
    if (err instanceof InputError) throw new InputError(displayPath(io.cwd, err.file), err.problem);
    throw err;
  });
  const { graph, warnings: buildWarnings } = buildGraph(read.documents);
  const warnings = [...read.warnings, ...buildWarnings];
  const withWarnings: Graph = { ...graph, ...(warnings.length ? { warnings: warnings.map((w) => formatWarning(w)) } : {}) };
  const valid = validateGraph(withWarnings, out);
  await writeAtomically(path.resolve(io.cwd, out), `${JSON.stringify(valid, null, 2)}\n`, out);

  io.stdout(`Built ${out} from ${plural(read.documents.length, 'document')}: ${plural(valid.nodes.length, 'node')}, ${plural(valid.edges.length, 'edge')}, ${plural(warnings.length, 'warning')}`);
  for (const warning of warnings) io.stdout(`warning: ${formatWarning(warning, corpus)}`);
  return EXIT.ok;
}

/** In the graph file, files are named relative to the corpus; on the console, under the folder the user gave. */
function formatWarning({ file, message }: BuildWarning, corpus?: string): string {
  const where = corpus === undefined ? file : file ? `${corpus.replace(/\/+$/, '')}/${file}` : corpus;
  return where ? `${where}: ${message}` : message;
}

const displayPath = (cwd: string, file: string): string => path.relative(cwd, file) || '.';

/** Writes to a temporary file next to the target, then renames: an error never leaves a partial graph file. */
async function writeAtomically(target: string, content: string, shownAs: string): Promise<void> {
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, target);
  } catch (err) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new InputError(shownAs, `cannot write the graph file (${(err as Error).message})`);
  }
}
