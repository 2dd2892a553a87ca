// Lint rules, including the layer boundaries of the design: shared/ is pure (no DOM, Electron, Node or
// storage libraries), nothing imports renderer/ or electron/ from shared/, and the renderer never imports
// the main process.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    // shared/test/ is test support like the tests themselves (the Git test server runs git http-backend in Node).
    ignores: ['shared/cli/**', 'shared/**/*.test.ts', 'shared/test/**'],
    rules: restrict(
      ['**/renderer/**', '**/electron/**', 'electron', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'node:*', 'fs', 'path', 'os', 'child_process'],
      'shared/ is pure TypeScript that runs in Node and the renderer: no DOM, Electron, Node or storage imports.',
    ),
  },
  {
    files: ['shared/cli/**/*.ts'],
    rules: restrict(['**/renderer/**', '**/electron/**', 'electron', 'dexie', 'react'], 'The CLI is a thin layer over shared/.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule advises the React Compiler, which the app does not use; TanStack Table is used as documented.
      'react-hooks/incompatible-library': 'off',
      ...restrict(['**/electron/**', 'electron', 'node:*'], 'The renderer reaches the platform only through renderer/platform.'),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict(['**/renderer/**', 'react', 'dexie'], 'electron/ stays thin: no renderer code in the main process.'),
  },
  {
    files: ['scripts/**/*.mjs', 'shared/cli/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } },
  },
);
