// Lint rules, including the runtime boundaries of each folder (see docs/ARCHITECTURE.md):
// core and shared are pure (no electron, react or DOM), the renderer never touches Node.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronAndUi = [
  { name: 'electron', message: 'src/core and src/shared are pure: no Electron. Put it in src/main or src/preload.' },
  { name: 'react', message: 'src/core and src/shared are pure: no React. Put it in src/renderer.' },
  { name: 'react-dom', message: 'src/core and src/shared are pure: no React. Put it in src/renderer.' },
];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'fetch'].map(
  (name) => ({ name, message: 'src/core and src/shared are pure: no DOM. Receive what you need as a parameter.' }),
);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['src/core/**', 'src/shared/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { paths: electronAndUi, patterns: [{ group: ['electron/*', 'react/*', 'react-dom/*'], message: 'src/core and src/shared are pure.' }] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronAndUi,
          patterns: [
            { group: ['node:*'], message: 'src/shared runs in the renderer too: no Node modules.' },
            { group: ['../core/*', '../core'], message: 'src/shared is the contract: it must not depend on the core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The renderer runs sandboxed: no Node modules. Ask the core through the client.' },
            { group: ['electron', 'electron/*'], message: 'The renderer never talks to Electron directly: use the typed client.' },
            { group: ['**/core/**', '**/main/**', '**/web/**', '**/cli/**'], message: 'The renderer only imports src/shared and its own files.' },
          ],
        },
      ],
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/core/**', 'node:*'], message: 'The preload only bridges the typed client.' }] }],
    },
  },
  {
    files: ['*.config.ts', '*.config.js', 'vite.renderer.config.ts', 'electron.vite.config.ts', 'playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
