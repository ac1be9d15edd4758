import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const FEATURES = ['incidents', 'orders', 'cases', 'tickets'];

/** Features never import each other; `tickets` (shared ticket machinery) serves them all. */
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: feature === 'tickets' ? ['./tickets'] : [`./${feature}`, './tickets'],
  message: 'Features do not import each other: compose them in a route, or move it to tickets/.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-sandbox',
      'dist-bench',
      'coverage',
      'reports',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  reactHooks.configs.flat['recommended-latest'],
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: [
                './src/app',
                './src/api',
                './src/features',
                './src/components',
                './src/lib',
                './src/config',
              ],
              from: './mocks',
              message: 'The sandbox must never reach the normal build; only main.tsx may load it.',
            },
            {
              target: './src/api',
              from: ['./src/app', './src/features', './src/components'],
              message: 'The API layer has no UI dependencies.',
            },
            {
              target: ['./src/components', './src/lib'],
              from: ['./src/app', './src/features'],
              message: 'Generic building blocks do not depend on the app or features.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The portal's code uses zod/mini through src/lib/zod.ts (which installs the English messages);
    // classic zod would put its whole method API back into every page.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/zod.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^zod(/.*)?$', message: "Import { z } from '@/lib/zod'." }],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
