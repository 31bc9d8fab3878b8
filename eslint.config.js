// ESLint over src/ and test/ (`npm run lint`, zero warnings): typescript-eslint with type information, the Astro
// plugin for .astro files, and React's hooks rules for the islands. Every rule turned off says why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Built output, data and fixtures are not code we write; .astro/ holds Astro's generated types.
    ignores: ['dist/**', '.astro/**', 'node_modules/**', 'data/**', 'public/**', 'test/fixtures/**'],
  },
  {
    files: ['**/*.{js,mjs,ts,tsx,astro}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // French typography puts U+00A0 and U+202F before : ; ! ? and % on purpose: allowed in strings, templates,
      // comments, regular expressions and JSX text, still an error between tokens.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true, skipRegExps: true, skipJSXText: true }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['**/*.astro/*'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_name` marks a parameter kept for its position (a callback's signature); anything else unused is an error.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // React's act(async () => …) flushes effects and pending promises after a synchronous event, so its callback
      // is async on purpose with nothing of its own to await; likewise the async fakes of fetch and the worker.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}', '**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  // .astro files and their <script>s: typescript-eslint's rules without type information, because TypeScript's
  // project service cannot open .astro files (`npm run check`, i.e. astro check, type-checks them); then the Astro
  // plugin's recommended rules, which also set its parser for them.
  {
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    extends: [tseslint.configs.recommended],
  },
  astro.configs['flat/recommended'],
);
