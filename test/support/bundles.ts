import { execFile } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { packageRoot } from '../../src/package-root.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The action bundle the e2e tests run, as the runner runs dist/index.js. */
    actionBundle: string;
    /** The directory of the CLI bundle: what the npm package ships. */
    cliBundleDirectory: string;
  }
}

const execFileAsync = promisify(execFile);
const repositoryRoot = packageRoot();

function newestModification(directory: string): number {
  return readdirSync(directory, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(directory, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }, 0);
}

/**
 * A bundle of `entry` as the committed `dist/<folder>` holds it: that one when it is newer than
 * every source file, else an ncc build under node_modules/.cache (so that the bundle finds the
 * package root, rules/, above itself, as dist/ does), reused while it is newer than the sources.
 * The build goes to a directory of its own and is renamed into place, so a
 * second run beside this one never reads half a bundle.
 */
async function bundleDirectory(entry: string, folder: string, cacheName: string): Promise<string> {
  const newestSource = Math.max(
    ...['src', 'rules'].map((source) => newestModification(join(repositoryRoot, source))),
  );
  const fresh = (directory: string): boolean => {
    const bundle = join(directory, 'index.js');
    return existsSync(bundle) && statSync(bundle).mtimeMs > newestSource;
  };
  const committed = join(repositoryRoot, 'dist', folder);
  if (fresh(committed)) return committed;
  const output = join(repositoryRoot, 'node_modules', '.cache', cacheName);
  if (fresh(output)) return output;
  const building = `${output}-${process.pid}`;
  try {
    await execFileAsync(
      join(repositoryRoot, 'node_modules', '.bin', 'ncc'),
      ['build', entry, '-o', building, '--quiet'],
      { cwd: repositoryRoot },
    );
    rmSync(output, { recursive: true, force: true });
    renameSync(building, output);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return output;
}

/**
 * vitest globalSetup of the tests that run the bundles: both are built once per run, side by
 * side, before any test starts, rather than by the first test file that needs them while the
 * others wait inside a hook's time limit.
 */
export default async function buildBundles(project: TestProject): Promise<void> {
  const prebuilt = process.env['AKS_CIS_GATE_E2E_BUNDLE'];
  const [action, cli] = await Promise.all([
    prebuilt ??
      bundleDirectory('src/action/main.ts', '', 'aks-cis-gate-e2e').then((directory) =>
        join(directory, 'index.js'),
      ),
    bundleDirectory('src/cli/main.ts', 'cli', 'aks-cis-gate-cli'),
  ]);
  project.provide('actionBundle', action);
  project.provide('cliBundleDirectory', cli);
}
