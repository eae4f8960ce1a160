import path from 'node:path';
import { dataDirFrom } from '../../app-paths';

export interface WebArgs {
  port: number;
  dataDir: string;
  staticDir: string;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(`--${name}`);
  if (index !== -1) return argv[index + 1];
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** Browser-mode options: flags win over environment variables, which win over defaults. */
export function parseWebArgs(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): WebArgs {
  const rawPort = flag(argv, 'port') ?? env.REHEARSE_PORT ?? '5170';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535 (got "${rawPort}")`);
  }
  const dataDir = dataDirFrom(flag(argv, 'data-dir'), env);
  const staticDir = flag(argv, 'static-dir') ?? path.join(cwd, 'dist', 'web');
  return { port, dataDir: path.resolve(cwd, dataDir), staticDir: path.resolve(cwd, staticDir) };
}
