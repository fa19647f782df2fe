/**
 * `npm run bench`: runs each benchmark in its own Node process, one after the other, so one's memory and JIT
 * state never colour the next one's figures. `npm run bench -- builder` runs only the named ones.
 * Adding a benchmark is one line in BENCHES.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCHES: readonly { name: string; file: string; env?: Record<string, string> }[] = [
  { name: 'builder', file: 'builder.ts' },
  { name: 'builder-seeds', file: 'builder.ts', env: { BENCH_CORPUS: 'seeds' } },
  { name: 'builder-prose', file: 'builder.ts', env: { BENCH_CORPUS: 'prose' } },
  { name: 'explorer', file: 'explorer.ts' },
];

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const selected = BENCHES.filter((bench) => wanted.length === 0 || wanted.includes(bench.name));
if (selected.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')}; known: ${BENCHES.map((bench) => bench.name).join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const { name, file, env } of selected) {
  console.log(`\n== ${name}`);
  const { status } = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, file)], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) {
    console.error(`${name} failed (exit ${status})`);
    failed += 1;
  }
}
process.exitCode = failed === 0 ? 0 : 1;
