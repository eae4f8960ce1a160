// Browser mode: `npm run web` serves the built renderer and the app's API on
// 127.0.0.1 behind a per-launch token. Runs in plain Node, no Electron.
import { startAppRuntime } from './app-runtime/app-runtime';
import { appVersion } from './app-version';
import { offThreadImporter } from './decks/off-thread/import-off-thread';
import { newToken } from './transport/http/auth';
import { startWebServer } from './transport/http/server';
import { parseWebArgs } from './transport/http/web-args';

async function main() {
  const args = parseWebArgs(process.argv.slice(2), process.env, process.cwd());
  // A damaged database does not stop the server: the page explains and offers the way back.
  const runtime = await startAppRuntime({ dataDir: args.dataDir, transport: 'web', version: appVersion });
  // The import worker starts now, so the first import does not wait for it.
  offThreadImporter().warmUp();
  const server = await startWebServer({
    services: runtime,
    handlers: runtime.handlers,
    staticDir: args.staticDir,
    token: newToken(),
    port: args.port,
  });
  process.stdout.write(`Rehearse is running in browser mode. Open:\n  ${server.launchUrl}\n`);
  process.stdout.write(`Data folder: ${runtime.paths.dataDir}\n`);
  const status = runtime.status();
  if (status.state === 'damaged') {
    process.stdout.write(
      `The database was damaged; it was kept at ${status.damage.keptAt}. Open the link to choose what to do.\n`,
    );
  }
  const stop = () => {
    void server.close().then(() => {
      runtime.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = (error as { code?: string }).code === 'EADDRINUSE' ? ' (choose another with --port)' : '';
  process.stderr.write(`Rehearse could not start browser mode: ${message}${hint}\n`);
  process.exit(1);
});
