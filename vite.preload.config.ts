import { defineConfig } from 'vite';

// The preload is bundled into one file: a sandboxed preload can only require 'electron'.
export default defineConfig({});
