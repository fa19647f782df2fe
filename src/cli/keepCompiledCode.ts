/**
 * Turns off V8's bytecode flushing for this Node process. V8 drops the compiled code of functions it has not run for a
 * few garbage collections and compiles them again when they are next called. A graph build calls much of its code
 * (and chrono-node's) only now and then, for the sentences that need it, so it kept paying to recompile: measured
 * 5–10% of the build on the benchmark corpora. Only the CLI and the benchmark set it; a browser keeps its own policy.
 */
import { setFlagsFromString } from 'node:v8';

export function keepCompiledCode(): void {
  setFlagsFromString('--no-flush-bytecode');
}
