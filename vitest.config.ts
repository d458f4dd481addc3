import { defineConfig } from 'vitest/config';

// Two tiers, as in the package scripts: `unit` needs nothing but Node; `integration`
// (files ending in .int.test.ts) gets one real Neo4j for the whole run from the global setup.
export default defineConfig({
  test: {
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Neo4j is shared; files run one after another so each owns the graph while it runs.
          fileParallelism: false,
        },
      },
    ],
  },
});
