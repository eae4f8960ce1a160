// Browser mode: `npm run web` serves the built renderer and the app's API on
// 127.0.0.1 behind a per-launch token. Runs in plain Node, no Electron.
import { createHandlers } from './api/handlers/index';
import { appVersion } from './app-version';
import { offThreadImporter } from './decks/off-thread/import-off-thread';
import { createServices } from './services';
import { newToken } from './web/auth';
import { startWebServer } from './web/server';
import { parseWebArgs } from './web/web-args';

async function main() {
  const args = parseWebArgs(process.argv.slice(2), process.env, process.cwd());
  const services = createServices({ dataDir: args.dataDir, transport: 'web', version: appVersion });
  // Takes a crash left unfinished are finalised before anything can record.
  services.recording.recoverAtStartup().catch((error: unknown) => services.logger.error('recovery failed', error));
  offThreadImporter().warmUp();
  const server = await startWebServer({
    services,
    handlers: createHandlers(services),
    staticDir: args.staticDir,
    token: newToken(),
    port: args.port,
  });
  process.stdout.write(`Rehearse is running in browser mode. Open:\n  ${server.launchUrl}\n`);
  process.stdout.write(`Data folder: ${services.paths.dataDir}\n`);
  const stop = () => {
    void server.close().then(() => {
      services.close();
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
