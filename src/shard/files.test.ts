import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CannotRunError } from '../benchmarks/assess.js';
import { boundedFileReader, maxShardReportBytes, readBoundedFile } from './files.js';

const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-files-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

test('each file is read whole through one buffer, a shorter one after a longer one too', () => {
  const long = '{"x": "é"}\n'.repeat(20_000);
  writeFileSync(join(directory, 'long.json'), long);
  writeFileSync(join(directory, 'short.json'), '{"short": true}');
  writeFileSync(join(directory, 'empty.json'), '');
  const read = boundedFileReader();
  expect(read(join(directory, 'long.json'))).toBe(long);
  expect(read(join(directory, 'short.json'))).toBe('{"short": true}');
  expect(read(join(directory, 'empty.json'))).toBe('');
  expect(read(join(directory, 'long.json'))).toBe(long);
});

test('a file with no size (a pipe) is read to its end', async () => {
  const fifo = join(directory, 'shard.fifo');
  execFileSync('mkfifo', [fifo]);
  // Larger than the first buffer, so that it grows while the writer still writes.
  const text = 'a'.repeat(300_000);
  const write = `require('fs').writeFileSync(${JSON.stringify(fifo)}, 'a'.repeat(${text.length}))`;
  const writer = spawn(process.execPath, ['-e', write]);
  const exited = new Promise((resolve) => writer.on('exit', resolve));
  expect(boundedFileReader()(fifo)).toBe(text);
  expect(await exited).toBe(0);
});

test('a file larger than the bound is refused before it is read', async () => {
  const huge = join(directory, 'huge.json');
  // Sparse: the size without the disk.
  writeFileSync(huge, '');
  truncateSync(huge, maxShardReportBytes + 1);
  expect(() => boundedFileReader()(huge)).toThrow(CannotRunError);
  expect(() => boundedFileReader()(huge)).toThrow(`${huge} is larger than ${maxShardReportBytes} bytes`);
  await expect(readBoundedFile(huge)).rejects.toThrow(CannotRunError);
});

test('a file that is not there fails as Node says', async () => {
  expect(() => boundedFileReader()(join(directory, 'missing.json'))).toThrow(/ENOENT/);
  await expect(readBoundedFile(join(directory, 'missing.json'))).rejects.toThrow(/ENOENT/);
});
