import manifest from '../../package.json' with { type: 'json' };
import type { ArmAccess } from '../inputs/live/live-source.js';
import { logLine } from '../log.js';
import { cannotRunStatus } from '../results/gate.js';
import type { ScanOptions } from '../scan.js';
import { parseCliArgs, usage } from './args.js';

/** Where the CLI reads and writes: the real process, or a test's buffers. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  cwd: string;
  /** Environment variables the CLI honours (NO_COLOR, FORCE_COLOR). */
  env?: Record<string, string | undefined>;
  /** Tests: a credential and CA for a loopback Resource Manager (else DefaultAzureCredential). */
  armAccess?: ArmAccess;
  /** Tests: one bicep process for many runs (else each scan starts its own, as a CI job does). */
  bicepCompiler?: ScanOptions['bicepCompiler'];
  /** The process's own (main.ts): tunes the engine for a scan's read; tests leave theirs alone. */
  onDiscovered?: ScanOptions['onDiscovered'];
}

/** The version the bundle was built from, as the action reports its own. */
export const toolVersion = (): string => manifest.version;

/**
 * The whole command line: arguments in, exit status out. Only the report goes to stdout. Help
 * and --version load nothing more; the commands (and with them the scan) load when asked for.
 */
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
  const { runCommand } = await import('./commands.js');
  return runCommand(command, io);
}
