/**
 * Scores the builder on held-out corpora: documents written after the seed corpus, in the seeds' range of styles,
 * each with a gold reading (`gold.json`, the format of ../shared/expected/seeds-gold.json). No rule was written
 * for a particular sentence of them; they are for finding what the method misses on text it was not tuned on.
 *
 * `npm run eval` (or `npx tsx eval/run.ts [set …]`). Needs the workplace's scorer, ../shared/tools/score-graph.mjs,
 * or its path in SCORER. Builds each set as `npm run build:graph` does, writes its graph to eval/out/<set>.json and
 * prints one line per set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/runCli';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SCORER = process.env.SCORER ?? path.join(HERE, '../../shared/tools/score-graph.mjs');
const SEEDS_GOLD = path.join(HERE, '../../shared/expected/seeds-gold.json');

interface Score {
  readonly entityRecall: number;
  readonly noiseNodes: number;
  readonly relationPrecision: number;
  readonly relationRecall: number;
  readonly relationF1: number;
  readonly relationTypeAccuracy: number;
}

/** Builds the corpus as `npm run build:graph` does (layout left out: the scorer does not read it) and scores it. */
async function score(name: string, corpus: string, gold: string): Promise<Score> {
  const out = path.join(HERE, 'out', `${name}.json`);
  const errors: string[] = [];
  const code = await runCli(['--corpus', corpus, '--out', out, '--no-layout'], { cwd: path.join(HERE, '..'), stdout: () => {}, stderr: (line) => errors.push(line) });
  if (code !== 0) throw new Error(`eval: building ${name} failed: ${errors.join('\n')}`);
  return JSON.parse(execFileSync(process.execPath, [SCORER, '--graph', out, '--gold', gold, '--json'], { encoding: 'utf8' })) as Score;
}

async function main(): Promise<void> {
  if (!existsSync(SCORER)) {
    console.error(`eval: no scorer at ${SCORER} (set SCORER to the path of score-graph.mjs)`);
    process.exitCode = 2;
    return;
  }
  const wanted = process.argv.slice(2);
  const sets = readdirSync(HERE)
    .filter((name) => existsSync(path.join(HERE, name, 'gold.json')))
    .filter((name) => !wanted.length || wanted.includes(name));
  const rows: [string, string, string][] = sets.map((name) => [name, path.join(HERE, name, 'corpus'), path.join(HERE, name, 'gold.json')]);
  if (!wanted.length && existsSync(SEEDS_GOLD)) rows.unshift(['seeds', path.join(HERE, '../data/corpus'), SEEDS_GOLD]);
  const fixed = (n: number): string => n.toFixed(3);
  console.log('set          entity recall  noise  precision  recall  F1     type accuracy');
  for (const [name, corpus, gold] of rows) {
    const s = await score(name, corpus, gold);
    console.log(`${name.padEnd(13)}${fixed(s.entityRecall).padEnd(15)}${String(s.noiseNodes).padEnd(7)}${fixed(s.relationPrecision).padEnd(11)}${fixed(s.relationRecall).padEnd(8)}${fixed(s.relationF1).padEnd(7)}${fixed(s.relationTypeAccuracy)}`);
  }
}

await main();
