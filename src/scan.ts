import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { assess, CannotRunError, type AssessOptions, type InputOutcome } from './benchmarks/assess.js';
import { loadCatalogs } from './benchmarks/load-catalogs.js';
import { unknownBenchmark } from './benchmarks/select-catalogs.js';
import type { SkipRule } from './benchmarks/skip-rules.js';
import type { IgnoreRule } from './benchmarks/suppressions.js';
import { checks as registeredChecks } from './checks/registry.js';
import type { BicepCompiler } from './inputs/bicep/compiler.js';
import { discoverFiles, isGlobPattern, type Discovery } from './inputs/discover.js';
import {
  defaultLimits,
  type InputContext,
  type InputLimits,
  type InputResult,
  type Logger,
  type ProgressStep,
  type SourceFile,
} from './inputs/input-format.js';
import { inCanonicalOrder } from './inputs/outcome-order.js';
import { readInputs } from './inputs/read-inputs.js';
import { largeRead, readSizeOf, releaseReadMemory } from './inputs/release-read-memory.js';
import { emptyModel, type ScanModel } from './model/scan-model.js';
import { withSources } from './benchmarks/drift.js';
import type { ScanReport } from './results/results.js';
import { withYoungGenerationKept } from './young-generation.js';

export { CannotRunError } from './benchmarks/assess.js';
export type { IgnoreRule } from './benchmarks/suppressions.js';

export interface ScanOptions {
  /** Files, directories or globs; empty scans the working directory. */
  paths: string[];
  cwd: string;
  /** Families (`cis-kubernetes`) or exact catalog ids (`cis-kubernetes-v1.12.0`); empty: chosen from the input. */
  benchmarks?: string[];
  /** Namespace of namespaced objects without metadata.namespace (as `helm install -n`). Default `default`. */
  namespace?: string;
  bicepPath?: string;
  /** Let bicep restore registry modules missing from its cache (network); default true. */
  bicepRestore?: boolean;
  /** Registries bicep may restore from; default the public registry (mcr.microsoft.com). */
  bicepRegistries?: string[];
  /** A bicep compiler shared across scans (see openBicepSession); otherwise each scan starts its own. */
  bicepCompiler?: BicepCompiler;
  parameterFiles?: string[];
  terraformDir?: string;
  /** Variable files for Terraform sources read without a plan (--var-file). */
  terraformVarFiles?: string[];
  limits?: Partial<InputLimits>;
  /** Where references from scanned content may point (default: the working directory and the scanned paths). */
  allowedRoots?: string[];
  /** Config-file suppressions. */
  ignores?: IgnoreRule[];
  /** Rules the config file switches off. */
  skip?: SkipRule[];
  /** Globs (relative to `cwd`) of files and directories never scanned; the report lists what they excluded. */
  exclude?: string[];
  log?: Logger;
  /** Told each step of the scan (discovering, reading N files, compiling N of M, checking). */
  progress?: ProgressStep;
  /**
   * Given the files discovery found, before any is read: the process that runs the scan tunes the
   * JavaScript engine for the read (src/compiler-tiers.ts). A library caller leaves the engine alone.
   */
  onDiscovered?: (files: readonly SourceFile[]) => void;
  /** The day that decides whether an ignore has expired (default: now). */
  today?: Date;
  /**
   * Inputs that are not files (a live cluster, a live ARM read). Their fragments join the
   * model; with sources and no paths, no files are scanned.
   */
  sources?: ScanSource[];
}

/** A source of model fragments besides files: one read of a live cluster, for example. */
export type ScanSource = (context: InputContext) => Promise<InputResult>;

const silentLog: Logger = { info: () => undefined, warn: () => undefined };

/**
 * References from scanned content (Bicep modules, Terraform module sources, symlinks) may
 * point into the working directory and the directories named on the command line.
 */
function defaultAllowedRoots(options: ScanOptions): string[] {
  // A named file brings its directory: a plan's .tf sources (and a template's modules) sit beside it.
  const named = options.paths
    .filter((path) => !isGlobPattern(path))
    .map((path) => resolve(options.cwd, path))
    .map((path) => (statSync(path, { throwIfNoEntry: false })?.isFile() === true ? dirname(path) : path));
  const terraform = [
    ...(options.terraformDir === undefined ? [] : [options.terraformDir]),
    ...(options.terraformVarFiles ?? []),
  ].map((path) => resolve(options.cwd, path));
  return [resolve(options.cwd), ...named, ...terraform];
}

/** Adds each fragment's objects, clusters and unreadable kinds to `model`. */
function mergeFragments(model: ScanModel, fragments: Partial<ScanModel>[]): ScanModel {
  return fragments.reduce<ScanModel>(
    (merged, fragment) => ({
      kubeObjects: merged.kubeObjects.concat(fragment.kubeObjects ?? []),
      clusters: merged.clusters.concat(fragment.clusters ?? []),
      ...(merged.unreadable === undefined && fragment.unreadable === undefined
        ? {}
        : { unreadable: (merged.unreadable ?? []).concat(fragment.unreadable ?? []) }),
    }),
    model,
  );
}

const noFiles: Discovery = {
  files: [],
  errors: [],
  skipped: [],
  notChecked: [],
  unmatched: [],
  excluded: [],
};

/** A scan ready to read: what discovery found, and what the readers and the engine are given. */
export interface PreparedScan {
  discovery: Discovery;
  context: InputContext;
  assessOptions: AssessOptions;
}

/** The engine's options from the scan's: the registered checks, over the catalogs on disk. */
export function assessOptionsOf(
  options: Pick<ScanOptions, 'benchmarks' | 'namespace' | 'ignores' | 'skip' | 'today'>,
): AssessOptions {
  const catalogs = loadCatalogs();
  const refused = unknownBenchmark(catalogs, options.benchmarks ?? []);
  if (refused !== undefined) throw new CannotRunError(refused);
  return {
    catalogs,
    checks: registeredChecks,
    ...(options.benchmarks === undefined ? {} : { benchmarks: options.benchmarks }),
    ...(options.namespace === undefined ? {} : { namespace: options.namespace }),
    ...(options.ignores === undefined ? {} : { ignores: options.ignores }),
    ...(options.skip === undefined ? {} : { skip: options.skip }),
    ...(options.today === undefined ? {} : { today: options.today }),
  };
}

/** Checks the options and discovers the files; what cannot run throws CannotRunError. */
export async function prepareScan(options: ScanOptions): Promise<PreparedScan> {
  const log = options.log ?? silentLog;
  const limits = { ...defaultLimits, ...options.limits };
  const assessOptions = assessOptionsOf(options);
  options.progress?.('discovering files');
  // No PATH means the working directory, unless another source (a live cluster) is the input.
  const discovery =
    options.paths.length === 0 && (options.sources ?? []).length > 0
      ? noFiles
      : await discoverFiles(options.paths, { cwd: options.cwd, limits, exclude: options.exclude ?? [] });
  if (discovery.unmatched.length > 0) {
    const named = discovery.unmatched.map((path) => `"${path}"`).join(', ');
    throw new CannotRunError(
      `nothing to scan at ${named}: no such file or directory, or the glob matches no file`,
    );
  }
  options.onDiscovered?.(discovery.files);
  const context: InputContext = {
    allowedRoots: options.allowedRoots ?? defaultAllowedRoots(options),
    defaultNamespace: options.namespace ?? 'default',
    limits,
    ...(options.bicepPath === undefined ? {} : { bicepPath: options.bicepPath }),
    ...(options.bicepCompiler === undefined ? {} : { bicepCompiler: options.bicepCompiler }),
    ...(options.bicepRestore === undefined ? {} : { bicepRestore: options.bicepRestore }),
    ...(options.bicepRegistries === undefined ? {} : { bicepRegistries: options.bicepRegistries }),
    parameterFiles: options.parameterFiles ?? [],
    ...(options.terraformDir === undefined
      ? {}
      : { terraformDir: resolve(options.cwd, options.terraformDir) }),
    ...(options.terraformVarFiles === undefined
      ? {}
      : { terraformVarFiles: options.terraformVarFiles.map((path) => resolve(options.cwd, path)) }),
    log,
    ...(options.progress === undefined ? {} : { progress: options.progress }),
  };
  return { discovery, context, assessOptions };
}

/**
 * Reads what discovery found: the model, and every error and skipped file, in the order of
 * `inCanonicalOrder`, which does not depend on which files were read together.
 */
export async function readDiscovery(discovery: Discovery, context: InputContext): Promise<InputOutcome> {
  if (discovery.files.length > 0) context.progress?.(`reading ${discovery.files.length} files`);
  const input = await readInputs(discovery.files, context);
  return inCanonicalOrder({
    ...input,
    errors: [...discovery.errors, ...input.errors],
    skipped: [...discovery.skipped, ...input.skipped],
    notChecked: [...discovery.notChecked, ...input.notChecked],
  });
}

/**
 * Discovers and reads the files, and returns what the rest of the scan needs of discovery: not
 * the files, whose texts (a 50 MB plan) are garbage once read, rather than beside the checks'
 * findings and the report. A function of its own: its frame, which holds them, ends here.
 */
async function discoverAndRead(options: ScanOptions) {
  const { discovery, context, assessOptions } = await prepareScan(options);
  const input = await readDiscovery(discovery, context);
  return {
    input,
    context,
    assessOptions,
    excluded: discovery.excluded,
    readFiles: discovery.files.length > 0,
    readSize: readSizeOf(discovery.files, input.model),
  };
}

/** Discover → read → model → select catalogs → evaluate → suppress → fingerprint → report. */
export async function scan(options: ScanOptions): Promise<ScanReport> {
  const sources = options.sources ?? [];
  const { input, context, assessOptions, excluded, readFiles, readSize } = await discoverAndRead(options);
  // Out of discoverAndRead, whose frame holds the files' texts. Regular: the findings and the
  // report fit under the read's peak.
  await releaseReadMemory(readSize, 'regular');
  const extra = await Promise.all(sources.map((source) => source(context)));
  const sourceModels = extra.map((result) => result.model);
  options.progress?.('checking');
  const outcome = {
    model: mergeFragments(input.model, sourceModels),
    errors: [...input.errors, ...extra.flatMap((result) => result.errors)],
    skipped: [...input.skipped, ...extra.flatMap((result) => result.skipped)],
    notChecked: [...input.notChecked, ...extra.flatMap((result) => result.notChecked ?? [])],
  };
  // The findings of a large read all survive to the report, and would grow V8's young generation
  // again after the collection above shrank it.
  const assessed =
    readSize.characters < largeRead.characters
      ? assess(outcome, assessOptions)
      : withYoungGenerationKept(() => assess(outcome, assessOptions));
  const report = withExcluded(assessed, excluded);
  if (sources.length === 0) return report;
  // Each side alone, under the catalogs the merged scan chose, so that their rows line up.
  const sideOptions = { ...assessOptions, benchmarks: report.benchmarks.map((benchmark) => benchmark.id) };
  const code = readFiles ? assessSide(input.model, sideOptions) : undefined;
  const live = code && assessSide(mergeFragments(emptyModel(), sourceModels), sideOptions);
  return withSources(report, code && live ? { code, live } : { live: report });
}

/** The report with what the exclude globs left out, when they left out anything. */
export const withExcluded = (report: ScanReport, excluded: Discovery['excluded']): ScanReport =>
  excluded.length === 0 ? report : { ...report, excluded };

/** One side of a code-and-live scan; undefined when that side alone selects no catalog. */
function assessSide(model: ScanModel, options: AssessOptions): ScanReport | undefined {
  try {
    return assess({ model, errors: [], skipped: [], notChecked: [] }, options);
  } catch (error) {
    if (error instanceof CannotRunError) return undefined;
    throw error;
  }
}
