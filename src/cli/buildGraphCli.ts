/** The `build:graph` command (`tsx src/cli/buildGraphCli.ts`); the work is in `runCli`. */
import { keepCompiledCode } from './keepCompiledCode';
import { runCli } from './runCli';

keepCompiledCode();

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
