import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCliCaptured } from '../support/cli-run.js';
import { createWorkspace, fixture } from './action-harness.js';
import { actionSession } from './action-session.js';
import { secretsRole } from '../support/manifests.js';

const { run } = actionSession();

const configPath = '.github/aks-cis-gate.yml';
const baseConfig = [
  'paths: [deploy, vendor]',
  'exclude: [vendor/**]',
  'fail-on: new-automated',
  'skip:',
  '  - rule: 5.3.2',
  '    reason: network policies come from the platform team',
  '',
].join('\n');
/** What the pull request would like: nothing blocks and its own additions unscanned. Neither applies to its run. */
const headConfig = 'paths: [deploy]\nexclude: [deploy/more.yaml]\nfail-on: none\n';

/** The action's failed-step message, one reason per entry (the runner's command encodes newlines). */
function actionReasons(stdout: string): string[] {
  const line = stdout
    .split('\n')
    .find((entry) => entry.startsWith('::error::aks-cis-gate blocks this change:'));
  return (line ?? '')
    .split('%0A')
    .filter((entry) => entry.startsWith('- '))
    .map((entry) => entry.slice(2));
}

/** The CLI's "aks-cis-gate blocks:" list on stderr. */
function cliReasons(stderr: string): string[] {
  const lines = stderr.split('\n');
  return lines
    .slice(lines.indexOf('aks-cis-gate blocks:') + 1)
    .filter((entry) => entry.startsWith('- '))
    .map((entry) => entry.slice(2));
}

describe('the CLI reproduces the action’s verdict', () => {
  test('same input, same config (from the base), same base: the same verdict, counts and blocking findings', async () => {
    const workspace = createWorkspace(
      {
        'deploy/app.yaml': fixture('app.yaml'),
        'deploy/old-role.yaml': secretsRole('reader'),
        [configPath]: baseConfig,
      },
      {
        'deploy/rbac.yaml': fixture('rbac.yaml'),
        'deploy/more.yaml': secretsRole('writer'),
        'vendor/rbac.yaml': fixture('rbac.yaml'),
        [configPath]: headConfig,
      },
    );
    const action = await run({ workspace, inputs: {} });
    expect(action.status, action.stdout + action.stderr).toBe(1);
    const actionReport = JSON.parse(readFileSync(action.outputs['report-json'] as string, 'utf8'));

    // The action fetched the base commit into the shallow clone; the CLI reads it from there.
    const output = join(workspace.directory, '..', 'cli-report.json');
    const cli = await runCliCaptured(
      ['scan', '-f', 'json', '-o', output, '--base', workspace.baseSha],
      workspace.directory,
    );
    expect(cli.status, cli.stderr).toBe(1);
    const cliReport = JSON.parse(readFileSync(output, 'utf8'));

    expect(cliReport.verdict.passed).toBe(actionReport.verdict.passed);
    expect(cliReport.verdict.counts).toEqual(actionReport.verdict.counts);
    expect(cliReport.verdict.counts).toMatchObject({ new: 2, blocking: 2 });
    expect(cliReport.excluded).toEqual(actionReport.excluded);
    expect(cliReport.excluded).toEqual([{ path: 'vendor', pattern: 'vendor/**' }]);
    expect(cliReport.skippedRules).toEqual(actionReport.skippedRules);
    expect(cliReport.skippedRules).toHaveLength(1);
    const blocking = cliReasons(cli.stderr);
    expect(blocking).toEqual(actionReasons(action.stdout));
    expect(blocking).toEqual([
      expect.stringMatching(/5\.1\.1 .*ClusterRoleBinding\/web-admin at deploy\/rbac\.yaml:/),
      expect.stringMatching(/5\.1\.2 .*Role\/shop\/writer at deploy\/more\.yaml:7$/),
    ]);
  });
});
