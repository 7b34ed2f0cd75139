import { readFile, stat } from '../fs-async.js';
import { promisify } from 'node:util';
import { CannotRunError } from '../benchmarks/assess.js';

/** A shard report is read whole; past this it is refused rather than exhausting memory. */
export const maxShardReportBytes = 512 * 1024 * 1024;

export async function readBoundedFile(path: string): Promise<string> {
  if ((await stat(path)).size > maxShardReportBytes)
    throw new CannotRunError(`${path} is larger than ${maxShardReportBytes} bytes`);
  return readFile(path, 'utf8');
}

/**
 * The commit checked out in `directory`, which every shard of one run shares; null outside a git
 * checkout. Git runs no hooks and asks for nothing.
 */
export async function headCommit(directory: string): Promise<string | null> {
  try {
    // Loaded here, not with the module: only a shard asks git for its commit.
    const { execFile } = await import('node:child_process');
    const { stdout } = await promisify(execFile)(
      'git',
      ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', 'rev-parse', '--verify', 'HEAD'],
      { cwd: directory, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } },
    );
    return stdout.trim() || null;
  } catch {
    return null;
  }
}
