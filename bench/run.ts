/**
 * `npm run bench`: runs each benchmark in its own Node process, one after the other, so one's memory and JIT
 * state never colour the next one's figures. `npm run bench -- builder` runs only the named ones.
 * Adding a benchmark is one line in BENCHES.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCHES = [
  'builder.ts',
  'explorer.ts',
] as const;

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const selected = BENCHES.filter((file) => wanted.length === 0 || wanted.includes(path.basename(file, '.ts')));
if (selected.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')}; known: ${BENCHES.map((file) => path.basename(file, '.ts')).join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const file of selected) {
  console.log(`\n== ${file}`);
  const { status } = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, file)], { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${file} failed (exit ${status})`);
    failed += 1;
  }
}
process.exitCode = failed === 0 ? 0 : 1;
