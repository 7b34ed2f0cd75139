import { closeSync, fstatSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CannotRunError } from '../scan.js';
import type { CliIo } from './run.js';

export type WriteAll = (write: (piece: string) => void) => void;

/** Report pieces gathered into writes of about a megabyte: a write per piece would be one every few bytes. */
const chunkLength = 1 << 20;
/**
 * A piece at least this long goes to stdout by itself, after what was gathered before it: joined
 * with the rest it would be copied once more (a small scan's JSON report is one 92 kB piece).
 */
const ownWriteLength = 1 << 16;

interface Sink {
  write: (piece: string) => void;
  flush: () => void;
}

function inChunks(writeChunk: (chunk: string) => void): Sink {
  let pieces: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (pieces.length === 0) return;
    writeChunk(pieces.join(''));
    pieces = [];
    length = 0;
  };
  const write = (piece: string): void => {
    if (piece.length >= ownWriteLength) {
      flush();
      writeChunk(piece);
      return;
    }
    pieces.push(piece);
    length += piece.length;
    if (length >= chunkLength) flush();
  };
  return { write, flush };
}

/**
 * To a file, the pieces are encoded straight into one buffer, written when it is about full: no
 * chunk joined into a string first. A piece goes in only where it surely fits (a UTF-16 unit is at
 * most three bytes of UTF-8); one larger than the buffer is written by itself.
 */
function intoBuffer(writeBytes: (bytes: Uint8Array | string) => void): Sink {
  const buffer = Buffer.allocUnsafe(chunkLength);
  let used = 0;
  const flush = (): void => {
    if (used === 0) return;
    writeBytes(buffer.subarray(0, used));
    used = 0;
  };
  const write = (piece: string): void => {
    if (used + piece.length * 3 > chunkLength) {
      flush();
      if (piece.length * 3 > chunkLength) {
        writeBytes(piece);
        return;
      }
    }
    used += buffer.write(piece, used);
  };
  return { write, flush };
}

/**
 * Writes the report to --output, or to stdout without it, as it is rendered: a large JSON report
 * is never held as one string.
 */
export function deliver(
  writeAll: WriteAll,
  output: string | undefined,
  io: Pick<CliIo, 'stdout' | 'cwd'>,
  log: { info(message: string): void },
): void {
  if (output === undefined) {
    const stdout = inChunks((chunk) => io.stdout.write(chunk));
    writeAll(stdout.write);
    stdout.flush();
    return;
  }
  // An unwritable --output is a bad argument: the report cannot go where it was asked to.
  const cannotWrite = (error: unknown) =>
    new CannotRunError(`cannot write --output ${output}: ${(error as Error).message}`);
  const target = resolve(io.cwd, output);
  let descriptor: number;
  try {
    mkdirSync(dirname(target), { recursive: true });
    descriptor = openSync(target, 'w');
  } catch (error) {
    throw cannotWrite(error);
  }
  let complete = false;
  try {
    const file = intoBuffer((bytes) => {
      try {
        writeFileSync(descriptor, bytes);
      } catch (error) {
        throw cannotWrite(error);
      }
    });
    writeAll(file.write);
    file.flush();
    complete = true;
  } finally {
    const regularFile = fstatSync(descriptor).isFile();
    closeSync(descriptor);
    // A report cut short must not be kept as evidence of a whole scan: the file goes, the exit
    // status says why. A pipe or a device (`-o /dev/stdout`) has nothing to remove.
    if (!complete && regularFile) rmSync(target, { force: true });
  }
  log.info(`report written to ${output}`);
}
