import { defineConfig } from 'vite';
import { nativeRuntimeModules } from './scripts/native-runtime-modules.ts';

// Forge's Vite plugin supplies entry, output format (.cjs) and Node builtins.
export default defineConfig({
  build: {
    rollupOptions: { external: nativeRuntimeModules },
  },
});
