import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { publishedModules, seedPublishedModules } from './bicep-cache.js';

/**
 * The CLI as a user runs it offline, with bicep's default cache under HOME: a registry module
 * that is not there is listed as not checked and fails the run; one that is there is checked.
 */
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'bicep-registry-cli-')));
const originalHome = process.env.HOME;
afterEach(() => {
  process.env.HOME = originalHome;
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const main = `module aks '${publishedModules.managedCluster.reference}' = {
  name: 'aks'
  params: {
    name: 'aks-avm'
    primaryAgentPoolProfiles: [
      {
        name: 'system'
        count: 1
        vmSize: 'Standard_DS2_v2'
        mode: 'System'
      }
    ]
    disableLocalAccounts: false
  }
}
`;

async function scanWithHome(home: string): Promise<{ status: number; report: Record<string, unknown> }> {
  const workspace = join(home, 'repo');
  mkdirSync(workspace, { recursive: true });
  writeFileSync(join(workspace, 'main.bicep'), main);
  // bicep (and the scan's cache check) find the default cache under HOME.
  process.env.HOME = home;
  let stdout = '';
  const status = await runCli(['scan', 'main.bicep', '--no-restore', '--format', 'json'], {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: () => undefined },
    cwd: workspace,
    env: {},
  });
  return { status, report: JSON.parse(stdout) as Record<string, unknown> };
}

describe('registry modules through the CLI, offline', () => {
  test('an empty cache: the module is not checked, named at its line, and the run fails rather than passing', async () => {
    const { status, report } = await scanWithHome(join(scratch, 'empty-home'));
    expect(report.notChecked).toEqual([
      expect.objectContaining({
        file: 'main.bicep',
        line: 1,
        reason: expect.stringContaining(publishedModules.managedCluster.reference) as string,
      }),
    ]);
    expect(status).toBe(1);
  });

  test("the module in bicep's default cache (~/.bicep): checked, its findings in the user's file", async () => {
    const home = join(scratch, 'seeded-home');
    seedPublishedModules(join(home, '.bicep'));
    const { report } = await scanWithHome(home);
    expect(report.notChecked).toEqual([]);
    expect(report.errors).toEqual([]);
    const benchmarks = report.benchmarks as {
      rules: { findings: { file: string; line: number; check: string }[] }[];
    }[];
    const localAccounts = benchmarks
      .flatMap((benchmark) => benchmark.rules.flatMap((rule) => rule.findings))
      .filter((finding) => finding.check === 'cluster.local-accounts-disabled');
    expect(new Set(localAccounts.map((finding) => `${finding.file}:${finding.line}`))).toEqual(
      new Set(['main.bicep:13']),
    );
  });
});
