import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import type { Log as SarifLog } from 'sarif';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { expectNoInjectedCommand, hostileName } from '../security/hostile-names.js';
import { createWorkspace, fixture, repositoryRoot } from './action-harness.js';
import { actionSession } from './action-session.js';

const { github, run } = actionSession();

const app = fixture('app.yaml');
const rbac = fixture('rbac.yaml');
const configPath = '.github/aks-cis-gate.yml';

describe('a pull request cannot switch off the gate that judges it', () => {
  test('fail-on: none added by the pull request takes effect after merge, not in its own run', async () => {
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app, [configPath]: 'paths: [deploy]\n' },
      { 'deploy/rbac.yaml': rbac, [configPath]: 'paths: [deploy]\nfail-on: none\nfail-on-error: false\n' },
    );
    const result = await run({ workspace, inputs: {} });

    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    expect(result.stdout).toContain(
      'the pull request changes fail-on: (not set) → none; it takes effect after merge',
    );
    const comment = github.comments[0]?.body ?? '';
    expect(comment).toContain('### Gate settings changed by this pull request');
    expect(comment).toContain('- fail-on: (not set) → none');
    expect(comment).toContain('- fail-on-error: (not set) → false');
    expect(comment).toContain("They take effect after merge: this run uses the base commit's settings.");
  });

  test('paths and benchmarks narrowed by the pull request do not narrow its own scan', async () => {
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app },
      { 'deploy/rbac.yaml': rbac, [configPath]: 'paths: [docs]\nbenchmarks: [cis-azure-linux]\n' },
    );
    const result = await run({ workspace, inputs: {} });
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain('5.1.1');
  });

  test('config-source: head opts into the pull request’s own settings', async () => {
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app },
      { 'deploy/rbac.yaml': rbac, [configPath]: 'fail-on: none\n' },
    );
    const result = await run({ workspace, inputs: { 'config-source': 'head' } });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(github.comments[0]?.body).not.toContain('Gate settings changed');
  });

  test('an ignore the pull request adds applies, and is listed first for review', async () => {
    const ignore = [
      'ignores:',
      '  - rule: "5.1.1"',
      '    reason: break-glass access for the on-call engineer',
      '    paths: [deploy/rbac.yaml]',
    ].join('\n');
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app },
      { 'deploy/rbac.yaml': rbac, [configPath]: ignore },
    );
    const result = await run({ workspace, inputs: {} });

    expect(result.status, result.stdout + result.stderr).toBe(0);
    const comment = github.comments[0]?.body ?? '';
    const section = comment.indexOf('### Suppressions added by this pull request');
    expect(section).toBeGreaterThan(0);
    expect(comment.slice(section)).toMatch(
      /\| cis-kubernetes-v1\.12\.0 5\.1\.1 .*break-glass access for the on-call engineer \|/,
    );
    expect(section).toBeLessThan(comment.indexOf('| Section |') >>> 0);
  });

  test('a suppression annotation the base already had is not listed again', async () => {
    const annotated = rbac.replace(
      'metadata:\n',
      'metadata:\n  annotations:\n    aks-cis-gate/ignore: "5.1.1: break-glass access for the on-call engineer"\n',
    );
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app, 'deploy/rbac.yaml': annotated },
      { 'deploy/app.yaml': `${app}\n` },
    );
    const result = await run({ workspace, inputs: {} });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['suppressed']).not.toBe('0');
    expect(github.comments[0]?.body).not.toContain('Suppressions added by this pull request');
  });
});

describe('hostile file names in the action log', () => {
  test('no workflow command starts in the log, the failure message or the annotations', async () => {
    github.mode = 'read-only';
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app },
      { [`deploy/${hostileName('yaml')}`]: rbac, [`deploy/${hostileName('json')}`]: '{ not json' },
    );
    const result = await run({ workspace, inputs: { paths: 'deploy' } });

    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error');
    expectNoInjectedCommand(result.stdout);
    expectNoInjectedCommand(result.stderr);
  });
});

/** A program the pull request adds: it leaves a mark when anything runs it. */
function plantProgram(directory: string, name: string): { path: string; mark: string } {
  const mark = join(directory, `${name}.ran`);
  const path = join(directory, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `#!/bin/sh\ntouch '${mark}'\n`, { mode: 0o755 });
  return { path, mark };
}

const outsideDirectories: string[] = [];
afterAll(() =>
  outsideDirectories.forEach((directory) => rmSync(directory, { recursive: true, force: true })),
);
const outsideDirectory = (): string => {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-outside-'));
  outsideDirectories.push(directory);
  return directory;
};

describe('executables and credentials come from outside the workspace', () => {
  const bicepWorkspace = () =>
    createWorkspace(
      { 'deploy/app.yaml': app },
      { 'infra/main.bicep': "param location string = 'westeurope'\n" },
    );

  test.each([
    ['the bicep-path input', (path: string) => ({ inputs: { 'bicep-path': path } })],
    ['BICEP_PATH', (path: string) => ({ env: { BICEP_PATH: path } })],
    [
      'BICEP_PATH through a link outside the workspace',
      (path: string) => {
        const link = join(outsideDirectory(), 'bicep');
        symlinkSync(path, link);
        return { env: { BICEP_PATH: link } };
      },
    ],
  ])('a bicep in the workspace named by %s is refused and never run', async (_, how) => {
    const workspace = bicepWorkspace();
    const bicep = plantProgram(workspace.directory, 'tools/bicep');
    const result = await run({ workspace, ...how(bicep.path) });

    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/::error::(bicep-path|BICEP_PATH) ".*" is inside the workspace/);
    expect(existsSync(bicep.mark)).toBe(false);
    expect(github.requests).toEqual([]);
  });

  test('a kubeconfig in the workspace is refused, and its exec plugin never runs', async () => {
    const workspace = createWorkspace({ 'deploy/app.yaml': app }, {});
    const plugin = plantProgram(workspace.directory, 'kube/credential-plugin');
    const kubeconfig = [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{ name: c, cluster: { server: "https://127.0.0.1:1" } }]',
      'users:',
      '  - name: u',
      '    user:',
      '      exec: { apiVersion: client.authentication.k8s.io/v1, command: ' +
        JSON.stringify(plugin.path) +
        ' }',
      'contexts: [{ name: c, context: { cluster: c, user: u } }]',
      'current-context: c',
    ].join('\n');
    writeFileSync(join(workspace.directory, 'kube/config'), kubeconfig);

    const byInput = await run({
      workspace,
      eventName: 'push',
      inputs: { mode: 'live', kubeconfig: 'kube/config' },
    });
    expect(byInput.status).toBe(1);
    expect(byInput.stdout).toContain('::error::kubeconfig "kube/config" is inside the workspace');

    const byVariable = await run({
      workspace,
      eventName: 'push',
      inputs: { mode: 'live' },
      env: { KUBECONFIG: `/nonexistent/config:${join(workspace.directory, 'kube/config')}` },
    });
    expect(byVariable.status).toBe(1);
    expect(byVariable.stdout).toContain('::error::KUBECONFIG "');
    expect(existsSync(plugin.mark)).toBe(false);
  });

  test('a federated token file in the workspace is refused', async () => {
    const workspace = createWorkspace({ 'deploy/app.yaml': app }, { 'token/azure': 'eyJ-not-a-real-token' });
    const result = await run({
      workspace,
      eventName: 'push',
      inputs: {
        mode: 'live',
        'azure-cluster-id':
          '/subscriptions/0/resourceGroups/g/providers/Microsoft.ContainerService/managedClusters/c',
      },
      env: { AZURE_FEDERATED_TOKEN_FILE: join(workspace.directory, 'token/azure') },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::AZURE_FEDERATED_TOKEN_FILE "');
    expect(result.stdout).not.toContain('eyJ-not-a-real-token');
  });

  test('a path in paths: that links to a directory outside the workspace is not walked', async () => {
    const outside = outsideDirectory();
    writeFileSync(join(outside, 'rbac.yaml'), rbac);
    const workspace = createWorkspace({ 'deploy/app.yaml': app }, {});
    symlinkSync(outside, join(workspace.directory, 'linked'));

    const result = await run({ workspace, inputs: { paths: 'deploy\nlinked' } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error::path "linked" is outside the workspace');
    expect(result.stdout).not.toContain('5.1.1');
  });
});

describe('the SARIF log is written inside the workspace', () => {
  test('a sarif-file outside the workspace fails the step before the scan, and nothing is written', async () => {
    const outside = outsideDirectory();
    const workspace = createWorkspace({ 'deploy/app.yaml': app }, {});
    const target = join(outside, 'gate.sarif');

    const result = await run({ workspace, inputs: { 'sarif-file': target } });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`::error::sarif-file "${target}" is outside the workspace`);
    expect(existsSync(target)).toBe(false);
    expect(github.comments).toHaveLength(0);
  });
});

/** A name with a line break, a workflow command, HTML, Markdown, mentions and 100 kB behind them. */
const hostileResourceName = `evil\n::error::pwned\n<img src=x onerror=alert(1)> [x](https://e.example) $x$ @org/team #12 ${'A'.repeat(100_000)}`;
const longRun = 'A'.repeat(1000);

/** An AKS cluster with Kubernetes RBAC off (CIS Kubernetes 1.2.8 fails), named by the pull request. */
const hostileArmTemplate = JSON.stringify(
  {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources: [
      {
        type: 'Microsoft.ContainerService/managedClusters',
        apiVersion: '2025-10-01',
        name: hostileResourceName,
        location: 'westeurope',
        properties: {
          enableRBAC: false,
          agentPoolProfiles: [{ name: hostileResourceName, osSKU: hostileResourceName, count: 1 }],
        },
      },
    ],
  },
  null,
  2,
);

const planFixture = 'cluster.key-vault-secrets-provider/fail-no-add-on/plan.json';

/** A real plan fixture with every `name`, and the cluster's os_sku, set to the hostile text. */
function hostilePlan(): string {
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [
        key,
        key === 'name' || key === 'os_sku' ? hostileResourceName : rename(child),
      ]),
    );
  };
  return JSON.stringify(
    rename(JSON.parse(readFileSync(join(repositoryRoot, 'test/fixtures/terraform', planFixture), 'utf8'))),
  );
}

describe('text from ARM and Terraform files is neutralised in every output', () => {
  test('the log, the comment, the annotations, the summary and the SARIF log', async () => {
    const workspace = createWorkspace(
      { 'deploy/app.yaml': app },
      { 'infra/cluster.json': hostileArmTemplate, 'infra/plan.json': hostilePlan() },
    );
    const result = await run({ workspace, inputs: { 'sarif-file': 'out/gate.sarif' } });
    expect(result.status, result.stdout + result.stderr).toBe(1);

    const log = result.stdout + result.stderr;
    expect(log).toContain('ManagedCluster/evil');
    for (const line of log.split(/\r?\n/))
      expect(line.trimStart().startsWith('::error::pwned'), line).toBe(false);
    expect(log).not.toContain(longRun);

    const comment = github.comments[0]?.body ?? '';
    expect(comment).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const text of [comment, result.summary]) {
      expect(text).not.toContain('<img');
      expect(text).not.toContain('\n::error::pwned');
      expect(text).not.toContain(longRun);
    }

    const checkRun = github.requestsTo('POST', /\/check-runs$/)[0]?.body as {
      output: { annotations: { path: string; title: string; message: string }[] };
    };
    const annotations = checkRun.output.annotations.filter((annotation) =>
      annotation.path.startsWith('infra/'),
    );
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) expect(JSON.stringify(annotation)).not.toContain(longRun);

    const sarif = readFileSync(join(workspace.directory, 'out', 'gate.sarif'), 'utf8');
    const results = (JSON.parse(sarif) as SarifLog).runs[0]?.results ?? [];
    expect(results.some((entry) => entry.message.text?.includes('evil\n::error::pwned'))).toBe(true);
    expect(sarif).not.toContain(longRun);
  });
});
