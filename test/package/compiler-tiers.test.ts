import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';

// The CLI leaves Turbofan off for a scan of a few megabytes (src/compiler-tiers.ts); V8's own
// trace of its compiles shows which tiers ran, in the bundle as a user runs it.
const deployment = (index: number) => `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web-${index}, namespace: shop}
spec:
  selector:
    matchLabels: {app: web-${index}}
  template:
    metadata:
      labels: {app: web-${index}}
    spec:
      containers:
        - name: web
          image: ghcr.io/contoso/web:1.${index}
          ports: [{containerPort: 8080}]
          securityContext: {privileged: ${index % 2 === 0}, runAsNonRoot: true}
`;

let directory: string;
beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'compiler-tiers-'));
  // About 700 kB: enough for the reader's and the checks' functions to get hot.
  writeFileSync(
    join(directory, 'stream.yaml'),
    Array.from({ length: 2000 }, (_, index) => deployment(index)).join(''),
  );
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The scan under `node --trace-opt` and the given flags: the trace (stdout) and the report. */
function tracedScan(nodeFlags: string[], report: string) {
  const run = spawnSync(
    process.execPath,
    [
      ...nodeFlags,
      '--trace-opt',
      join(inject('cliBundleDirectory'), 'index.js'),
      'scan',
      'stream.yaml',
      '--format',
      'json',
      '--fail-on',
      'none',
      '--output',
      report,
    ],
    {
      cwd: directory,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { PATH: process.env['PATH'] ?? '', NODE_DISABLE_COMPILE_CACHE: '1' },
    },
  );
  expect(run.status).toBe(0);
  return { trace: run.stdout, report: readFileSync(join(directory, report), 'utf8') };
}

test('a scan of a few hundred kilobytes compiles hot code with Maglev only', () => {
  const { trace, report } = tracedScan([], 'maglev.json');
  expect(trace).toContain('(target MAGLEV)');
  expect(trace).not.toContain('(target TURBOFAN');
  // The same verdicts as ever: every second deployment's container is privileged.
  const privileged = (
    JSON.parse(report) as { benchmarks: { rules: { id: string; findings?: unknown[] }[] }[] }
  ).benchmarks[0]?.rules.find((rule) => rule.id === '5.2.2');
  expect(privileged?.findings).toHaveLength(1000);
  expect(privileged?.findings?.[2]).toMatchObject({ resource: 'Deployment/shop/web-4', line: 16 + 4 * 16 });
});

test("the user's own tiering flag stands, and the results are the same", () => {
  const { trace, report } = tracedScan(['--turbofan'], 'turbofan.json');
  expect(trace).toContain('(target TURBOFAN');
  expect(report).toBe(tracedScan([], 'maglev.json').report);
});

test('the code caches a scan without Turbofan leaves are the ones the next runs take, small or large', () => {
  const cacheRoot = join(directory, 'compile-cache');
  writeFileSync(join(directory, 'pod.yaml'), deployment(0));
  const run = (input: string) => {
    const result = spawnSync(
      process.execPath,
      [
        join(inject('cliBundleDirectory'), 'index.js'),
        'scan',
        input,
        '--format',
        'json',
        '--fail-on',
        'none',
      ],
      {
        cwd: directory,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { PATH: process.env['PATH'] ?? '', NODE_COMPILE_CACHE: cacheRoot },
      },
    );
    expect(result.status).toBe(0);
  };
  /** Each cache file and the inode it has: a cache made again is a new file renamed over the old. */
  const caches = () =>
    readdirSync(cacheRoot, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.cache'))
      .map((name) => `${name} ${statSync(join(cacheRoot, name)).ino}`)
      .sort();
  run('stream.yaml');
  run('pod.yaml');
  const made = caches();
  expect(made.length).toBeGreaterThan(3);
  run('stream.yaml');
  run('pod.yaml');
  run('stream.yaml');
  expect(caches()).toEqual(made);
});
