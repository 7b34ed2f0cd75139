import type { BaseFile } from '../github/baseline.js';
import { cliDefaultPolicy, type FailOn } from '../results/gate.js';
import { CannotRunError } from '../scan.js';
import { resolveSettings, type Settings } from '../settings/settings.js';
import type { ScanCommand } from './args.js';

type Log = { info: (message: string) => void };

/**
 * The command line's settings through the one builder the action uses: its options win over the
 * config file, which wins over the CLI's defaults. With --base, the gate's settings, excludes and
 * skips come from the base commit's config file, as on a pull request.
 */
export async function cliSettings(
  command: Pick<ScanCommand, 'config' | 'paths' | 'benchmarks' | 'exclude' | 'policy'>,
  cwd: string,
  readBase: ((path: string) => Promise<BaseFile>) | undefined,
  log: Log,
): Promise<Settings> {
  const resolved = await resolveSettings({
    root: cwd,
    ...(command.config === undefined ? {} : { config: command.config }),
    paths: command.paths,
    benchmarks: command.benchmarks,
    exclude: command.exclude,
    policy: command.policy,
    defaults: cliDefaultPolicy,
    ...(readBase === undefined ? {} : { readBase, headName: 'the working tree' }),
  });
  if (!resolved.ok) throw new CannotRunError(resolved.errors.join('; '));
  resolved.settings.notes.forEach((note) => log.info(note));
  return resolved.settings;
}

/** `new-automated` and `new` judge findings against a baseline: without one they cannot decide. */
export function requireBaseline(command: ScanCommand, settings: Settings): void {
  const { failOn } = settings.gate;
  if (!onlyNew(failOn) || command.compareWith !== undefined) return;
  const where = command.policy.failOn === undefined ? ' (from the config file)' : '';
  throw new CannotRunError(
    `--fail-on ${failOn}${where} needs a baseline: --baseline REPORT.json or --base REF`,
  );
}

const onlyNew = (failOn: FailOn): boolean => failOn === 'new-automated' || failOn === 'new';
