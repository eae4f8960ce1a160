import { defineConfig } from 'vitest/config';
import { pathAliases } from '../scripts/path-aliases.ts';

// End-to-end tests drive the built app in Chromium; they run one file at a
// time because the machine has two cores and each file starts a browser.
export default defineConfig({
  resolve: { alias: pathAliases },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
