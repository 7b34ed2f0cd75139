import { fstatSync, writeSync } from 'node:fs';

/** stdout or stderr as the CLI writes to it (CliIo): text, and whether it is a terminal. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
  /** Written to the descriptor: true while every write so far has gone there whole, none to a stream. */
  readonly allWritten?: boolean;
}

/** The real stream behind an output (process.stdout or process.stderr), created when first needed. */
export type Stream = Output & { write(chunk: string | Uint8Array): unknown };

/**
 * Descriptor `fd` written by `writeSync` when it is a regular file, a pipe or a socket, without
 * process.stdout or process.stderr: creating either loads Node's stream modules (issue 12: about
 * 3 % of a small scan's CPU, a hundred page faults). A terminal, or anything else, is the real
 * stream, so that `isTTY` and `columns` keep their meaning.
 *
 * A pipe that another process made non-blocking refuses a write while it is full (EAGAIN), where
 * the stream waits for its reader: from then on, what is left goes through the stream. Any other
 * failure (a closed pipe: EPIPE) goes to `failed`, once, and later writes are dropped, as a stream
 * that failed drops them.
 */
export function descriptorOutput(
  fd: number,
  stream: () => Stream,
  failed: (error: NodeJS.ErrnoException) => void,
): Output {
  if (!writtenDirectly(fd)) return stream();
  let waiting: Stream | undefined;
  let broken = false;
  const write = (text: string): void => {
    if (broken) return;
    if (waiting !== undefined) {
      waiting.write(text);
      return;
    }
    let bytes: Buffer | undefined;
    let written = 0;
    try {
      written = writeSync(fd, text);
      if (written >= text.length && written === Buffer.byteLength(text)) return;
      // A pipe or a socket took part of it: the rest goes by bytes, as a character may have been split.
      bytes = Buffer.from(text);
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        waiting = stream();
        waiting.write(bytes === undefined ? text : bytes.subarray(written));
        return;
      }
      broken = true;
      failed(error as NodeJS.ErrnoException);
    }
  };
  return {
    write,
    get allWritten() {
      return waiting === undefined;
    },
  };
}

function writtenDirectly(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() || stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}
