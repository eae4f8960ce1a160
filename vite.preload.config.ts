import { defineConfig } from 'vite';
import { pathAliases } from './scripts/path-aliases.ts';

// The preload is bundled into one file: a sandboxed preload can only require 'electron'.
export default defineConfig({ resolve: { alias: pathAliases } });
