import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log as SarifLog } from 'sarif';
import { describe, expect, test } from 'vitest';
import { createWorkspace, fakeToken, fixture, lineOf } from './action-harness.js';
import { actionSession } from './action-session.js';

const { github, run } = actionSession();

const app = fixture('app.yaml');
const rbac = fixture('rbac.yaml');
const inputs = { paths: 'deploy' };

/** The head adds a ClusterRoleBinding of cluster-admin: CIS Kubernetes 5.1.1, an Automated rule. */
const newAutomatedFailure = () => createWorkspace({ 'deploy/app.yaml': app }, { 'deploy/rbac.yaml': rbac });
const clusterAdminLine = lineOf(rbac, '- kind: User');

interface CheckRunBody {
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { annotations: { path: string; start_line: number; annotation_level: string; title: string }[] };
}

describe('the action, run as the runner runs dist/index.js', () => {
  test('a new failure of an Automated rule fails the step, comments once, then edits the comment', async () => {
    const workspace = newAutomatedFailure();
    const first = await run({ workspace, inputs: { ...inputs, 'sarif-file': 'out/aks-cis-gate.sarif' } });

    expect(first.status, first.stdout + first.stderr).toBe(1);
    expect(first.stdout).toContain('::error::aks-cis-gate blocks this change');
    expect(first.stdout).toContain('5.1.1');
    expect(first.outputs['passed']).toBe('false');
    expect(Number(first.outputs['new-failed'])).toBeGreaterThanOrEqual(1);
    expect(first.outputs['errors']).toBe('0');
    expect(first.outputs['report-json']).toMatch(/report\.json$/);

    // The shallow checkout lacked the base commit; the action fetched it and compared.
    expect(first.stdout).toContain(`baseline: the base commit ${workspace.baseSha.slice(0, 7)}`);
    // The scan's phases go to the step's debug log (the start-up bench times the first).
    expect(first.stdout).toMatch(/::debug::discovering files\n(.*\n)*::debug::checking\n/);

    expect(github.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /repos/octo-org/shop/issues/42/comments?per_page=100',
      'POST /repos/octo-org/shop/issues/42/comments',
      'POST /repos/octo-org/shop/check-runs',
    ]);
    const created = github.requestsTo('POST', /\/repos\/octo-org\/shop\/issues\/42\/comments$/);
    expect(created).toHaveLength(1);
    expect(created[0]?.authorization).toBe(`token ${fakeToken}`);
    expect(github.comments).toHaveLength(1);
    const comment = github.comments[0]?.body ?? '';
    expect(comment.startsWith('<!-- aks-cis-gate:CIS gate -->')).toBe(true);
    expect(comment).toContain('aks-cis-gate: blocked');
    expect(comment).toContain(
      `]: https://github.com/octo-org/shop/blob/${workspace.headSha}/deploy/rbac.yaml#L${clusterAdminLine}\n`,
    );

    const checkRun = github.requestsTo('POST', /\/repos\/octo-org\/shop\/check-runs$/)[0]
      ?.body as CheckRunBody;
    expect(checkRun.head_sha).toBe(workspace.headSha);
    expect(checkRun.conclusion).toBe('failure');
    expect(checkRun.output.annotations).toContainEqual(
      expect.objectContaining({
        path: 'deploy/rbac.yaml',
        start_line: clusterAdminLine,
        annotation_level: 'failure',
        title: expect.stringContaining('cis-kubernetes-v1.12.0 5.1.1'),
      }),
    );
    expect(first.summary).toContain('aks-cis-gate: blocked');

    const sarifPath = join(workspace.directory, 'out', 'aks-cis-gate.sarif');
    expect(first.outputs['sarif-file']).toBe(sarifPath);
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as SarifLog;
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toContainEqual(
      expect.objectContaining({
        ruleId: 'cis-kubernetes:5.1.1',
        locations: [
          expect.objectContaining({
            physicalLocation: expect.objectContaining({
              artifactLocation: { uri: 'deploy/rbac.yaml', uriBaseId: '%SRCROOT%' },
              region: expect.objectContaining({ startLine: clusterAdminLine }),
            }),
          }),
        ],
      }),
    );
    const report = JSON.parse(readFileSync(first.outputs['report-json'] ?? '', 'utf8')) as {
      schemaVersion: number;
    };
    expect(report.schemaVersion).toBe(3);
    // The token reaches the log only in the command that tells the runner to mask it.
    const log = (first.stdout + first.stderr).replace(`::add-mask::${fakeToken}`, '');
    expect(first.stdout).toContain(`::add-mask::${fakeToken}`);
    expect(log).not.toContain(fakeToken);

    github.requests.length = 0;
    const second = await run({ workspace, inputs });
    expect(second.status).toBe(1);
    expect(github.requestsTo('POST', /\/issues\/42\/comments$/)).toHaveLength(0);
    const updated = github.requestsTo('PATCH', /\/repos\/octo-org\/shop\/issues\/comments\/\d+$/);
    expect(updated).toHaveLength(1);
    expect(updated[0]?.path).toContain(`/issues/comments/${github.comments[0]?.id}`);
    expect(github.comments).toHaveLength(1);
  });

  test('a pull request that adds only a chart source fails the step; the comment names the chart and the fix first', async () => {
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app },
      {
        'deploy/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n',
        'deploy/shop/templates/debug.yaml': fixture('app-privileged.yaml'),
      },
    );
    const result = await run({ workspace, inputs });

    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.outputs['not-checked']).toBe('1');
    expect(result.stdout).toContain('not checked: deploy/shop: a Helm chart source');
    const firstLines = (github.comments[0]?.body ?? '').split('\n').slice(0, 12).join('\n');
    expect(firstLines).toContain('aks-cis-gate: blocked');
    expect(firstLines).toContain('1 input not checked');
    expect(firstLines).toContain('deploy/shop');
    expect(firstLines).toContain('helm template');
  });

  test('a failure the base already had does not block, even where its lines moved', async () => {
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app, 'deploy/rbac.yaml': rbac },
      { 'deploy/rbac.yaml': fixture('rbac-moved.yaml') },
    );
    const result = await run({ workspace, inputs });

    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['passed']).toBe('true');
    expect(result.outputs['new-failed']).toBe('0');
    expect(Number(result.outputs['failed'])).toBeGreaterThanOrEqual(1);
    expect(github.comments[0]?.body).toContain('aks-cis-gate: not blocked');
  });

  test('a new failure of a Manual rule alone does not block under new-automated, and blocks under new', async () => {
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app },
      { 'deploy/app.yaml': fixture('app-privileged.yaml') },
    );
    const result = await run({ workspace, inputs });

    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(Number(result.outputs['new-failed'])).toBeGreaterThanOrEqual(1);
    const checkRun = github.requestsTo('POST', /\/check-runs$/)[0]?.body as CheckRunBody;
    expect(checkRun.conclusion).toBe('success');
    expect(checkRun.output.annotations).toContainEqual(
      expect.objectContaining({
        path: 'deploy/app.yaml',
        start_line: lineOf(fixture('app-privileged.yaml'), '# blamed: cis-kubernetes 5.2.2'),
        annotation_level: 'warning',
      }),
    );

    const strict = await run({ workspace, inputs: { ...inputs, 'fail-on': 'new' } });
    expect(strict.status).toBe(1);
  });

  test('an ignore in the config file suppresses the finding until it expires', async () => {
    const config = (expires: string) =>
      [
        'paths: [deploy]',
        'ignores:',
        '  - rule: "5.1.1"',
        '    reason: on-call break-glass access, reviewed by the platform team',
        '    paths: [deploy/rbac.yaml]',
        `    expires: "${expires}"`,
      ].join('\n');
    const current = createWorkspace(
      { 'deploy/app.yaml': app },
      { 'deploy/rbac.yaml': rbac, '.github/aks-cis-gate.yml': config('2999-12-31') },
    );
    const suppressed = await run({ workspace: current, inputs: {} });
    expect(suppressed.status, suppressed.stdout + suppressed.stderr).toBe(0);
    expect(suppressed.outputs['suppressed']).toBe('1');
    expect(suppressed.stdout).toContain('config: .github/aks-cis-gate.yml');

    const expired = createWorkspace(
      { 'deploy/app.yaml': app },
      { 'deploy/rbac.yaml': rbac, '.github/aks-cis-gate.yml': config('2020-01-31') },
    );
    const blocked = await run({ workspace: expired, inputs: {} });
    expect(blocked.status).toBe(1);
    expect(blocked.outputs['suppressed']).toBe('0');
    expect(blocked.summary).toContain('expired on 2020-01-31 and no longer applies');
  });

  test('a config file that does not match its schema fails the step and names the file and line', async () => {
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app },
      { '.github/aks-cis-gate.yml': 'level: L1\nfail-on: sometimes\n' },
    );
    const result = await run({ workspace, inputs: {} });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '::error::.github/aks-cis-gate.yml:2: /fail-on must be equal to one of the allowed values',
    );
    expect(github.requests).toEqual([]);
  });

  test('a pull request from a fork gets no comment and no check run, and the gate still decides', async () => {
    const workspace = newAutomatedFailure();
    const result = await run({
      workspace,
      inputs,
      editPayload: (payload) => {
        payload.pull_request.head.repo = { full_name: 'someone/shop', fork: true };
      },
    });

    expect(result.status).toBe(1);
    expect(github.requests.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(result.stdout).toContain('No pull request comment: the pull request comes from a fork');
    expect(result.stdout).toContain(`::error title=cis-kubernetes-v1.12.0 5.1.1`);
    expect(result.stdout).toContain(`file=deploy/rbac.yaml,line=${clusterAdminLine}`);
  });

  test('a read-only token falls back to the job summary and workflow-command annotations', async () => {
    github.mode = 'read-only';
    const workspace = newAutomatedFailure();
    const result = await run({ workspace, inputs });

    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'the token may not write pull request comments (it needs pull-requests: write)',
    );
    expect(result.stdout).toContain(`file=deploy/rbac.yaml,line=${clusterAdminLine}`);
    expect(result.summary).toContain('aks-cis-gate: blocked');
  });

  test('a 502 from the API changes neither verdict', async () => {
    github.mode = 'bad-gateway';
    const blocked = await run({ workspace: newAutomatedFailure(), inputs });
    expect(blocked.status).toBe(1);
    expect(blocked.outputs['passed']).toBe('false');
    expect(blocked.stdout).toContain('the GitHub API failed (HTTP 502');

    const clean = await run({
      workspace: createWorkspace({ 'deploy/app.yaml': app }, { 'deploy/README.md': 'docs only\n' }),
      inputs,
    });
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.outputs['passed']).toBe('true');
  });
});
