import { join, resolve } from 'node:path';
import {
  readBaseFile,
  readBaselineReport,
  resolveBaseCommit,
  withBaseTree,
  type BaseCommit,
  type BaseFile,
} from '../github/baseline.js';
import { insideWorkspace } from '../github/workspace.js';
import type { Baseline } from '../results/gate.js';
import { schemaVersion, type ScanReport } from '../results/results.js';
import { CannotRunError, scan, type ScanOptions } from '../scan.js';
import { scanBaseTree } from '../settings/base-scan.js';
import type { Settings } from '../settings/settings.js';
import type { CompareWith, ScanCommand } from './args.js';

type Log = { info: (message: string) => void };

/** The commit --base names, resolved once; a ref git cannot resolve is a bad argument. */
export async function baseCommitOf(command: ScanCommand, cwd: string): Promise<BaseCommit | undefined> {
  if (command.compareWith?.kind !== 'commit') return undefined;
  const base = await resolveBaseCommit(cwd, command.compareWith.ref);
  if (!base.ok) throw new CannotRunError(base.reason);
  return base;
}

/** The base commit's copy of a file, for the settings (cliSettings) to take the gate's from. */
export const baseFileReader =
  (base: BaseCommit, log: Log) =>
  (path: string): Promise<BaseFile> =>
    readBaseFile(base.root, base.sha, `${base.prefix}${path}`, log.info);

const emptyReport: ScanReport = { schemaVersion, benchmarks: [], skipped: [], notChecked: [], errors: [] };

/**
 * A path option as the base tree knows it: relative to the working directory. The base is
 * written to a temporary directory, and nothing outside the repository is read for it.
 */
function relativeToCwd(cwd: string, path: string): string {
  const inside = insideWorkspace(cwd, path);
  if (inside === undefined)
    throw new CannotRunError(`with --base, "${path}" must be inside the working directory (${cwd})`);
  return inside === '' ? '.' : inside;
}

/** The base commit's scan: the head's options with the base's ignores, every path inside the base tree. */
function baseScanOptions(
  options: ScanOptions,
  settings: Settings,
  directory: string,
  paths: string[],
): ScanOptions {
  const inside = (path: string) => relativeToCwd(options.cwd, path);
  return {
    ...options,
    paths,
    cwd: directory,
    allowedRoots: [directory],
    ignores: settings.baseIgnores,
    parameterFiles: (options.parameterFiles ?? []).map(inside),
    ...(options.terraformDir === undefined ? {} : { terraformDir: inside(options.terraformDir) }),
    terraformVarFiles: (options.terraformVarFiles ?? []).map(inside),
  };
}

/** What the findings are compared with: an earlier report, or the base commit. */
export async function baselineOf(
  compareWith: CompareWith,
  settings: Settings,
  options: ScanOptions,
  base: BaseCommit | undefined,
  log: Log,
): Promise<Baseline> {
  if (compareWith.kind === 'report') {
    const baseline = await readBaselineReport(resolve(options.cwd, compareWith.path), compareWith.path);
    // A baseline named on the command line that cannot be used is a bad argument, not "all new".
    if (baseline.kind === 'unavailable') throw new CannotRunError(baseline.reason);
    return baseline;
  }
  if (base === undefined) throw new Error('--base without its resolved commit');
  const paths = settings.paths.map((path) => relativeToCwd(options.cwd, path));
  const read = await withBaseTree(base.root, base.sha, log.info, (tree) => {
    const directory = join(tree, base.prefix);
    return scanBaseTree(
      directory,
      paths,
      (present) => scan(baseScanOptions(options, settings, directory, present)),
      emptyReport,
    );
  });
  if (!read.ok) throw new CannotRunError(read.reason);
  return {
    kind: 'report',
    report: read.value,
    description: `the commit ${base.sha.slice(0, 7)} (--base ${compareWith.ref})`,
  };
}
