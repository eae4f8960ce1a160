// `npm start` lets Electron Forge rebuild better-sqlite3 for Electron's ABI;
// Node (tests, browser mode, CLI) then cannot load it. This check runs before
// `npm test` and `npm run web` and rebuilds for Node only when needed, so the
// README's commands work in any order.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loads() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch (error) {
    if (
      /NODE_MODULE_VERSION|was compiled against a different Node.js version|invalid ELF|Could not locate the bindings/.test(
        String(error?.message),
      )
    ) {
      return false;
    }
    throw error;
  }
}

if (!loads()) {
  process.stderr.write('better-sqlite3 was built for Electron; rebuilding it for Node…\n');
  const result = spawnSync('npm', ['rebuild', 'better-sqlite3'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0 || !loads()) {
    process.stderr.write(
      'Could not rebuild better-sqlite3 for Node. Run `npm rebuild better-sqlite3` and try again.\n',
    );
    process.exit(1);
  }
}
