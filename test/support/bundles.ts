import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleInputsDigest, buildBundles, builtFrom } from '../../scripts/bundle-build.js';
import { packageRoot } from '../../src/package-root.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The action bundle the e2e tests run, as the runner runs dist/index.js. */
    actionBundle: string;
    /** The directory of the CLI bundle: what the npm package ships. */
    cliBundleDirectory: string;
  }
}

/**
 * The bundles of the current sources: dist/ when its stamp says it was built from them (as CI's
 * bundle freshness step has just done), else a build under node_modules/.cache, reused while its
 * own stamp matches. Compared by content, not file times, which a checkout or a copy can make
 * lie. The cache is near enough below the package root for the bundles to find rules/ above
 * themselves, as they do from dist/ (packageRoot).
 */
export async function bundlesDirectory(root: string): Promise<string> {
  const digest = await bundleInputsDigest(root);
  const committed = join(root, 'dist');
  if ((await builtFrom(committed)) === digest) return committed;
  const cache = join(root, 'node_modules', '.cache', 'aks-cis-gate-bundles');
  if ((await builtFrom(cache)) !== digest) await buildBundles(root, cache);
  return cache;
}

/**
 * vitest globalSetup of the tests that run the bundles: they are built at most once per run,
 * before any test starts, rather than by the first test file that needs them while the others
 * wait inside a hook's time limit.
 */
export default async function provideBundles(project: TestProject): Promise<void> {
  const directory = await bundlesDirectory(packageRoot());
  project.provide('actionBundle', join(directory, 'index.js'));
  project.provide('cliBundleDirectory', join(directory, 'cli'));
}
