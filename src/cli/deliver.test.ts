import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { deliver } from './deliver.js';

let directory: string;
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const silent = { info: () => undefined };
/** More than one write of the chunker, so part of the report reaches the file before the failure. */
const firstPiece = 'x'.repeat(3 << 20);

function setup() {
  directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-deliver-'));
  const stdout: string[] = [];
  const io = { cwd: directory, stdout: { write: (text: string) => stdout.push(text) } };
  return { io, stdout };
}

describe('deliver', () => {
  test('writes the whole report to --output, relative to the working directory, and says so', () => {
    const { io, stdout } = setup();
    const said: string[] = [];
    deliver(
      (write) => {
        write(firstPiece);
        write('end');
      },
      'reports/r.json',
      io,
      { info: (message) => said.push(message) },
    );
    expect(readFileSync(join(directory, 'reports', 'r.json'), 'utf8')).toBe(`${firstPiece}end`);
    expect(said).toEqual(['report written to reports/r.json']);
    expect(stdout).toEqual([]);
  });

  test('to stdout, small pieces go in one write and a long one by itself, in their order', () => {
    const { io, stdout } = setup();
    const long = 'y'.repeat(1 << 16);
    deliver((write) => ['a', 'b', long, 'c', '\n'].forEach((piece) => write(piece)), undefined, io, silent);
    expect(stdout).toEqual(['ab', long, 'c\n']);
  });

  test('to a file, pieces of any characters, many and small, are the same bytes as the whole report', () => {
    const { io } = setup();
    // Two bytes short of a megabyte, then characters of three bytes each where two are left.
    const pieces = ['x'.repeat((1 << 20) - 2), '€€'];
    for (let index = 0; index < 500_000; index += 1)
      pieces.push(['{', 'é€', '😀', '\n  "x": 1'][index % 4] ?? '');
    deliver((write) => pieces.forEach((piece) => write(piece)), 'r.json', io, silent);
    expect(readFileSync(join(directory, 'r.json'), 'utf8')).toBe(pieces.join(''));
  });

  test('a report that fails half-way leaves no file behind, not even the one it replaced', () => {
    const { io } = setup();
    const target = join(directory, 'r.json');
    writeFileSync(target, '{"an": "older report"}');
    const failure = new Error('the renderer gave up');
    expect(() =>
      deliver(
        (write) => {
          write(firstPiece);
          throw failure;
        },
        'r.json',
        io,
        silent,
      ),
    ).toThrow(failure);
    expect(existsSync(target)).toBe(false);
  });

  test('without --output the report goes to stdout in writes of about a megabyte', () => {
    const { io, stdout } = setup();
    deliver(
      (write) => {
        for (let piece = 0; piece < 3; piece += 1) write('y'.repeat(1 << 20));
        write('tail');
      },
      undefined,
      io,
      silent,
    );
    expect(stdout.map((chunk) => chunk.length)).toEqual([1 << 20, 1 << 20, 1 << 20, 4]);
  });
});
