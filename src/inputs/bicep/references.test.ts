import { describe, expect, test } from 'vitest';
import { scanReferences, type SourceReader } from './references.js';

const root = '/work/repo';
const entry = `${root}/infra/main.bicep`;

/** Sources held in memory: the reference scan reads files, it never compiles them. */
const readerOf = (files: Record<string, string>): SourceReader => ({
  read: (path) => files[path] ?? { error: 'ENOENT' },
  displayPath: (path) => path.slice(root.length + 1),
});

const refusals = (text: string) =>
  scanReferences(entry, [root], readerOf({ [entry]: text })).refused.map((error) => [
    error.line,
    error.message,
  ]);

describe('references that could reach outside the scanned directories are refused before compiling', () => {
  test('a path spelled with Bicep unicode escapes is decoded as the compiler decodes it', () => {
    expect(refusals("var v = loadTextContent('..\\u{2F}..\\u{2F}..\\u{2F}secret.txt')\n")).toEqual([
      [
        1,
        "the load path '../../../secret.txt' points outside the scanned directories; the file is not compiled",
      ],
    ]);
  });

  test("a repository's .git directory is never read, though it sits inside the root", () => {
    expect(refusals("var v = loadTextContent('../.git/config')\n")).toEqual([
      [1, "the load path '../.git/config' points outside the scanned directories; the file is not compiled"],
    ]);
  });

  test("a .bicepparam's `extends` is followed like `using`", () => {
    const param = `${root}/infra/main.bicepparam`;
    const scan = scanReferences(
      param,
      [root],
      readerOf({ [param]: "using './main.bicep'\nextends '../../base.bicepparam'\n" }),
    );
    expect(scan.refused.map((error) => error.line)).toEqual([2]);
  });

  test('a path that is not a plain string cannot be checked, so the file is not compiled', () => {
    expect(refusals("var name = 'secret'\nvar v = loadTextContent('../${name}.txt')\n")).toEqual([
      [
        2,
        'the load path is not a plain string, so where it leads cannot be checked; the file is not compiled',
      ],
    ]);
  });

  test('a file too large to read whole is refused rather than half inspected', () => {
    const padding = `var pad = [${'1,'.repeat(1_100_000)}1]\n`;
    expect(refusals(`${padding}var v = loadTextContent('../../../secret.txt')\n`)).toEqual([
      [1, 'the file is too large to inspect its references safely; it is not compiled'],
    ]);
  });

  test('`using none`, built-in extensions and names that merely look like keywords refer to no file', () => {
    expect(
      refusals(
        "extension kubernetes with {\n  namespace: 'x'\n} as k8s\nparam module string\nvar from = 1\n",
      ),
    ).toEqual([]);
  });
});
