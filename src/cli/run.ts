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
import { parseCliArgs, usage, type ScanCommand } from './args.js';

/** Where the CLI reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  cwd: string;
  /** Environment variables the CLI honours (NO_COLOR). */
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

async function runScan(command: ScanCommand, io: CliIo): Promise<number> {
  const log = {
    info: (message: string) => io.stderr.write(`${logLine(message)}\n`),
    warn: (message: string) => io.stderr.write(`warning: ${logLine(message)}\n`),
  };
  const report = await scan({
    paths: command.paths,
    cwd: io.cwd,
    benchmarks: command.benchmarks,
    namespace: command.namespace,
    parameterFiles: command.parameterFiles,
    ...(command.bicepPath === undefined ? {} : { bicepPath: command.bicepPath }),
    ...(command.terraformDir === undefined ? {} : { terraformDir: command.terraformDir }),
    limits: command.limits,
    log,
    ...(command.live === undefined ? {} : { sources: [liveSource(command.live, io.armAccess)] }),
  });
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  const color =
    command.output === undefined &&
    io.stdout.isTTY === true &&
    command.format === 'table' &&
    (io.env?.NO_COLOR ?? '') === '';
  const text = reporters[command.format](report, { color, toolVersion: toolVersion() });
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
    io.stderr.write(`aks-cis-gate: ${logLine(parsed.message)}\n\n${usage}`);
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
  try {
    return await runScan(command, io);
  } catch (error) {
    // A live read that stopped half-way presents no report at all: partial results are not complete ones.
    if (!(error instanceof CannotRunError || error instanceof LiveScanError)) throw error;
    io.stderr.write(`aks-cis-gate: ${logLine(error.message)}\n`);
    return cannotRunStatus;
  }
}
