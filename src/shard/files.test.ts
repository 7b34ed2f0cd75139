import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { CannotRunError } from '../benchmarks/assess.js';
import { boundedFileReader, maxShardReportBytes, readShardReportFiles } from './files.js';

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

test('a file larger than the bound is refused before it is read', () => {
  const huge = join(directory, 'huge.json');
  // Sparse: the size without the disk.
  writeFileSync(huge, '');
  truncateSync(huge, maxShardReportBytes + 1);
  expect(() => boundedFileReader()(huge)).toThrow(CannotRunError);
  expect(() => boundedFileReader()(huge)).toThrow(`${huge} is larger than ${maxShardReportBytes} bytes`);
  expect(() => readShardReportFiles([{ path: huge, displayPath: 'huge.json' }])).toThrow(CannotRunError);
});

test('a file that is not there fails as Node says', () => {
  const missing = join(directory, 'missing.json');
  expect(() => boundedFileReader()(missing)).toThrow(/ENOENT/);
  expect(() => readShardReportFiles([{ path: missing, displayPath: 'missing.json' }])).toThrow(/ENOENT/);
});

test('shard reports are read in their order, each with its name, and an unreadable one is named as the caller says', () => {
  writeFileSync(join(directory, 'one.json'), '{"one": 1}');
  writeFileSync(join(directory, 'two.json'), '{"two": 2}');
  const files = ['one.json', 'two.json'].map((name) => ({ path: join(directory, name), displayPath: name }));
  expect(readShardReportFiles(files)).toEqual([
    { path: join(directory, 'one.json'), displayPath: 'one.json', text: '{"one": 1}', explicit: true },
    { path: join(directory, 'two.json'), displayPath: 'two.json', text: '{"two": 2}', explicit: true },
  ]);
  const missing = [...files, { path: join(directory, 'missing.json'), displayPath: 'missing.json' }];
  expect(() =>
    readShardReportFiles(
      missing,
      (name, error) => new CannotRunError(`cannot read ${name}: ${error.message}`),
    ),
  ).toThrow(/^cannot read missing\.json: ENOENT/);
});
