/**
 * The action against its base commit (issue 8 §6): fifty copies of one template declare a cluster
 * of one name; a pull request that adds a 51st copy brings only that copy's findings as new, and
 * they block.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { armClusterTemplate, copiesOf } from '../support/cluster-copies.js';
import { createWorkspace, type Workspace } from './action-harness.js';
import { actionSession } from './action-session.js';

const { github, run } = actionSession();

const workspaces: Workspace[] = [];
afterEach(() => {
  for (const workspace of workspaces.splice(0))
    rmSync(dirname(workspace.directory), { recursive: true, force: true });
});

describe('the action: clusters keyed by their source', () => {
  test('a 51st copy of a template is new and blocks; the fifty the base has are old', async () => {
    const workspace = createWorkspace(
      copiesOf(armClusterTemplate, 'aks.json', 50, 1, 'infra/'),
      copiesOf(armClusterTemplate, 'aks.json', 51, 51, 'infra/'),
    );
    workspaces.push(workspace);
    const result = await run({ workspace, inputs: { paths: 'infra' } });

    expect(result.status, result.stdout + result.stderr).toBe(1);
    const failed = Number(result.outputs['failed']);
    const fresh = Number(result.outputs['new-failed']);
    expect(fresh).toBeGreaterThan(0);
    expect(failed).toBe(51 * fresh);
    const report = github.comments[0]?.body ?? '';
    expect(report).toContain('aks-cis-gate: blocked');
    // The comment's and the job summary's headline count every copy, and only the new one as new.
    const counts = `${failed} findings, ${fresh} new`;
    expect(report).toContain(counts);
    expect(result.summary).toContain(counts);
    expect(report).toContain('infra/env-51/aks.json');
    expect(report).not.toContain('infra/env-50/aks.json');
  });
});
