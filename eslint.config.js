import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The dependency rule of ARCHITECTURE.md, enforced: each package may import only what it lists.
const boundary = (files, patterns, extra = {}) => ({
  files,
  // Tests may read fixtures from disk; the rule is about what ships.
  ignores: ['**/*.test.ts', '**/test-helpers/**'],
  rules: { 'no-restricted-imports': ['error', { patterns }], ...extra },
});
const nodeBuiltins = { group: ['node:*'], message: 'This package runs without Node built-ins.' };
const noPackage = (...names) => ({
  group: names,
  message: 'Dependencies point inward; see ARCHITECTURE.md.',
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tmp/**',
      '.vigil/**',
      'packages/web/e2e/screenshots/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.ts', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  boundary(
    ['packages/metrics/src/**'],
    [noPackage('@vigil/*', 'zod', 'kysely', 'fastify*'), nodeBuiltins],
    {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'metrics never reads the clock.' },
      ],
    },
  ),
  boundary(
    ['packages/contracts/src/**'],
    [noPackage('@vigil/*', 'kysely', 'fastify*'), nodeBuiltins],
  ),
  boundary(
    ['packages/core/src/**'],
    [noPackage('@vigil/server', '@vigil/web', '@vigil/cli', 'fastify*', '@fastify/*')],
    {
      'no-console': 'error',
    },
  ),
  boundary(['packages/server/src/**'], [noPackage('@vigil/web', '@vigil/cli')]),
  boundary(['packages/cli/src/**'], [noPackage('@vigil/web')]),
  boundary(
    ['packages/web/src/**'],
    [noPackage('@vigil/core', '@vigil/server', '@vigil/cli', '@vigil/test-support'), nodeBuiltins],
    {
      'no-restricted-globals': ['error', 'process'],
    },
  ),
  { files: ['packages/web/src/**'], languageOptions: { globals: { ...globals.browser } } },
);
