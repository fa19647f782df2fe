// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiAndNodeModules = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'cytoscape', 'react-cytoscapejs', 'node:*', 'fs', 'path'];

export default tseslint.config(
  { ignores: ['scratch/**', 'bench/out/**', 'eval/out/**', 'dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core runs in Node, in a worker and in the browser: no UI, no file system.
    files: ['src/builder/**', 'src/model/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: uiAndNodeModules.map((group) => ({ group: [group], message: 'The pure core imports nothing from React, the DOM or Node.' })) }],
    },
  },
);
