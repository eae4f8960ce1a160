import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { pathAliases } from './scripts/path-aliases.ts';
import { nativeRuntimeModules } from './scripts/native-runtime-modules.ts';

/** Data files main-process code reads beside itself at run time (electron/scoring/text/word-vectors.ts). */
const filesBesideMain = ['electron/scoring/data/word-vectors.bin'];

/** Emits those files into the bundle's folder, where import.meta.dirname (below) points. */
function copyBesideMain(): Plugin {
  return {
    name: 'rehearse-files-beside-main',
    generateBundle() {
      for (const file of filesBesideMain) {
        this.emitFile({ type: 'asset', fileName: file.split('/').pop() ?? file, source: readFileSync(file) });
      }
    },
  };
}

// Forge's Vite plugin supplies entry, output format (.cjs) and Node builtins.
export default defineConfig({
  // Bundles are CommonJS, which has no import.meta: code that finds files beside itself
  // (the import worker, electron/decks/off-thread; the word-vector table) gets the bundle's own folder.
  resolve: { alias: pathAliases },
  define: { 'import.meta.dirname': '__dirname' },
  plugins: [copyBesideMain()],
  build: {
    rollupOptions: { external: nativeRuntimeModules },
  },
});
