import { afterEach, describe, expect, test } from 'vitest';
import { startLiveCluster, type LiveCluster } from '../live/live-cluster.js';
import { createWorkspace, type PullRequestPayload } from './action-harness.js';
import { actionSession } from './action-session.js';

const { github, run } = actionSession();
let cluster: LiveCluster | undefined;

afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

/** A push event: the payload has no pull request. */
const asPush = (payload: PullRequestPayload): void => {
  delete (payload as Partial<PullRequestPayload>).pull_request;
};

describe('the action in live mode', () => {
  test('after a push: the cluster alone, no baseline, the gate, the job summary and a commit comment', async () => {
    cluster = await startLiveCluster();
    const workspace = createWorkspace({ 'README.md': '# shop\n' }, { 'deploy/notes.txt': 'deployed\n' });
    const result = await run({
      workspace,
      eventName: 'push',
      editPayload: asPush,
      inputs: { mode: 'live', kubeconfig: cluster.kubeconfig, 'sarif-file': 'out/live.sarif' },
    });

    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain(
      'no baseline: a live scan reads the deployed cluster, which has no baseline',
    );
    expect(result.stdout).toContain('::error::aks-cis-gate blocks this change');
    expect(result.outputs['new-failed']).toBe(result.outputs['failed']);
    expect(result.summary).toContain('/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/ops-admins');
    expect(result.summary).toContain('ClusterRoleBinding/ops-admins');
    // Live findings have no file in the repository: no annotation points at one.
    expect(result.stdout).not.toMatch(/::(error|warning) file=(live:|aks-prod)/);
    const commitComments = github.commitComments.filter((comment) => comment.commitSha === workspace.headSha);
    expect(commitComments).toHaveLength(1);
    expect(commitComments[0]?.body).toContain('<!-- aks-cis-gate:CIS gate -->');
    // The cluster was only read.
    expect(new Set(cluster.server.requests.map((request) => request.method))).toEqual(new Set(['GET']));
  });

  test('an unreachable cluster fails the step with the reason and publishes nothing', async () => {
    cluster = await startLiveCluster();
    await cluster.server.close();
    const workspace = createWorkspace({ 'README.md': '# shop\n' }, {});
    const result = await run({
      workspace,
      eventName: 'push',
      editPayload: asPush,
      inputs: { mode: 'live', kubeconfig: cluster.kubeconfig },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/::error::GET \/version: cannot reach https:\/\/127\.0\.0\.1:\d+/);
    expect(result.summary).toBe('');
    expect(github.requests).toEqual([]);
  });

  test('live inputs in code mode are a configuration error', async () => {
    const workspace = createWorkspace({ 'README.md': '# shop\n' }, {});
    const result = await run({ workspace, inputs: { kubeconfig: '/tmp/config', 'node-audit': 'true' } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::input kubeconfig, node-audit: only with mode: live');
  });
});
