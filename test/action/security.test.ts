import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { expectNoInjectedCommand, hostileName } from '../security/hostile-names.js';
import { createWorkspace, fixture } from './action-harness.js';
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
