import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
