import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cannotRunStatus, exitStatus } from '../benchmarks/gate.js';
import { LiveScanError } from '../inputs/live-kubernetes/connection.js';
import { liveSource, type ArmAccess } from '../inputs/live/live-source.js';
import { logLine } from '../log.js';
import { packageRoot } from '../package-root.js';
import { reporters } from '../report/registry.js';
import { CannotRunError, scan } from '../scan.js';
import { loadCatalogs } from '../benchmarks/load-catalogs.js';
import { parseCliArgs, usage, type ScanCommand } from './args.js';
import { startProgress } from './progress.js';
import { explainRule, listRules } from './rules.js';

/** Where the CLI reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  /** Environment variables the CLI honours (NO_COLOR, FORCE_COLOR). */
  env?: Record<string, string | undefined>;
  /** Tests: a credential and CA for a loopback Resource Manager (else DefaultAzureCredential). */
  armAccess?: ArmAccess;
}

export function toolVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

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

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  const log = {
    info: (message: string) => io.stderr.write(`${logLine(message)}\n`),
    warn: (message: string) => io.stderr.write(`warning: ${logLine(message)}\n`),
  };
  const stopProgress = startProgress(io.stderr, command.progress || io.stderr.isTTY === true);
  let report;
  try {
    report = await scan({
      paths: command.paths,
      cwd: io.cwd,
      benchmarks: command.benchmarks,
      namespace: command.namespace,
      parameterFiles: command.parameterFiles,
      ...(command.bicepPath === undefined ? {} : { bicepPath: command.bicepPath }),
      bicepRestore: command.bicepRestore,
      ...(command.bicepRegistries.length === 0 ? {} : { bicepRegistries: command.bicepRegistries }),
      ...(command.terraformDir === undefined ? {} : { terraformDir: command.terraformDir }),
      limits: command.limits,
      log,
      ...(command.live === undefined ? {} : { sources: [liveSource(command.live, io.armAccess)] }),
    });
  } finally {
    stopProgress();
  }
  const text = reporters[command.format](report, {
    color: command.output === undefined && command.format === 'table' && wantsColor(io),
    toolVersion: toolVersion(),
    policy: command.policy,
    verbose: command.verbose,
    ...(io.stdout.isTTY === true && io.stdout.columns !== undefined ? { width: io.stdout.columns } : {}),
  });
  if (command.output === undefined) {
    io.stdout.write(text);
  } else {
    const target = resolve(io.cwd, command.output);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    } catch (error) {
      // An unwritable --output is a bad argument: the report cannot go where it was asked to.
      throw new CannotRunError(`cannot write --output ${command.output}: ${(error as Error).message}`);
    }
    log.info(`report written to ${command.output}`);
  }
  return exitStatus(report, command.policy);
}

/** The whole command line: arguments in, exit status out. Only the report goes to stdout. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv, io.stdout.isTTY === true);
  if (!parsed.ok) {
    // One line that names the offending value; the whole usage would bury it.
    io.stderr.write(`aks-cis-gate: ${logLine(parsed.message)}; see \`aks-cis-gate scan --help\`\n`);
    return cannotRunStatus;
  }
  const { command } = parsed;
  if (command.kind === 'help') {
    io.stdout.write(usage);
    return 0;
  }
  if (command.kind === 'version') {
    io.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  if (command.kind === 'rules' || command.kind === 'explain') {
    const catalogs = loadCatalogs();
    const outcome =
      command.kind === 'rules'
        ? listRules(catalogs, command.benchmarks)
        : explainRule(catalogs, command.rule);
    if (!outcome.ok) {
      io.stderr.write(`aks-cis-gate: ${outcome.message}\n`);
      return cannotRunStatus;
    }
    io.stdout.write(outcome.text);
    return 0;
  }
  try {
    return await runScan(command, io);
  } catch (error) {
    // A live read that stopped half-way presents no report at all: partial results are not complete ones.
    if (!(error instanceof CannotRunError || error instanceof LiveScanError)) throw error;
    io.stderr.write(`aks-cis-gate: ${logLine(error.message)}\n`);
    return cannotRunStatus;
  }
}
