import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { shardOfKey } from '../../src/shard/partition.js';
import { createWorkspace, fixture, type Workspace } from './action-harness.js';
import { actionSession } from './action-session.js';

const { github, run } = actionSession();

const shardCount = 4;

/** Two file names whose files land in different shards of four. */
function namesInDifferentShards(): [string, string] {
  const names = Array.from({ length: 20 }, (_, index) => `deploy/team-${index}.yaml`);
  const first = names[0] as string;
  const other = names.find((name) => shardOfKey(name, shardCount) !== shardOfKey(first, shardCount));
  return [first, other as string];
}

const configMap = (index: number) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${index}\n  namespace: shop\ndata:\n  mode: fast\n`;
const fillers = Object.fromEntries(
  Array.from({ length: 8 }, (_, index) => [`deploy/config-${index}.yaml`, configMap(index)]),
);

/**
 * The head moves a cluster-admin binding (CIS 5.1.1, Automated) from one file to another in a
 * different shard, and adds a privileged container (5.2.2, Manual): new failures of Manual rules
 * only, which do not block under new-automated.
 */
function movedBetweenShards(): Workspace {
  const [from, to] = namesInDifferentShards();
  return createWorkspace(
    { ...fillers, 'deploy/app.yaml': fixture('app.yaml'), [from]: fixture('rbac.yaml') },
    { [from]: undefined, [to]: fixture('rbac.yaml'), 'deploy/app.yaml': fixture('app-privileged.yaml') },
  );
}

interface CheckRunBody {
  conclusion?: string;
  output: { annotations: unknown[] };
}

const checkRuns = () =>
  github
    .requestsTo('POST', /\/repos\/octo-org\/shop\/check-runs$/)
    .map((request) => request.body as CheckRunBody);

const verdictOutputs = ['passed', 'failed', 'new-failed', 'suppressed', 'errors', 'score'];

describe('the action in a matrix: shards, then one merge', () => {
  test('four shards and a merge publish what one unsharded run publishes; a moved object is not new', async () => {
    const workspace = movedBetweenShards();
    const whole = await run({ workspace, inputs: { paths: 'deploy' } });
    expect(whole.status, whole.stdout + whole.stderr).toBe(0);
    // The binding fails 5.1.1 (Automated) at the head and at the base: old, so it does not block.
    expect(Number(whole.outputs['failed'])).toBeGreaterThan(Number(whole.outputs['new-failed']));
    const wholeComment = github.comments[0]?.body;
    const [wholeCheckRun] = checkRuns();
    expect(wholeCheckRun?.output.annotations.length).toBeGreaterThan(1);
    github.reset();

    const shardDirectory = join(workspace.directory, 'shard-reports');
    mkdirSync(shardDirectory);
    for (let index = 1; index <= shardCount; index += 1) {
      const shard = await run({
        workspace,
        inputs: { paths: 'deploy', 'shard-index': String(index), 'shard-count': String(shardCount) },
      });
      expect(shard.status, shard.stdout + shard.stderr).toBe(0);
      expect(shard.stdout).toContain(`shard ${index}/${shardCount} read `);
      copyFileSync(shard.outputs['report-json'] as string, join(shardDirectory, `shard-${index}.json`));
    }
    // A shard publishes nothing: no comment, no check run.
    expect(github.requests).toEqual([]);

    const merged = await run({
      workspace,
      inputs: { mode: 'merge', 'shard-reports': 'shard-reports/*.json' },
    });
    expect(merged.status, merged.stdout + merged.stderr).toBe(0);
    expect(merged.stdout).toContain(`baseline: the base commit ${workspace.baseSha.slice(0, 7)}`);
    for (const name of verdictOutputs) expect(merged.outputs[name], name).toBe(whole.outputs[name]);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]?.body).toBe(wholeComment);
    expect(checkRuns()).toEqual([wholeCheckRun]);

    // The merge step gates under its own inputs and config file, as a scan step does.
    github.reset();
    const strict = await run({
      workspace,
      inputs: { mode: 'merge', 'shard-reports': 'shard-reports/*.json', 'fail-on': 'all' },
    });
    expect(whole.outputs['passed']).toBe('true');
    expect(strict.outputs['passed']).toBe('false');
    expect(strict.status).toBe(1);

    // A config file whose ignores are not the ones the shards assessed under fails the step.
    github.reset();
    const config = join(workspace.directory, '.github', 'aks-cis-gate.yml');
    mkdirSync(join(workspace.directory, '.github'), { recursive: true });
    writeFileSync(
      config,
      'ignores:\n  - rule: 5.1.1\n    reason: reviewed with the platform team\n    paths: [deploy/*.yaml]\n',
    );
    const otherConfig = await run({
      workspace,
      inputs: { mode: 'merge', 'shard-reports': 'shard-reports/*.json' },
    });
    rmSync(config);
    expect(otherConfig.status).toBe(1);
    expect(otherConfig.stdout).toContain("the merge's config file has other ignores than the shards read");
    expect(github.requests).toEqual([]);

    github.reset();
    rmSync(join(shardDirectory, 'shard-3.json'));
    const incomplete = await run({
      workspace,
      inputs: { mode: 'merge', 'shard-reports': 'shard-reports/*.json' },
    });
    expect(incomplete.status).toBe(1);
    expect(incomplete.stdout).toContain('::error::cannot merge the shard reports: shard 3/4 is missing');
    expect(github.requests).toEqual([]);
  }, 300_000);

  test('shard inputs are checked: both, in range, only in code mode', async () => {
    const workspace = createWorkspace({ 'deploy/app.yaml': fixture('app.yaml') }, {});
    const wrong = await run({
      workspace,
      inputs: { paths: 'deploy', 'shard-index': '5', 'shard-count': '4' },
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain('1 ≤ shard-index ≤ shard-count');
    const noReports = await run({ workspace, inputs: { mode: 'merge' } });
    expect(noReports.status).toBe(1);
    expect(noReports.stdout).toContain('input shard-reports: needed with mode: merge');
    const nothing = await run({ workspace, inputs: { mode: 'merge', 'shard-reports': 'none/*.json' } });
    expect(nothing.status).toBe(1);
    expect(nothing.stdout).toContain('shard-reports "none/*.json" matches no file');
  }, 120_000);
});
