import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { moduleFunctions } from '../../scripts/bundle-build.js';

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
