import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bundleInputsDigest, bundleStampFile } from '../scripts/bundle-build.js';
import { packageRoot } from '../src/package-root.js';
import { bundlesDirectory } from './support/bundles.js';

/** A package with one file of each kind the digest takes or leaves out. */
const packageFiles = {
  'src/cli/main.ts': 'export const main = 1;\n',
  'src/report/report.schema.json': '{}\n',
  'src/cli/main.test.ts': 'test();\n',
  'src/checks/fixtures/pod.yaml': 'kind: Pod\n',
  'src/report/__snapshots__/table.test.ts.snap': 'exports = {};\n',
  'test/support/bundles.ts': 'export {};\n',
  'rules/cis.yaml': 'rules: []\n',
  'package.json': '{"version": "1.0.0"}\n',
  'package-lock.json': '{}\n',
  'tsconfig.json': '{}\n',
  'scripts/bundle-build.ts': 'export {};\n',
};

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};
const stamp = (directory: string, digest: string) => write(join(directory, bundleStampFile), `${digest}\n`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bundle-build-'));
  for (const [file, text] of Object.entries(packageFiles)) write(file, text);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the digest of the bundle inputs', () => {
  test.each([
    'src/cli/main.ts',
    'src/report/report.schema.json',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'scripts/bundle-build.ts',
  ])('changes when %s changes', async (file) => {
    const before = await bundleInputsDigest(root);
    write(file, `${packageFiles[file as keyof typeof packageFiles]}// changed\n`);
    expect(await bundleInputsDigest(root)).not.toBe(before);
  });

  test('changes when a source is added or renamed, though no content changes', async () => {
    const before = await bundleInputsDigest(root);
    renameSync(join(root, 'src/cli/main.ts'), join(root, 'src/cli/entry.ts'));
    const renamed = await bundleInputsDigest(root);
    expect(renamed).not.toBe(before);
    write('src/cli/extra.ts', '');
    expect(await bundleInputsDigest(root)).not.toBe(renamed);
  });

  test.each([
    'src/cli/main.test.ts',
    'src/checks/fixtures/pod.yaml',
    'src/report/__snapshots__/table.test.ts.snap',
    'test/support/bundles.ts',
    'rules/cis.yaml',
  ])('stays when %s, which no bundle holds, changes', async (file) => {
    const before = await bundleInputsDigest(root);
    write(file, 'changed\n');
    expect(await bundleInputsDigest(root)).toBe(before);
  });

  test('reads contents, not file times: a source touched into the future is not a change', async () => {
    const before = await bundleInputsDigest(root);
    utimesSync(join(root, 'src/cli/main.ts'), new Date(2100, 0), new Date(2100, 0));
    expect(await bundleInputsDigest(root)).toBe(before);
  });

  test('covers all the bundles can import: no module of src/ imports from outside it but package.json', () => {
    const sources = join(packageRoot(), 'src');
    const modules = (readdirSync(sources, { recursive: true }) as string[]).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.split('/').includes('fixtures'),
    );
    const outside = modules.flatMap((file) =>
      [...readFileSync(join(sources, file), 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']*)'/g)]
        .map((match) => relative(sources, resolve(sources, dirname(file), match[1]!)))
        .filter((target) => target.startsWith('..') && target !== '../package.json')
        .map((target) => `${file} → ${target}`),
    );
    expect(modules.length).toBeGreaterThan(50);
    expect(outside).toEqual([]);
  });
});

describe('the bundles the tests run', () => {
  test('are dist/ when its stamp is the digest of the current sources', async () => {
    stamp('dist', await bundleInputsDigest(root));
    expect(await bundlesDirectory(root)).toBe(join(root, 'dist'));
  });

  test('are the cached build when dist/ was built from other sources and the cache from these', async () => {
    stamp('dist', 'digest-of-older-sources');
    const cache = join('node_modules', '.cache', 'aks-cis-gate-bundles');
    stamp(cache, await bundleInputsDigest(root));
    expect(await bundlesDirectory(root)).toBe(join(root, cache));
  });
});
