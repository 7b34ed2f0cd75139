import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { isDynamicPattern } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles, isGlobPattern } from './discover.js';
import { defaultLimits } from './input-format.js';

const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
const chartSource = {
  reason:
    'a Helm chart source (Chart.yaml and templates/): its templates are not Kubernetes objects until rendered',
  fix: 'render it with `helm template RELEASE CHART_DIR -f VALUES` and scan the output',
};
let workspace: string;
let outside: string;

/** A repository-like tree built per run: symlinks and charts are awkward to commit as fixtures. */
async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

beforeAll(async () => {
  workspace = await realpath(await mkdtemp(join(tmpdir(), 'discover-')));
  outside = await realpath(await mkdtemp(join(tmpdir(), 'outside-')));
  await writeTree(workspace, {
    'deploy/app.yaml': manifest,
    'deploy/nested/more.yml': manifest,
    'deploy/bom.json': `\uFEFF{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "j"}}`,
    'deploy/README.md': '# not a candidate',
    'infra/main.bicep': 'param location string',
    'infra/main.tf': 'resource "x" "y" {}',
    '.git/config.yaml': manifest,
    'node_modules/pkg/x.yaml': manifest,
    'infra/.terraform/modules/aks/main.tf': 'resource "x" "z" {}',
    'chart/Chart.yaml': 'apiVersion: v2\nname: chart\n',
    'chart/templates/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
    'chart/values.yaml': 'replicaCount: 1\n',
    'big/huge.yaml': `${'# filler\n'.repeat(50)}${manifest}`,
    'overlay/kustomization.yaml': 'resources: [../deploy]\npatches: [{path: patch.yaml}]\n',
  });
  await writeTree(outside, { 'secret.yaml': manifest });
  await symlink(join(outside, 'secret.yaml'), join(workspace, 'deploy/escape.yaml'));
  await symlink(outside, join(workspace, 'deploy/escape-dir'));
  await symlink(join(workspace, 'deploy/app.yaml'), join(workspace, 'deploy/link-inside.yaml'));
  await symlink(join(workspace, 'deploy'), join(workspace, 'deploy/nested/loop'));
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const discover = (paths: string[], limits = defaultLimits) =>
  discoverFiles(paths, { cwd: workspace, limits });

describe('discoverFiles', () => {
  it('walks the working directory when no path is given, skipping .git, node_modules, .terraform and chart sources', async () => {
    const found = await discover([]);
    expect(found.files.map((file) => file.displayPath)).toEqual([
      'big/huge.yaml',
      'deploy/app.yaml',
      'deploy/bom.json',
      'deploy/nested/more.yml',
      'infra/main.bicep',
      'infra/main.tf',
      'overlay/kustomization.yaml',
    ]);
    expect(found.files.every((file) => !file.explicit)).toBe(true);
    expect(found.notChecked).toEqual([
      { file: 'chart', ...chartSource },
      {
        file: 'overlay',
        reason: expect.stringMatching(/^a Kustomize directory/),
        fix: 'build it with `kubectl kustomize DIR` (or `kustomize build DIR`) and scan the output',
      },
    ]);
    expect(found.skipped).toEqual([
      { file: 'deploy/escape-dir', reason: 'symbolic link to a path outside the scanned directory' },
      { file: 'deploy/escape.yaml', reason: 'symbolic link to a path outside the scanned directory' },
    ]);
    expect(found.errors).toEqual([]);
    expect(found.unmatched).toEqual([]);
  });

  it('strips a byte-order mark and keeps absolute paths beside display paths', async () => {
    const found = await discover(['deploy/bom.json']);
    const file = found.files[0];
    expect(file).toMatchObject({
      path: join(workspace, 'deploy/bom.json'),
      displayPath: 'deploy/bom.json',
      explicit: true,
    });
    expect(file?.text.startsWith('{')).toBe(true);
  });

  it('reads files named explicitly whatever their extension, and from outside the working directory', async () => {
    const found = await discover(['deploy/README.md', join(outside, 'secret.yaml')]);
    expect(found.files.map((file) => [file.displayPath, file.explicit])).toEqual([
      ['deploy/README.md', true],
      [join(outside, 'secret.yaml'), true],
    ]);
  });

  it('refuses to read a device named on the command line', async () => {
    const found = await discover(['/dev/zero']);
    expect(found.files).toEqual([]);
    expect(found.errors).toEqual([{ file: '/dev/zero', message: 'not a regular file' }]);
  });

  it('reads an explicit symlink to anywhere', async () => {
    const found = await discover(['deploy/escape.yaml']);
    expect(found.files.map((file) => file.displayPath)).toEqual(['deploy/escape.yaml']);
  });

  it('expands globs to candidate files, skipping charts and links out, and reports patterns that match nothing', async () => {
    const found = await discover(['**/*.yaml', 'nothing/*.yaml', 'missing.yaml']);
    expect(found.files.map((file) => file.displayPath)).toEqual([
      'big/huge.yaml',
      'deploy/app.yaml',
      'overlay/kustomization.yaml',
    ]);
    expect(found.notChecked.map((entry) => entry.file)).toEqual(['chart', 'overlay']);
    expect(found.skipped).toEqual([
      // deploy/escape.yaml leads to the same outside file, so it is reported once.
      {
        file: 'deploy/escape-dir/secret.yaml',
        reason: 'symbolic link to a path outside the scanned directory',
      },
    ]);
    expect(found.unmatched).toEqual(['nothing/*.yaml', 'missing.yaml']);
  });

  it('expands an absolute glob, keeping links inside its fixed directory', async () => {
    const found = await discover([join(workspace, 'deploy/*.yaml')]);
    expect(found.files.map((file) => file.displayPath)).toEqual(['deploy/app.yaml']);
    expect(found.skipped).toEqual([
      { file: 'deploy/escape.yaml', reason: 'symbolic link to a path outside the scanned directory' },
    ]);
  });

  it('reports a chart directory named on the command line once', async () => {
    const found = await discover(['chart', 'chart/templates/deployment.yaml']);
    expect(found.notChecked).toEqual([{ file: 'chart', ...chartSource }]);
    expect(found.files.map((file) => file.displayPath)).toEqual(['chart/templates/deployment.yaml']);
  });

  it('names the working directory "." when it is itself a chart', async () => {
    const found = await discoverFiles([], { cwd: join(workspace, 'chart'), limits: defaultLimits });
    expect(found).toEqual({
      files: [],
      errors: [],
      skipped: [],
      notChecked: [{ file: '.', ...chartSource }],
      unmatched: [],
      excluded: [],
    });
  });

  it('never reads what an exclude glob matches, and lists it: a directory once, a file by its path', async () => {
    const found = await discoverFiles(['.', 'infra/main.tf'], {
      cwd: workspace,
      limits: defaultLimits,
      exclude: ['deploy/**', 'chart', '**/*.tf'],
    });
    const read = found.files.map((file) => file.displayPath);
    expect(read).toEqual(expect.arrayContaining(['infra/main.bicep', 'big/huge.yaml']));
    expect(read.filter((path) => path.startsWith('deploy/') || path.endsWith('.tf'))).toEqual([]);
    // An excluded chart source is not listed as not checked: the user chose not to scan it.
    expect(found.notChecked.map((entry) => entry.file)).toEqual(['overlay']);
    expect(found.excluded).toEqual([
      { path: 'chart', pattern: 'chart' },
      { path: 'deploy', pattern: 'deploy/**' },
      { path: 'infra/main.tf', pattern: '**/*.tf' },
    ]);
    // A glob's matches are excluded the same way.
    const globbed = await discoverFiles(['deploy/**/*.yaml'], {
      cwd: workspace,
      limits: defaultLimits,
      exclude: ['deploy/nested/**'],
    });
    expect(globbed.files.map((file) => file.displayPath)).toEqual(['deploy/app.yaml']);
    expect(globbed.excluded).toContainEqual({
      path: 'deploy/nested/loop/app.yaml',
      pattern: 'deploy/nested/**',
    });
  });

  it('refuses a file over maxFileBytes before reading it', async () => {
    const found = await discover(['big'], { ...defaultLimits, maxFileBytes: 200 });
    expect(found.files).toEqual([]);
    expect(found.errors).toEqual([
      { file: 'big/huge.yaml', message: 'file is larger than the limit of 200 bytes (maxFileBytes)' },
    ]);
  });

  it('lists a file once when it is both named and found by walking', async () => {
    const found = await discover(['deploy/app.yaml', 'deploy']);
    const app = found.files.filter((file) => file.displayPath === 'deploy/app.yaml');
    expect(app).toHaveLength(1);
    expect(app[0]?.explicit).toBe(true);
  });
});

describe('UTF-8', () => {
  /** What a strict decoder makes of the bytes: the text, or the first line it refuses. */
  const strictly = (bytes: Uint8Array) => {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    try {
      const text = decoder.decode(bytes);
      return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
    } catch {
      const lines = Buffer.from(bytes).toString('latin1').split('\n');
      const bad = lines.findIndex((line) => {
        try {
          decoder.decode(Buffer.from(line, 'latin1'));
          return false;
        } catch {
          return true;
        }
      });
      return { line: bad + 1 };
    }
  };
  const read = async (bytes: Uint8Array) => {
    const path = join(workspace, 'utf8/file.yaml');
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, bytes);
    const found = await discover(['utf8/file.yaml']);
    const error = found.errors[0];
    return error === undefined ? { text: found.files[0]?.text } : { line: error.line };
  };
  // Ill-formed sequences of every kind (a lone continuation byte, an overlong form, a surrogate,
  // beyond U+10FFFF, a sequence cut short) and well-formed ones, U+FFFD itself among them.
  const pieces = [
    'a',
    '\n',
    'é',
    '日本',
    '😀',
    '\uFFFD',
    '\uFEFF',
    [0x80],
    [0xc0, 0xaf],
    [0xe0, 0x80, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0xe2, 0x82],
    [0xf0, 0x9f, 0x98],
    [0xff],
  ].map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : Buffer.from(piece)));

  it('reads a file exactly as a strict decoder does, and refuses it at the same line', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), async (parts) => {
        const bytes = Buffer.concat(parts);
        expect(await read(bytes)).toEqual(strictly(bytes));
      }),
      { numRuns: 300 },
    );
  });
});

describe('isGlobPattern', () => {
  // It stands in for tinyglobby's isDynamicPattern so that a scan of named files loads no glob walker.
  it('answers as tinyglobby does', () => {
    const paths = [
      'deploy/app.yaml',
      'deploy/**/*.yaml',
      'deploy/*.yml',
      'a?.json',
      '!deploy/app.yaml',
      'deploy/{a,b}.yaml',
      'deploy/[ab].yaml',
      'deploy/@(a|b).yaml',
      'deploy/+(a).yaml',
      'deploy/\\*.yaml',
      'C:\\repo\\main.bicep',
      '/abs/path/main.tf.json',
      './relative/file name.yaml',
      'plain',
      '',
    ];
    expect(paths.map(isGlobPattern)).toEqual(paths.map((path) => isDynamicPattern(path)));
    expect(isGlobPattern('deploy/**/*.yaml')).toBe(true);
    expect(isGlobPattern('deploy/app.yaml')).toBe(false);
  });
});
