import { defineConfig } from 'vitest/config';

/** The tests that run the bundles as a user runs them: the action's end-to-end tests and the npm package. */
const bundleTests = ['test/action/**/*.test.ts', 'test/package/**/*.test.ts'];

/** Each project's own options; the root's globalSetup (one temporary directory) runs once for all. */
const common = { testTimeout: 60_000, hookTimeout: 120_000, pool: 'forks' } as const;

export default defineConfig({
  test: {
    globalSetup: ['./test/support/temporary-directory.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          ...common,
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: bundleTests,
        },
      },
      // Only a run that includes these tests builds the bundles, once, before its tests start.
      {
        test: {
          ...common,
          name: 'bundles',
          include: bundleTests,
          globalSetup: ['./test/support/bundles.ts'],
        },
      },
    ],
  },
});
