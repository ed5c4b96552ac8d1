// Lint rules, including the layering of src/ (see docs/ARCHITECTURE.md): one table says which
// folder may import which, which packages it may not use and where the DOM is out of bounds.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layering } from './eslint/layering.js';

/**
 * The layers of src/ (its top folders). `imports`: the layers a file may import by relative path.
 * `forbid`: packages (with their subpaths) it may not import, `node:*` meaning every Node built-in.
 * `dom: false`: no DOM globals. core and shared are pure; the renderer and preload run sandboxed.
 */
export const layerTable = {
  layers: {
    shared: { imports: ['shared'], forbid: ['electron', 'react', 'react-dom', 'node:*'], dom: false },
    core: { imports: ['shared', 'core'], forbid: ['electron', 'react', 'react-dom'], dom: false },
    main: { imports: ['shared', 'core', 'main'] }, // the Electron main process
    preload: { imports: ['shared', 'preload'], forbid: ['node:*'] },
    web: { imports: ['shared', 'core', 'web'] }, // the browser-mode server
    cli: { imports: ['shared', 'core', 'cli'] },
    launcher: { imports: ['shared', 'main', 'launcher'] }, // `npm start`: builds and launches the desktop app
    renderer: { imports: ['shared', 'renderer'], forbid: ['node:*', 'electron'] },
  },
  // Inside src/renderer: the top (app/, main.tsx) may import anything; features/<name>/ its own folder
  // and the lower layer; the lower layer (every other folder) only itself.
  renderer: { top: ['app', 'main.tsx'], features: 'features' },
  // Test helpers: open to *.test.ts(x) files and these folders, closed to product code.
  testSupport: { folder: 'test/support', openTo: ['test', 'e2e', 'bench'] },
};

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'HTMLElement', 'fetch'];
const withoutDom = Object.keys(layerTable.layers).filter((name) => layerTable.layers[name].dom === false);

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'tmp/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**', 'eslint/fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { local: { rules: { layering } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      'local/layering': ['error', layerTable],
    },
  },
  {
    files: withoutDom.map((name) => `src/${name}/**`),
    rules: {
      'no-restricted-globals': [
        'error',
        ...domGlobals.map((name) => ({ name, message: `${withoutDom.join(' and ')} are pure: no DOM. Receive what you need as a parameter.` })),
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['*.config.ts', '*.config.js', 'vite.renderer.config.ts', 'electron.vite.config.ts', 'playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
