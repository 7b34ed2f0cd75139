import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, inject, test } from 'vitest';
import { startLiveCluster, type LiveCluster } from '../live/live-cluster.js';

const run = promisify(execFile);

let cluster: LiveCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

// The built CLI, not the sources: under node_modules Node keeps quiet about node-fetch's
// deprecated calls anyway; the bundle is where they reached stderr
// (src/inputs/live-kubernetes/library-deprecations.ts).
test('a live scan by the bundled CLI prints no deprecation warning of the client library', async () => {
  cluster = await startLiveCluster();
  const cli = join(inject('cliBundleDirectory'), 'index.js');
  const liveScan = ['scan', '--live', '--kubeconfig', cluster.kubeconfig, '--format', 'json'];
  const { stdout, stderr } = await run(process.execPath, [cli, ...liveScan, '--fail-on', 'none'], {
    cwd: tmpdir(),
    env: { PATH: process.env['PATH'] ?? '', NODE_DISABLE_COMPILE_CACHE: '1' },
  });
  expect(JSON.parse(stdout)).toMatchObject({ verdict: { passed: true } });
  expect(stderr).not.toMatch(/Warning/);
});
