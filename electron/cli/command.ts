/** A headless command: parses its own arguments and returns JSON-able output. */
export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(args: readonly string[]): Promise<unknown> | unknown;
}

/** A failure the user caused (bad arguments, unreadable file): printed without a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
