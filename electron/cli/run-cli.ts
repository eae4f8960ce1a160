import { AppError } from '@contract/app-error';
import { cliErrorLine } from './error-words';
import { CliError, type CliCommand } from './command';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Usage: npm run cli -- <command> [arguments]',
    '',
    'Commands (each prints JSON on stdout; errors go to stderr with a non-zero exit):',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    `  ${'--help'.padEnd(width)}  Show this help.`,
    '',
  ].join('\n');
}

/** Runs one CLI invocation and returns the exit code. */
export async function runCli(argv: readonly string[], commands: readonly CliCommand[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(commands));
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${helpText(commands)}`);
    return 2;
  }
  try {
    const output = await command.run(args);
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`rehearse ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof AppError) {
      io.stderr(`rehearse ${name}: ${cliErrorLine(error.code, error.detail)}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`rehearse ${name} failed: ${message}\n`);
    return 1;
  }
}
