import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { pathAliases } from './scripts/path-aliases.ts';

const timeBudgetTests = [
  'electron/decks/markdown/import-fuzz.test.ts',
  'electron/transcription/models/model-file-fuzz.test.ts',
  'electron/decks/off-thread/hostile-imports.test.ts',
];

export default defineConfig({
  resolve: { alias: pathAliases },
  test: {
    // Native addons (better-sqlite3) and child processes are safer in forks than threads.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['electron/**/*.test.ts', 'scripts/**/*.test.ts', 'prompts/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...timeBudgetTests],
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        // Tests that hold a time budget run after everything else, one at a time:
        // on a 2-core machine a neighbouring test fork competes for the same core.
        test: {
          name: 'time-budget',
          environment: 'node',
          include: timeBudgetTests,
          maxWorkers: 1,
          testTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/src/test-setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
