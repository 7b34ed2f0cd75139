import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const testFiles = ['src/**/*.test.ts', 'test/**/*.test.ts'];

/** The tests that run the bundles as a user runs them: the action's end-to-end tests and the npm package. */
const bundleTests = ['test/action/**/*.test.ts', 'test/package/**/*.test.ts'];

/**
 * Files that replace a module (`vi.mock`) need it loaded afresh, which a worker that keeps its
 * modules between files cannot give. Found by reading the files, so a new one cannot be forgotten.
 */
const moduleMockingTests = globSync(testFiles, { cwd: root, ignore: bundleTests }).filter((file) =>
  /\bvi\.(do)?mock\(/.test(readFileSync(join(root, file), 'utf8')),
);

/**
 * Each project's own options; the root's globalSetup (one temporary directory) runs once for all.
 * The time limits catch a hang, not slowness: a shared build machine's load stretches a test
 * that takes 20 s alone (the action over 101 templates) past a minute.
 */
const common = { testTimeout: 180_000, hookTimeout: 180_000, pool: 'forks' } as const;

export default defineConfig({
  test: {
    globalSetup: ['./test/support/temporary-directory.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // vitest's default on 2 cores is one worker; the tests wait on child processes (bicep, git,
    // the bundles) and loopback servers often enough that a second one halves the run.
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...common,
          name: 'unit',
          // In-process tests share the modules a worker has loaded (catalogs, schemas, checks)
          // rather than load them again for every file; a test puts back any global it changes.
          isolate: false,
          include: testFiles,
          exclude: [...bundleTests, ...moduleMockingTests],
        },
      },
      {
        test: { ...common, name: 'module-mocks', include: moduleMockingTests },
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
