import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { descriptorOutput, type Stream } from './descriptor-output.js';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'descriptor-output-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

/** A stand-in for process.stdout that keeps what it is given; `created` counts its creations. */
function recordingStream() {
  const chunks: Buffer[] = [];
  const recorder = { created: 0, chunks };
  const stream: Stream = {
    write: (chunk: string | Uint8Array) => chunks.push(Buffer.from(chunk)),
    isTTY: true,
    columns: 120,
  };
  return {
    recorder,
    stream: () => {
      recorder.created += 1;
      return stream;
    },
  };
}

/** Both ends of a named pipe, neither blocking: the writer's end as a parent may have left it. */
function nonBlockingPipe() {
  const path = join(directory, 'pipe');
  execFileSync('mkfifo', [path]);
  const reader = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
  return { reader, writer };
}

function drain(reader: number): Buffer {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 16);
  for (;;) {
    try {
      const read = readSync(reader, buffer);
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
      throw error;
    }
  }
  return Buffer.concat(chunks);
}

test('a regular file is written to its descriptor, with no stream', () => {
  const path = join(directory, 'out');
  const fd = openSync(path, 'w');
  const { recorder, stream } = recordingStream();
  try {
    const output = descriptorOutput(fd, stream, () => undefined);
    output.write('{"é": ');
    output.write('1}\n');
    expect(output.isTTY).toBeUndefined();
    expect(output.columns).toBeUndefined();
  } finally {
    closeSync(fd);
  }
  expect(readFileSync(path, 'utf8')).toBe('{"é": 1}\n');
  expect(recorder.created).toBe(0);
});

// main.ts leaves at once only when nothing waits in a stream.
test('says whether all it was given has been written', () => {
  const fd = openSync(join(directory, 'out'), 'w');
  try {
    const output = descriptorOutput(fd, recordingStream().stream, () => undefined);
    expect(output.allWritten).toBe(true);
    output.write('report\n');
    expect(output.allWritten).toBe(true);
  } finally {
    closeSync(fd);
  }
});

// A terminal (or a device: /dev/null) is the stream's: isTTY and columns are its.
test('a descriptor that is no file, pipe or socket is the stream', () => {
  const fd = openSync('/dev/null', 'w');
  const { recorder, stream } = recordingStream();
  try {
    const output = descriptorOutput(fd, stream, () => undefined);
    expect(recorder.created).toBe(1);
    expect([output.isTTY, output.columns]).toEqual([true, 120]);
  } finally {
    closeSync(fd);
  }
});

describe.skipIf(process.platform === 'win32')('a pipe', () => {
  // Where the stream would wait for the reader, writeSync fails with EAGAIN: the rest goes
  // through the stream, nothing lost, nothing twice, in order.
  test('that is full and non-blocking hands the rest to the stream', () => {
    const { reader, writer } = nonBlockingPipe();
    const { recorder, stream } = recordingStream();
    const failures: unknown[] = [];
    // Multi-byte characters, so that the pipe's edge falls inside one.
    const pieces = Array.from({ length: 40 }, (_, index) => `${index}: ${'ü€'.repeat(1500)}\n`);
    try {
      const output = descriptorOutput(writer, stream, (error) => failures.push(error));
      for (const piece of pieces) output.write(piece);
      const fromPipe = drain(reader);
      expect(fromPipe.length).toBeGreaterThan(0);
      expect(recorder.created).toBe(1);
      expect(Buffer.concat([fromPipe, ...recorder.chunks]).toString('utf8')).toBe(pieces.join(''));
      expect(failures).toEqual([]);
      expect(output.allWritten).toBe(false);
    } finally {
      closeSync(reader);
      closeSync(writer);
    }
  });

  // As a stream reports a closed pipe once and drops the rest (src/cli/main.ts: exit 2).
  test('whose reader is gone reports EPIPE once and drops the rest', () => {
    const { reader, writer } = nonBlockingPipe();
    closeSync(reader);
    const { recorder, stream } = recordingStream();
    const failures: NodeJS.ErrnoException[] = [];
    try {
      const output = descriptorOutput(writer, stream, (error) => failures.push(error));
      output.write('first\n');
      output.write('second\n');
    } finally {
      closeSync(writer);
    }
    expect(failures.map(({ code, syscall }) => `${syscall} ${code}`)).toEqual(['write EPIPE']);
    expect(recorder.created).toBe(0);
  });
});
