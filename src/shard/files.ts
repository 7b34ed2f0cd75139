import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { CannotRunError } from '../benchmarks/assess.js';
import type { SourceFile } from '../inputs/input-format.js';

/** A shard report is read whole; past this it is refused rather than exhausting memory. */
export const maxShardReportBytes = 512 * 1024 * 1024;

const tooLarge = (path: string) => new CannotRunError(`${path} is larger than ${maxShardReportBytes} bytes`);

/** What a file of unknown size (a pipe) is read into first. */
const firstBytes = 64 * 1024;

/**
 * Reads files whole, as UTF-8, one after another through one buffer: a merge reads four reports of
 * megabytes each, and fresh memory is dear (docs/benchmarks.md, "Merge, fifth round"). A buffer
 * for each file, as `readFile` makes, touched a megabyte of new pages per megabyte read, beside
 * the text itself. A file larger than the bound is refused, a regular one before it is read.
 */
export function boundedFileReader(): (path: string) => string {
  let buffer = Buffer.alloc(0);
  return (path) => {
    const descriptor = openSync(path, 'r');
    try {
      const { size } = fstatSync(descriptor);
      if (size > maxShardReportBytes) throw tooLarge(path);
      // A byte more than the size, so that the read that finds the end needs no larger buffer.
      const wanted = Math.max(size + 1, firstBytes);
      if (buffer.length < wanted) buffer = Buffer.allocUnsafe(wanted);
      let length = 0;
      for (;;) {
        // Read to the end, not to the size: a pipe has none.
        if (length === buffer.length) {
          if (length > maxShardReportBytes) throw tooLarge(path);
          const larger = Buffer.allocUnsafe(Math.min(2 * length, maxShardReportBytes + 1));
          buffer.copy(larger);
          buffer = larger;
        }
        const read = readSync(descriptor, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      return buffer.toString('utf8', 0, length);
    } finally {
      closeSync(descriptor);
    }
  };
}

/**
 * The shard reports, as a scan's named files are (so that the compiler tiers are chosen for them
 * alike), read one after another through one buffer (boundedFileReader), all before any
 * is parsed: the buffer dies young, before the parsing's garbage brings a scavenge that would
 * promote it (measured: 5 MiB more peak RSS when each file was parsed as soon as it was read).
 * A file that cannot be read throws what `unreadable` makes of its error, by default the error.
 */
export function readShardReportFiles(
  files: readonly { path: string; displayPath: string }[],
  unreadable: (displayPath: string, error: Error) => Error = (_, error) => error,
): SourceFile[] {
  const read = boundedFileReader();
  return files.map(({ path, displayPath }) => {
    try {
      return { path, displayPath, text: read(path), explicit: true };
    } catch (error) {
      throw unreadable(displayPath, error as Error);
    }
  });
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
