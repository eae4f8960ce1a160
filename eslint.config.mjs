import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = {
  paths: [
    {
      name: 'electron',
      message: 'Services run in plain Node; only the Electron shell may import electron.',
      // Types cost nothing at run time: the IPC adapter names Electron's types only.
      allowTypeImports: true,
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules', '.vite', 'dist', 'out', 'coverage', '.tmp', 'vendor', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No .only left in tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No .skip left in tests.' },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-restricted-imports': ['error', electronOnlyInShell] },
  },
  {
    // The shell: the only files that may talk to Electron.
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // Shared by main and renderer: neither Node nor DOM APIs.
    files: ['electron/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { ...electronOnlyInShell, patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The contract runs in the renderer too.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer runs in a browser sandbox.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a browser sandbox.' },
            {
              regex: '(^|/)electron(/|$)',
              message: 'The renderer talks to main only through the API client; it may share only the contract, imported as @contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
