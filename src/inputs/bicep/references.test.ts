import { describe, expect, test } from 'vitest';
import { type RegistryPolicy, scanReferences, type SourceReader } from './references.js';

const root = '/work/repo';
const entry = `${root}/infra/main.bicep`;

/** Sources held in memory: the reference scan reads files, it never compiles them. */
const readerOf = (files: Record<string, string>): SourceReader => ({
  read: (path) => files[path] ?? { error: 'ENOENT' },
  displayPath: (path) => path.slice(root.length + 1),
});

const offline: RegistryPolicy = { restore: false, allowedRegistries: ['mcr.microsoft.com'] };
const scanOf = (files: Record<string, string>, from = entry) =>
  scanReferences(from, [root], readerOf(files), offline, { maxFileBytes: 1024 * 1024, maxDepth: 100 });

const refusals = (text: string) =>
  scanOf({ [entry]: text }).refused.map((error) => [error.line, error.message]);

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
    const scan = scanOf({ [param]: "using './main.bicep'\nextends '../../base.bicepparam'\n" }, param);
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

  const outside = (line: number, kind = 'load', path = '../../x') => [
    line,
    `the ${kind} path '${path}' points outside the scanned directories; the file is not compiled`,
  ];

  test('a comment inside an interpolation does not hide what follows', () => {
    expect(refusals("var s = '${ /* ' */ 1}'\nvar v = loadTextContent('../../x')\n")).toEqual([outside(2)]);
    expect(refusals("var s = '${ 1 // '\n}'\nvar v = loadTextContent('../../x')\n")).toEqual([outside(3)]);
  });

  test('a lone carriage return ends a line, as it does for the compiler', () => {
    expect(refusals("var a = 1\rmodule m '../../x' = {\r  name: 'm'\r}\r")).toEqual([outside(2, 'module')]);
  });

  test("a multi-line string's first line break is dropped, as the compiler drops it", () => {
    expect(refusals("var v = loadTextContent('''\n../../x''')\n")).toEqual([outside(1)]);
    expect(refusals("var v = loadTextContent('''\r\n../../x''')\n")).toEqual([outside(1)]);
  });

  test('a module or import target of any name is read as Bicep, and its own references are followed', () => {
    const evil = `${root}/infra/evil.txt`;
    const lib = `${root}/infra/lib.txt`;
    const scan = scanOf({
      [entry]: "module m './evil.txt' = {\n  name: 'm'\n}\nimport { s } from './lib.txt'\n",
      [evil]: "var x = loadTextContent('../../secret.txt')\n",
      [lib]: "\n\nvar y = loadTextContent('../../other.txt')\n",
    });
    expect(scan.refused.map((error) => `${error.file}:${error.line}`)).toEqual([
      'infra/evil.txt:1',
      'infra/lib.txt:3',
    ]);
    expect(scan.localModules).toEqual([evil]);
  });

  test('a chain of references deeper than the limit is an error, never silently cut', () => {
    const files: Record<string, string> = {};
    for (let depth = 0; depth <= 33; depth += 1) {
      const path = depth === 0 ? entry : `${root}/infra/m${depth}.bicep`;
      files[path] = `module next './m${depth + 1}.bicep' = {\n  name: 'n'\n}\n`;
    }
    const { refused } = scanOf(files);
    expect(refused.map((error) => [error.file, error.line, error.message])).toEqual([
      [
        'infra/m32.bicep',
        1,
        'references nest deeper than 32 files, so where they lead is not followed; the file is not compiled',
      ],
    ]);
  });

  test('template specs and uncached registry modules are not checked, each at its line with the module named', () => {
    const scan = scanOf({
      [entry]:
        "module a 'br/public:avm/res/x:1.0.0' = {\n  name: 'a'\n}\nmodule b 'ts:0000/rg/spec:1' = {\n  name: 'b'\n}\n",
    });
    expect(scan.refused).toEqual([]);
    expect(scan.notChecked.map((entry) => [entry.file, entry.line, entry.reason])).toEqual([
      [
        'infra/main.bicep',
        1,
        "the registry module 'br/public:avm/res/x:1.0.0' (mcr.microsoft.com/bicep/avm/res/x:1.0.0) is not in bicep's module cache (" +
          `${process.env.HOME}/.bicep), and restoring is turned off`,
      ],
      [
        'infra/main.bicep',
        4,
        "the template spec 'ts:0000/rg/spec:1' is restored from Azure, which needs Azure credentials that the scan does not use",
      ],
    ]);
  });
});
