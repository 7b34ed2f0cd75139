import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeSetting, readWith } from '../../../test/support/arm.js';
import { type BicepCompiler, type BicepSession, openBicepSession } from './compiler.js';
import { findBicep } from './find-bicep.js';
import { bicepFiles } from './format.js';

/** Every test writes its own small repository under one scratch directory. */
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'bicep-hostile-')));
let session: BicepSession;

beforeAll(() => {
  const bicep = findBicep(undefined);
  if ('error' in bicep) throw new Error(`bicep is required for these tests: ${bicep.error}`);
  session = openBicepSession(bicep.path);
});
afterAll(() => {
  session.close();
  rmSync(scratch, { recursive: true, force: true });
});

function repository(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const cluster = (extra = '') => `resource aks 'Microsoft.ContainerService/managedClusters@2025-10-01' = {
  name: 'aks'
  location: 'westeurope'
  properties: {
    enableRBAC: enableRbac${extra}
  }
}
`;

const read = (root: string, paths: string[], compiler: BicepCompiler = session.compiler) =>
  readWith(
    bicepFiles,
    paths.map((path) => join(root, path)),
    { cwd: root, context: { bicepCompiler: compiler, bicepRestore: false } },
  );

describe('a .bicepparam is applied, or it is an error', () => {
  test("a `using` path written as a multi-line string is resolved as bicep resolves it, so the PR's values apply", async () => {
    const root = repository('using-multiline', {
      'main.bicep': `param enableRbac bool = true\n${cluster()}`,
      'main.bicepparam': "using '''\nmain.bicep'''\n\nparam enableRbac = false\n",
    });
    const result = await read(root, ['main.bicep', 'main.bicepparam']);
    expect(result.errors).toEqual([]);
    expect(result.clusters.map((found) => [found.name, describeSetting(found.rbacEnabled)])).toEqual([
      ['aks (main.bicepparam)', 'set false @main.bicep:6'],
    ]);
  });

  test('a .bicepparam that bicep cannot compile is an error, and its template is not checked with defaults instead', async () => {
    const root = repository('using-missing', {
      'main.bicep': `param enableRbac bool = true\n${cluster()}`,
      'main.bicepparam': "using './main.bicep'\n\nparam enableRbac = 'no'\n",
    });
    const result = await read(root, ['main.bicep', 'main.bicepparam']);
    expect(result.clusters).toEqual([]);
    expect(result.errors.map((error) => `${error.file}:${error.line}`)).toEqual(['main.bicepparam:3']);
  });
});

describe("the compiler's own list of the files it read is checked after compiling", () => {
  test('a file outside the scanned directories discards the output, with an error naming the file', async () => {
    const root = repository('read-outside', { 'main.bicep': `param enableRbac bool = true\n${cluster()}` });
    // Whatever the pre-check might miss, the compiler's list shows: here, a read it did not see.
    const reportsARead: BicepCompiler = {
      ...session.compiler,
      fileReferences: async (path) => [...(await session.compiler.fileReferences(path)), '/etc/hostname'],
    };
    const result = await read(root, ['main.bicep'], reportsARead);
    expect(result.clusters).toEqual([]);
    expect(result.errors).toEqual([
      {
        file: 'main.bicep',
        message:
          "bicep read /etc/hostname, which is outside the scanned directories and bicep's module cache; the compiled output is discarded",
      },
    ]);
  });

  test('a module whose name is not .bicep is compiled as Bicep by bicep, so its reads are checked before compiling', async () => {
    const root = repository('txt-module/repo', {
      'main.bicep': "module m './evil.txt' = {\n  name: 'm'\n}\n",
      'evil.txt': "var x = loadTextContent('''\n../secret.txt''')\noutput o string = x\n",
    });
    writeFileSync(join(dirname(root), 'secret.txt'), 'secret');
    const result = await read(root, ['main.bicep']);
    expect(result.errors.map((error) => `${error.file}:${error.line}: ${error.message}`)).toEqual([
      `${join(root, 'evil.txt')}:1: the load path '../secret.txt' points outside the scanned directories; the file is not compiled`,
    ]);
  });
});

describe("bicep's configuration from the scanned repository stays within the workflow's limits", () => {
  test('a bicepconfig.json above the scanned root is refused', async () => {
    const root = repository('config-above/repo', {
      'main.bicep': `param enableRbac bool = true\n${cluster()}`,
    });
    writeFileSync(join(dirname(root), 'bicepconfig.json'), '{}');
    const result = await read(root, ['main.bicep']);
    expect(result.clusters).toEqual([]);
    expect(result.errors.map((error) => error.message)).toEqual([
      `bicep would use the configuration ${join(dirname(root), 'bicepconfig.json')}, which is outside the scanned directories; a bicepconfig.json above the scanned root is refused; the file is not compiled`,
    ]);
  });

  test.each([
    [
      '/tmp/elsewhere',
      "cacheRootDirectory '/tmp/elsewhere' is outside the scanned directories and is not bicep's default cache; it is refused",
    ],
    ['cache', "cacheRootDirectory 'cache' is not an absolute path, which bicep requires"],
  ])('a cacheRootDirectory of %s is refused', async (cacheRoot, message) => {
    const root = repository(`cache-root-${cacheRoot.length}`, {
      'main.bicep': `param enableRbac bool = true\n${cluster()}`,
      'bicepconfig.json': `// bicep allows comments here\n${JSON.stringify({ cacheRootDirectory: cacheRoot })}\n`,
    });
    const result = await read(root, ['main.bicep']);
    expect(result.clusters).toEqual([]);
    expect(result.errors.map((error) => error.message)).toEqual([
      `${join(root, 'bicepconfig.json')}: ${message}; the file is not compiled`,
    ]);
  });
});
