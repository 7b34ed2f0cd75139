import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { runCli } from '../cli/run.js';
import { packageRoot } from '../package-root.js';
import { run } from './run.js';

const workspace = mkdtempSync(join(tmpdir(), 'aks-cis-gate-action-merge-'));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/**
 * Two shard reports of a tree of manifests, in `shards/` of the workspace: enough text (over
 * 32 KiB in all) for the compiler tiers to be chosen.
 */
async function writeShardReports(): Promise<void> {
  mkdirSync(join(workspace, 'deploy'));
  for (let copy = 0; copy < 8; copy += 1)
    copyFileSync(
      join(packageRoot(), 'examples', 'clean', 'shop.yaml'),
      join(workspace, 'deploy', `shop-${copy}.yaml`),
    );
  for (const index of [1, 2]) {
    const status = await runCli(
      ['scan', 'deploy', '--shard', `${index}/2`, '--output', join('shards', `shard-${index}.json`)],
      { stdout: { write: () => true }, stderr: { write: () => true }, cwd: workspace },
    );
    expect(status).toBe(0);
  }
}

test("mode: merge keeps V8's young generation at its size from its reading to its reports, and chooses the compiler tiers for the reports it read", async () => {
  await writeShardReports();
  const outputs = join(workspace, 'outputs');
  writeFileSync(outputs, '');
  vi.stubEnv('GITHUB_WORKSPACE', workspace);
  vi.stubEnv('GITHUB_OUTPUT', outputs);
  vi.stubEnv('RUNNER_TEMP', join(workspace, 'runner'));
  vi.stubEnv('GITHUB_EVENT_NAME', 'push');
  vi.stubEnv('GITHUB_EVENT_PATH', join(workspace, 'no-event.json'));
  vi.stubEnv('GITHUB_REPOSITORY', 'octo-org/shop');
  vi.stubEnv('GITHUB_SHA', '0'.repeat(40));
  vi.stubEnv('INPUT_MODE', 'merge');
  vi.stubEnv('INPUT_SHARD-REPORTS', 'shards/*.json');
  vi.stubEnv('INPUT_BASELINE', 'none');
  vi.stubEnv('INPUT_GITHUB-TOKEN', '');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  // Each change of the growth factor and of the compiler tiers, with the step outputs written by then.
  const events: string[] = [];
  vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flags: string) => {
    if (!/^--(?:semi-space-growth-factor|no-turbofan)/.test(flags)) return;
    const written = readFileSync(outputs, 'utf8').includes('report-json');
    events.push(`${flags} (report-json ${written ? 'written' : 'not yet written'})`);
  });
  try {
    await run();
    expect(process.exitCode).toBeUndefined();
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
  expect(events).toEqual([
    '--semi-space-growth-factor=1 (report-json not yet written)',
    // The shard reports are JSON, which V8's own parser reads: Turbofan costs more than it saves.
    '--no-turbofan (report-json not yet written)',
    '--semi-space-growth-factor=2 (report-json written)',
  ]);
}, 120_000);
