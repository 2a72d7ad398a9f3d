import { defineConfig } from 'vitest/config';

// Three tiers (see CONTRIBUTING.md): unit tests run on in-memory SQLite and pure code,
// int tests run every query and route on each dialect in DB_DIALECTS, e2e drives Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['packages/*/src/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // Files share one module graph: each test opens its own database, and no test mocks
          // modules, so re-importing the core for every file would only cost time.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['packages/web/e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
