import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');

/**
 * The one way main, renderer and tests reach the shared contract. tsconfig's
 * `paths` says the same for the type checker and tsx.
 */
export const pathAliases = [
  { find: /^@contract$/, replacement: path.join(repoRoot, 'electron/contract/index.ts') },
  { find: /^@contract\/(.*)$/, replacement: path.join(repoRoot, 'electron/contract/$1') },
];
