import { resolve } from 'node:path';
import {
  blockReasons,
  cannotRunStatus,
  decideGate,
  exitStatus,
  withVerdict,
  type Baseline,
  type GatePolicy,
  type PolicyWords,
} from '../results/gate.js';
import { LiveScanError, liveSource } from '../inputs/live/live-source.js';
import { logLine } from '../log.js';
import { reporters } from '../report/registry.js';
import type { ScanReport } from '../results/results.js';
import { CannotRunError, scan, type ScanOptions } from '../scan.js';
import { loadCatalogs } from '../benchmarks/load-catalogs.js';
import { hashFirstFingerprintsWith } from '../benchmarks/fingerprint.js';
import { headCommit, readShardReportFiles } from '../shard/files.js';
import type { Shard } from '../shard/shard.js';
import type { CliCommand, MergeCommand, ScanCommand } from './args.js';
import { toolVersion, type CliIo } from './run.js';
import type { ProgressStep } from '../inputs/input-format.js';
import { startProgress } from './progress.js';
import { deliver } from './deliver.js';
import { javaScriptSha256Hex } from './javascript-sha256.js';
import { withYoungGenerationKeptAsync } from '../young-generation.js';
import { cliSettings, requireBaseline } from './cli-settings.js';
import type { Settings } from '../settings/settings.js';

/** The command line's names for the policy's options, for the verdict line and the block message. */
export const cliWords: PolicyWords = {
  failOn: (value) => `--fail-on ${value}`,
  level: (value) => `--level ${value}`,
  allowErrors: '--allow-errors',
  allowUnchecked: '--allow-unchecked',
};

const noBaseline: Baseline = { kind: 'unavailable', reason: 'merge compares with no baseline' };
const noComparison: Baseline = { kind: 'unavailable', reason: 'the command line compares with no baseline' };

/**
 * Colour on a terminal; FORCE_COLOR (as GitHub's logs and other non-terminals that render it
 * set it) turns it on anywhere unless it is 0 or false; https://no-color.org: a non-empty
 * NO_COLOR turns it off.
 */
function wantsColor(io: CliIo): boolean {
  const force = io.env?.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if ((io.env?.NO_COLOR ?? '') !== '') return false;
  return io.stdout.isTTY === true;
}

type Log = { info(message: string): void; warn(message: string): void };

const logTo = (io: CliIo): Log => ({
  info: (message: string) => io.stderr.write(`${logLine(message)}\n`),
  warn: (message: string) => io.stderr.write(`warning: ${logLine(message)}\n`),
});

function scanOptionsOf(command: ScanCommand, settings: Settings, io: CliIo, log: Log): ScanOptions {
  return {
    paths: settings.paths,
    cwd: io.cwd,
    benchmarks: settings.benchmarks,
    namespace: command.namespace,
    ignores: settings.ignores,
    exclude: settings.exclude,
    skip: settings.skip,
    parameterFiles: command.parameterFiles,
    ...(command.bicepPath === undefined ? {} : { bicepPath: command.bicepPath }),
    ...(io.bicepCompiler === undefined ? {} : { bicepCompiler: io.bicepCompiler }),
    ...(io.onDiscovered === undefined ? {} : { onDiscovered: io.onDiscovered }),
    bicepRestore: command.bicepRestore,
    ...(command.bicepRegistries.length === 0 ? {} : { bicepRegistries: command.bicepRegistries }),
    ...(command.terraformDir === undefined ? {} : { terraformDir: command.terraformDir }),
    terraformVarFiles: command.terraformVarFiles,
    limits: command.limits,
    log,
    ...(command.live === undefined ? {} : { sources: [liveSource(command.live, io.armAccess)] }),
  };
}

/** Runs `work` with progress on stderr when asked or on a terminal; `work` tells it each step. */
async function withProgress<T>(
  command: ScanCommand,
  io: CliIo,
  work: (progress: ProgressStep) => Promise<T>,
): Promise<T> {
  const progress = startProgress(io.stderr, command.progress || io.stderr.isTTY === true);
  try {
    return await work((step) => progress.step(step));
  } finally {
    progress.stop();
  }
}

/** `scan --shard I/N`: what the shard read, for `merge`; nothing is decided, so it exits 0. */
async function runShard(command: ScanCommand, shard: Shard, io: CliIo): Promise<number> {
  // Only a shard job partitions (node:crypto, about 10 ms to load) and writes a shard report.
  const { scanShard, shardConfigOf } = await import('../shard/scan-shard.js');
  const log = logTo(io);
  const settings = await cliSettings(command, io.cwd, undefined, log);
  const options = scanOptionsOf(command, settings, io, log);
  const identity = {
    toolVersion: toolVersion(),
    commit: await headCommit(io.cwd),
    config: shardConfigOf(options, command.terraformDir),
  };
  const report = await withProgress(command, io, (progress) =>
    scanShard({ ...options, progress }, shard, identity),
  );
  const text = JSON.stringify(report);
  deliver((write) => write(text), command.output, io, log);
  return 0;
}

async function runMerge(command: MergeCommand, io: CliIo): Promise<number> {
  // Only merge reads shard reports, and compiles their schema to check them.
  const { mergeShards, parseShardReport } = await import('../shard/merge.js');
  const log = logTo(io);
  // The gate's settings come from the config file as for scan; what was read is the shards'.
  const settings = await cliSettings(
    { ...command, paths: [], benchmarks: [], exclude: [] },
    io.cwd,
    undefined,
    log,
  );
  // A merge keeps nearly all it makes (the reports' trees, then 40,000 findings): its young
  // generation is kept small.
  return withYoungGenerationKeptAsync(async () => {
    const sources = readShardReportFiles(
      command.files.map((file) => ({ path: resolve(io.cwd, file), displayPath: file })),
      (file, error) => new CannotRunError(`cannot read ${file}: ${error.message}`),
    );
    // The compiler tiers are chosen for what was read, as a scan's are (compiler-tiers.ts).
    io.onDiscovered?.(sources);
    const shards = sources.map(({ displayPath, text }) => parseShardReport(displayPath, text));
    const { report } = mergeShards(shards, settings);
    return present(report, noBaseline, settings.gate, command, io);
  });
}

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  if (command.shard !== undefined) return runShard(command, command.shard, io);
  // A scan of a few files finds little: its fingerprints cost less in JavaScript than node:crypto's load.
  hashFirstFingerprintsWith(javaScriptSha256Hex);
  const log = logTo(io);
  const { compareWith } = command;
  // Only a comparison reads an earlier report or a commit's tree (git, node:os): loaded for it alone.
  const comparison = compareWith && { compareWith, ...(await import('./compare.js')) };
  const base = await comparison?.baseCommitOf(command, io.cwd);
  const settings = await cliSettings(command, io.cwd, base && comparison?.baseFileReader(base, log), log);
  requireBaseline(command, settings);
  const options = scanOptionsOf(command, settings, io, log);
  const report = await withProgress(command, io, (progress) => scan({ ...options, progress }));
  const baseline = await withProgress(command, io, async (progress) =>
    comparison === undefined
      ? noComparison
      : comparison.baselineOf(comparison.compareWith, settings, { ...options, progress }, base, log),
  );
  if (baseline.kind === 'report') log.info(`baseline: ${baseline.description}`);
  return present(report, baseline, settings.gate, command, io);
}

/** The report in the asked format, where asked; the exit status under the gate policy. */
async function present(
  report: ScanReport,
  baseline: Baseline,
  policy: GatePolicy,
  command: Pick<ScanCommand, 'format' | 'output' | 'verbose'>,
  io: CliIo,
): Promise<number> {
  const verdict = decideGate(report, baseline, policy);
  const withWords = withVerdict(report, verdict, cliWords);
  const writeReport = await reporters[command.format]();
  const options = {
    color: command.output === undefined && command.format === 'table' && wantsColor(io),
    toolVersion: toolVersion(),
    policy,
    baseline,
    verbose: command.verbose,
    ...(io.stdout.isTTY === true && io.stdout.columns !== undefined ? { width: io.stdout.columns } : {}),
  };
  deliver((write) => writeReport(withWords, options, write), command.output, io, logTo(io));
  // What blocks, on stderr too: the report may have gone to a file.
  if (!verdict.passed) {
    io.stderr.write(
      `aks-cis-gate blocks:\n${blockReasons(withWords, verdict, cliWords)
        .map((reason) => `- ${logLine(reason)}\n`)
        .join('')}`,
    );
  }
  return exitStatus(verdict);
}

/** A command that reads, scans or renders: loaded by runCli only when one is asked for. */
export async function runCommand(
  command: Exclude<CliCommand, { kind: 'help' } | { kind: 'version' }>,
  io: CliIo,
): Promise<number> {
  if (command.kind === 'rules' || command.kind === 'explain') {
    // The rule pages and the fuzzy lookup serve these two commands alone.
    const { explainRule, listRules } = await import('./rules.js');
    const catalogs = loadCatalogs();
    const outcome =
      command.kind === 'rules'
        ? listRules(catalogs, command.benchmarks)
        : explainRule(catalogs, command.rule);
    if (!outcome.ok) {
      io.stderr.write(`aks-cis-gate: ${logLine(outcome.message)}\n`);
      return cannotRunStatus;
    }
    io.stdout.write(outcome.text);
    return 0;
  }
  try {
    return await (command.kind === 'merge' ? runMerge(command, io) : runScan(command, io));
  } catch (error) {
    // A live read that stopped half-way presents no report at all: partial results are not complete ones.
    if (error instanceof CannotRunError || error instanceof LiveScanError) {
      io.stderr.write(`aks-cis-gate: ${logLine(error.message)}\n`);
    } else {
      // A bug, not a verdict: exit 1 would read as "blocked", so the tool says it could not run.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      io.stderr.write(`aks-cis-gate: unexpected error: ${detail.split('\n').map(logLine).join('\n')}\n`);
    }
    return cannotRunStatus;
  }
}
