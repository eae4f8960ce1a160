// Headless entry point: `npm run cli -- <command>`. Runs in plain Node.
import { commands } from './cli/commands';
import { runCli } from './cli/run-cli';

void runCli(process.argv.slice(2), commands, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
