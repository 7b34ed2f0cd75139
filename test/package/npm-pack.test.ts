import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { repositoryRoot } from '../action/action-harness.js';

const privilegedPod = `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: tools
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true
`;

const directories: string[] = [];
const temporary = (prefix: string) => {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  directories.push(directory);
  return directory;
};
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

/**
 * Asynchronous on purpose: npm takes a minute on a loaded machine, and a worker blocked that long
 * misses vitest's RPC deadline ("Timeout calling onTaskUpdate"), which fails the whole run.
 */
const run = promisify(execFile);

// No registry, no network: the package installs from its tarball and its runtime dependencies'
// tarballs. npm's cache cannot stand in for the registry: `npm ci` stores tarballs but not the
// metadata that resolving a range needs, so an offline install of the tarball alone fails in a
// fresh clone.
const offline = ['--offline', '--no-audit', '--no-fund', '--ignore-scripts'];

interface Lockfile {
  packages: Record<string, { dependencies?: Record<string, string> }>;
}

/** The package's runtime dependencies and theirs, by name, as the lockfile pins them. */
function runtimeDependencies(): string[] {
  const { packages } = JSON.parse(
    readFileSync(join(repositoryRoot, 'package-lock.json'), 'utf8'),
  ) as Lockfile;
  const names = new Set<string>();
  const pending = Object.keys(packages['']?.dependencies ?? {});
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (names.has(name)) continue;
    names.add(name);
    pending.push(...Object.keys(packages[`node_modules/${name}`]?.dependencies ?? {}));
  }
  return [...names];
}

/** Packs each runtime dependency from the installed node_modules into `destination`. */
async function packedRuntimeDependencies(destination: string): Promise<string[]> {
  const packed = await Promise.all(
    runtimeDependencies().map((name) =>
      run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
        cwd: join(repositoryRoot, 'node_modules', name),
      }),
    ),
  );
  return packed.map(({ stdout }) =>
    join(destination, (JSON.parse(stdout) as [{ filename: string }])[0].filename),
  );
}

describe('the npm package', () => {
  test('packs the bundle, the catalogs and the docs, nothing else of the sources', async () => {
    const { stdout: output } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: repositoryRoot,
    });
    const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
    const paths = pack.files.map((file) => file.path);
    for (const required of [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'dist/cli/index.js',
      // Without it, the CLI's CommonJS scripts would be read as ES modules (package.json's type).
      'dist/cli/package.json',
      // The key of the CLI's own code cache: without it, the CLI keeps only Node's (code-cache.ts).
      'dist/cli/scripts.sha256',
      'dist/hcl2json.wasm.gz',
      'rules/cis-kubernetes-v1.12.0.yaml',
      'rules/schema.json',
      'docs/rules/cis-kubernetes-v1.12.0/5.2.2.md',
    ]) {
      expect(paths).toContain(required);
    }
    expect(paths.filter((path) => /^(src|test|scripts|node_modules|\.tools)\//.test(path))).toEqual([]);
    expect(paths).not.toContain('dist/index.js');
  });

  test('installs from the tarball into an empty directory and `npx aks-cis-gate scan` works offline', async () => {
    // The package as published: its `files`, with the CLI bundle built from these sources when
    // the committed dist/cli was built from others.
    const staged = temporary('aks-cis-gate-stage-');
    const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
      files: string[];
    };
    for (const entry of ['package.json', 'README.md', 'LICENSE', ...manifest.files]) {
      const source = join(repositoryRoot, entry);
      if (entry !== 'dist/cli/' && existsSync(source))
        cpSync(source, join(staged, entry), { recursive: true });
    }
    cpSync(inject('cliBundleDirectory'), join(staged, 'dist', 'cli'), { recursive: true });
    const packed = temporary('aks-cis-gate-pack-');
    const pack = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packed], {
      cwd: staged,
    });
    const [tarball] = JSON.parse(pack.stdout) as [{ filename: string }];
    const project = temporary('aks-cis-gate-install-');
    const dependencies = await packedRuntimeDependencies(packed);
    expect(dependencies.length).toBeGreaterThan(0);
    await run('npm', ['install', ...offline, join(packed, tarball.filename), ...dependencies], {
      cwd: project,
    });
    writeFileSync(join(project, 'pod.yaml'), privilegedPod);
    // execFile rejects on a non-zero exit, with the status and the output in the error.
    const scan = await run('npx', ['--no-install', 'aks-cis-gate', 'scan', 'pod.yaml', '--format', 'json'], {
      cwd: project,
    }).then(
      (done) => ({ ...done, status: 0 }),
      (failed: { code: unknown; stdout: string; stderr: string }) => ({ ...failed, status: failed.code }),
    );
    expect(scan.stderr).not.toMatch(/cannot|error/i);
    // The pod runs as the default service account: an Automated rule fails, so the exit is 1.
    expect(scan.status).toBe(1);
    const report = JSON.parse(scan.stdout) as {
      benchmarks: { id: string; rules: { id: string; status: string }[] }[];
    };
    const privileged = report.benchmarks[0]?.rules.find((rule) => rule.id === '5.2.2');
    expect(report.benchmarks[0]?.id).toBe('cis-kubernetes-v1.12.0');
    expect(privileged?.status).toBe('Fail');
    // HCL's parser is WebAssembly that the CLI finds from its package root, not the working directory.
    writeFileSync(
      join(project, 'main.tf'),
      readFileSync(join(repositoryRoot, 'examples', 'aks-terraform', 'main.tf')),
    );
    const terraform = await run(
      'npx',
      ['--no-install', 'aks-cis-gate', 'scan', 'main.tf', '--format', 'json', '--fail-on', 'none'],
      { cwd: project },
    );
    expect((JSON.parse(terraform.stdout) as { errors: unknown[] }).errors).toEqual([]);
  }, 600_000);
});
