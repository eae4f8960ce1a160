import fs from 'node:fs';
import path from 'node:path';

const electronPackage = path.resolve('node_modules', 'electron');

/**
 * Where the Electron binary is, read the way the `electron` package reads it,
 * but without its fallback: requiring the package downloads a missing binary,
 * and a test must never touch the network.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(electronPackage, 'path.txt');
  if (!override && !fs.existsSync(pathFile)) {
    return { missing: 'the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set at install)' };
  }
  const binary = override
    ? path.join(override, fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8') : 'electron')
    : path.join(electronPackage, 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? { path: binary } : { missing: `the Electron binary is missing at ${binary}` };
}

/** The main-process bundle Forge builds (`npm run package` or `npm start`). */
export function findMainBundle(): { path: string } | { missing: string } {
  const main = path.resolve('.vite', 'build', 'main.cjs');
  return fs.existsSync(main) ? { path: main } : { missing: 'the app is not built; run `npm run package` first' };
}
