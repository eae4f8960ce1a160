import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
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

/**
 * The floors of the main process. A file may import its own floor and the
 * floors below it, never one above: contract ← foundation ← features ←
 * transport ← shell. Files at the top of electron/ (logger, paths,
 * services.ts, the entry points) and test helpers sit outside; a rule below
 * keeps features from importing services.ts, which builds them.
 */
const floors = [
  { type: 'contract', pattern: 'electron/contract' },
  { type: 'foundation', pattern: 'electron/(store|errors|worker-threads)' },
  {
    type: 'feature',
    pattern:
      'electron/(decks|recording|transcription|scoring|feedback|interviewer|interviews|voice|presence|schedule|progress|settings|review)',
  },
  { type: 'transport', pattern: 'electron/(transport|app-runtime)' },
  { type: 'shell', pattern: 'electron/shell' },
  { type: 'renderer', pattern: 'renderer/src' },
];
const below = {
  contract: [],
  foundation: ['contract', 'foundation'],
  feature: ['contract', 'foundation', 'feature'],
  transport: ['contract', 'foundation', 'feature', 'transport'],
  shell: ['contract', 'foundation', 'feature', 'transport', 'shell'],
  renderer: ['contract', 'renderer'],
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
    files: [
      'electron/{decks,recording,transcription,scoring,feedback,interviewer,interviews,voice,presence,schedule,progress,settings,review,store,errors,worker-threads}/**/*.ts',
    ],
    ignores: ['**/*.test.ts', '**/testing/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          patterns: [
            {
              regex: '^(\\.\\./)+services$',
              message: 'services.ts builds the features; a feature takes what it needs as arguments.',
            },
          ],
        },
      ],
    },
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
        {
          ...electronOnlyInShell,
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'The contract runs in the renderer too.',
            },
          ],
        },
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
              message:
                'The renderer talks to main only through the API client; it may share only the contract, imported as @contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // Floors hold for product code; tests and test helpers may reach any floor.
    files: ['electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**', 'renderer/src/test-setup.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': floors,
      'boundaries/include': ['electron/**/*', 'renderer/src/**/*'],
      'import/resolver': {
        typescript: { project: ['tsconfig.json', 'renderer/tsconfig.json'], noWarnOnMultipleProjects: true },
      },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: Object.entries(below).map(([floor, allowed]) => ({
            from: { element: { type: floor } },
            disallow: { to: { element: { types: { noneOf: allowed } } } },
          })),
        },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
