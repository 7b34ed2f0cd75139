import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { moduleFunctions, scriptsDigest } from '../../scripts/bundle-build.js';
import { codeCacheKeyFile } from '../../src/cli/code-cache.js';

// What scripts/bundle-build.ts promises of every script it writes: the start-up of both bundles
// depends on it (issue 12).
const bundles = { action: dirname(inject('actionBundle')), cli: inject('cliBundleDirectory') };

describe.each(Object.entries(bundles))('the %s bundle', (_name, directory) => {
  const scripts = readdirSync(directory).filter((name) => name.endsWith('.js'));

  test('has scripts', () => {
    expect(scripts).toContain('index.js');
  });

  // One character past ASCII makes V8 keep the whole source as a two-byte string.
  test.each(scripts)('%s is ASCII only', (name) => {
    const text = readFileSync(join(directory, name), 'latin1');
    expect(text.search(/[^\t\n\r\x20-\x7e]/)).toBe(-1);
  });

  // V8 compiles a parenthesized function with its script, parsed once (and the CLI's compile cache
  // keeps it): webpack writes each module's function so, and the compacted script must too.
  test.each(scripts)("%s has each module's function in parentheses", (name) => {
    const modules = moduleFunctions(readFileSync(join(directory, name), 'utf8'));
    expect(modules.filter(({ parenthesized }) => !parenthesized)).toEqual([]);
  });

  // Every run reads, keeps and scans the source it compiles: webpack's long local names were a
  // quarter of it. Functions and classes keep their names, which a library may read.
  test.each(scripts)("%s has webpack's local names shortened", (name) => {
    expect(readFileSync(join(directory, name), 'latin1')).not.toMatch(
      /__webpack_require__|__WEBPACK_IMPORTED_MODULE_/,
    );
  });

  test('holds modules in its scripts', () => {
    const counted = scripts.map(
      (name) => moduleFunctions(readFileSync(join(directory, name), 'utf8')).length,
    );
    expect(counted.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(50);
  });

  // webpack's module separators are the mark of a chunk that ncc left as written.
  test.each(scripts)('%s has no comments but licences', (name) => {
    expect(readFileSync(join(directory, name), 'latin1')).not.toContain('/***/');
  });
});

// Node loads CommonJS with less work than ES modules (scripts/bundle-build.ts); dist/ itself is
// an ES-module package, for the action.
test('the CLI bundle is CommonJS, as its own package.json tells Node', () => {
  expect(JSON.parse(readFileSync(join(bundles.cli, 'package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
});

// The npm package ships dist/cli/ whole: the licences of what the CLI bundles go with it, some of
// which the action does not bundle.
test("the CLI bundle lists its packages' licences beside its scripts", () => {
  expect(readFileSync(join(bundles.cli, 'licenses.txt'), 'utf8')).toMatch(/^fast-sha256$/m);
});

test('the CLI entry keeps its shebang and stays executable', () => {
  const entry = join(bundles.cli, 'index.js');
  expect(readFileSync(entry, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  expect(statSync(entry).mode & 0o111).not.toBe(0);
});

// node:crypto costs about 10 ms to load; the action on a workspace with nothing to fingerprint
// needs it only for its step outputs, after the scan (src/lazy-crypto.ts).
test('the action starts its scan before it loads node:crypto', () => {
  const directory = mkdtempSync(join(tmpdir(), 'action-start-'));
  try {
    const workspace = join(directory, 'workspace');
    mkdirSync(workspace);
    for (const file of ['output', 'summary']) writeFileSync(join(directory, file), '');
    writeFileSync(join(directory, 'event.json'), '{}');
    // Preloaded: at the scan's first debug line, whether crypto was loaded by then.
    const probe = join(directory, 'probe.cjs');
    writeFileSync(
      probe,
      `const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (String(chunk).startsWith('::debug::discovering files'))
    require('node:fs').writeFileSync(${JSON.stringify(join(directory, 'at-scan-start'))}, String(process.moduleLoadList.includes('NativeModule crypto')));
  return write(chunk, ...rest);
};
`,
    );
    const run = spawnSync(process.execPath, ['--require', probe, inject('actionBundle')], {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'] ?? '',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: join(directory, 'event.json'),
        GITHUB_REPOSITORY: 'octo-org/shop',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: join(directory, 'output'),
        GITHUB_STEP_SUMMARY: join(directory, 'summary'),
        RUNNER_TEMP: directory,
        INPUT_BASELINE: 'none',
        INPUT_COMMENT: 'false',
        INPUT_ANNOTATIONS: 'false',
      },
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(readFileSync(join(directory, 'at-scan-start'), 'utf8')).toBe('false');
    // It is loaded by the end: the step outputs are written between random delimiters.
    expect(readFileSync(join(directory, 'output'), 'utf8')).toMatch(/^passed<<ghadelimiter_[0-9a-f-]{36}$/m);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

// `--version` is answered by the entry alone (src/cli/main.ts): copied without its chunks, it still answers.
test('the CLI answers --version from its entry, without a chunk', () => {
  const directory = mkdtempSync(join(tmpdir(), 'cli-version-'));
  try {
    for (const name of ['index.js', 'package.json']) {
      writeFileSync(join(directory, name), readFileSync(join(bundles.cli, name)));
    }
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const run = spawnSync(process.execPath, [join(directory, 'index.js'), flag], { encoding: 'utf8' });
      expect([run.status, run.stdout, run.stderr]).toEqual([0, `${version}\n`, '']);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

// The CLI compiles its chunks through the code cache a run leaves (src/cli/code-cache.ts), keyed by
// the digest of its scripts and by each chunk's size and time.
test("the CLI's code cache key is the digest of its scripts", async () => {
  expect(readFileSync(join(bundles.cli, codeCacheKeyFile), 'utf8')).toBe(
    `${await scriptsDigest(bundles.cli)}\n`,
  );
});

test('a CLI run leaves a code cache the next starts from; a bad cache is replaced, a changed chunk gets its own', () => {
  const directory = mkdtempSync(join(tmpdir(), 'cli-code-cache-'));
  try {
    const bundle = join(directory, 'cli');
    cpSync(bundles.cli, bundle, { recursive: true });
    const manifest = join(directory, 'pod.yaml');
    writeFileSync(
      manifest,
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: web, image: web:1}]\n',
    );
    const cacheRoot = join(directory, 'cache');
    const scan = () => {
      const run = spawnSync(
        process.execPath,
        [join(bundle, 'index.js'), 'scan', manifest, '--format', 'json', '--fail-on', 'none'],
        { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NODE_COMPILE_CACHE: cacheRoot } },
      );
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    };
    /** The bundle's cache directory: inside Node's, which NODE_COMPILE_CACHE names. */
    const cacheDirectory = () => {
      const found = readdirSync(cacheRoot, { recursive: true, encoding: 'utf8' }).filter((name) =>
        basename(name).startsWith('aks-cis-gate-'),
      );
      expect(found).toHaveLength(1);
      return join(cacheRoot, found[0] as string);
    };
    /** Each cache file of the bundle's chunks, with its bytes. */
    const caches = () =>
      new Map(
        readdirSync(cacheDirectory()).map((name) => [name, readFileSync(join(cacheDirectory(), name))]),
      );
    const report = scan();
    const first = caches();
    const chunks = [...first.keys()].map((name) => name.slice(0, name.indexOf('-')));
    expect(chunks.every((name) => /^\d+\.index\.js$/.test(name))).toBe(true);
    expect(chunks.length).toBeGreaterThan(2);
    // Accepted: nothing written again.
    expect(scan()).toBe(report);
    expect(caches()).toEqual(first);
    // A cache V8 refuses is compiled past and made again.
    const [name] = first.keys();
    writeFileSync(join(cacheDirectory(), name as string), 'not a code cache');
    expect(scan()).toBe(report);
    expect(
      caches()
        .get(name as string)
        ?.toString('latin1'),
    ).not.toBe('not a code cache');
    // A chunk changed after the build (here only its time) never meets the old chunk's cache.
    const chunk = chunks[0] as string;
    utimesSync(join(bundle, chunk), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect(scan()).toBe(report);
    expect(caches().size).toBe(first.size + 1);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
