import { defineConfig } from 'vite';
import { pathAliases } from './scripts/path-aliases.ts';
import { nativeRuntimeModules } from './scripts/native-runtime-modules.ts';

// Forge's Vite plugin supplies entry, output format (.cjs) and Node builtins.
export default defineConfig({
  // Bundles are CommonJS, which has no import.meta: code that finds files beside itself
  // (the import worker, electron/decks/off-thread) gets the bundle's own folder.
  resolve: { alias: pathAliases },
  define: { 'import.meta.dirname': '__dirname' },
  build: {
    rollupOptions: { external: nativeRuntimeModules },
  },
});
