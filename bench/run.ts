/**
 * `npm run bench`: runs each benchmark in its own Node process, one after the other, so one's memory and JIT
 * state never colour the next one's figures. `npm run bench -- builder` runs only the named ones.
 * Adding a benchmark is one line in BENCHES.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The builder runs with the young generation `npm run build:graph` gives it (see README, "Performance"): it makes
 * many short-lived objects per sentence, and a 64 MB semi-space cut garbage collection by a fifth.
 */
const BUILDER_NODE_FLAGS = ['--max-semi-space-size=64'];

const BENCHES: readonly { name: string; file: string; env?: Record<string, string>; nodeFlags?: readonly string[] }[] = [
  { name: 'builder', file: 'builder.ts', nodeFlags: BUILDER_NODE_FLAGS },
  { name: 'builder-seeds', file: 'builder.ts', env: { BENCH_CORPUS: 'seeds' }, nodeFlags: BUILDER_NODE_FLAGS },
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
for (const { name, file, env, nodeFlags = [] } of selected) {
  console.log(`\n== ${name}`);
  const { status } = spawnSync(process.execPath, ['--expose-gc', ...nodeFlags, '--import', 'tsx', path.join(here, file)], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) {
    console.error(`${name} failed (exit ${status})`);
    failed += 1;
  }
}
process.exitCode = failed === 0 ? 0 : 1;
