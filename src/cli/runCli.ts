/**
 * `build:graph`: reads a corpus folder, builds the graph, validates it and writes it.
 * Exit codes: 0 built, 1 unusable input or output, 2 bad command line, 3 the builder produced an invalid graph (a bug).
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildGraph } from '../builder/index';
import { DEFAULT_LEXICON_FILES, parseLexiconFile, type LexiconFile } from '../builder/actors/lexicon';
import { computeLayout, withPositions } from '../layout';
import { InputError, type BuildWarning } from '../builder/types';
import { GraphFormatError, validateGraph, type Graph } from '../model/schema';
import { readCorpus } from './readCorpus';

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

export const EXIT = { ok: 0, input: 1, usage: 2, internal: 3 } as const;

export const USAGE = `Usage: npm run build:graph -- [--corpus DIR] [--out FILE] [--lexicon DIR] [--no-layout]

  --corpus DIR   folder of .md, .markdown, .txt, .html and .htm documents (default: data/corpus)
  --out FILE     where to write the graph JSON (default: data/graph.json)
  --lexicon DIR  folder of lexicon .json files: organisations, programmes, people, country aliases
                 (default: data/lexicon, or the lexicon built into the builder when that folder is absent)
  --no-layout    do not precompute node positions (the explorer then lays the graph out on load)
  --help         show this help`;

const DEFAULTS = { corpus: 'data/corpus', out: 'data/graph.json', lexicon: 'data/lexicon' } as const;

type Options = { readonly corpus: string; readonly out: string; readonly lexicon: string | null; readonly layout: boolean } | 'help';

function parseOptions(argv: readonly string[]): Options {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { corpus: { type: 'string' }, out: { type: 'string' }, lexicon: { type: 'string' }, 'no-layout': { type: 'boolean' }, help: { type: 'boolean' } },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new TypeError(`unexpected argument "${positionals[0]}"`);
  return { corpus: values.corpus ?? DEFAULTS.corpus, out: values.out ?? DEFAULTS.out, lexicon: values.lexicon ?? null, layout: !values['no-layout'] };
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
    return await build(options, io);
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

async function build({ corpus, out, lexicon, layout }: Exclude<Options, 'help'>, io: CliIo): Promise<number> {
  const lexiconFiles = await readLexicon(io.cwd, lexicon);
  const corpusPath = path.resolve(io.cwd, corpus);
  const read = await readCorpus(corpusPath).catch((err: unknown) => {
    // Name files as the user wrote the folder, not by their absolute path.
    if (err instanceof InputError) throw new InputError(displayPath(io.cwd, err.file), err.problem);
    throw err;
  });
  const built = buildGraph(read.documents, { lexicon: lexiconFiles });
  const graph = layout ? withPositions(built.graph, computeLayout(built.graph, 'force')) : built.graph;
  const buildWarnings = built.warnings;
  const warnings = [...read.warnings, ...buildWarnings];
  const withWarnings: Graph = { ...graph, ...(warnings.length ? { warnings: warnings.map((w) => formatWarning(w)) } : {}) };
  const valid = validateGraph(withWarnings, out);
  await writeAtomically(path.resolve(io.cwd, out), `${JSON.stringify(valid, null, 2)}\n`, out);

  io.stdout(`Built ${out} from ${plural(read.documents.length, 'document')}: ${plural(valid.nodes.length, 'node')}, ${plural(valid.edges.length, 'edge')}, ${plural(warnings.length, 'warning')}`);
  for (const warning of warnings) io.stdout(`warning: ${formatWarning(warning, corpus)}`);
  return EXIT.ok;
}

/**
 * The lexicon: every .json file in the folder, validated. The default folder may be absent (the builder's bundled
 * copy of data/lexicon is used); a folder the user names must exist.
 */
async function readLexicon(cwd: string, given: string | null): Promise<readonly LexiconFile[]> {
  const folder = path.resolve(cwd, given ?? DEFAULTS.lexicon);
  const shown = given ?? DEFAULTS.lexicon;
  const isFolder = await stat(folder).then((s) => s.isDirectory(), () => false);
  if (!isFolder) {
    if (given === null) return DEFAULT_LEXICON_FILES;
    throw new InputError(shown, 'the lexicon folder does not exist');
  }
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  if (names.length === 0) throw new InputError(shown, 'the lexicon folder has no .json file');
  const files: LexiconFile[] = [];
  for (const name of names) {
    const file = `${shown.replace(/\/+$/, '')}/${name}`;
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path.join(folder, name), 'utf8'));
    } catch (err) {
      throw new InputError(file, `not valid JSON (${(err as Error).message})`);
    }
    files.push(parseLexiconFile(raw, file));
  }
  return files;
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
