import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startLiveCluster, type LiveCluster } from '../../test/live/live-cluster.js';
import {
  clusterId,
  diagnosticSettingsAnswer,
  managedClusterAnswer,
  startFakeArmServer,
  type FakeArmServer,
} from '../../test/live/fake-arm-server.js';
import type { Finding, RuleResult, ScanReport } from '../results/results.js';
import { defaultNodeAuditImage } from '../inputs/live/live-source.js';
import { parseCliArgs } from './args.js';
import { runCli } from './run.js';

let cluster: LiveCluster | undefined;
let arm: FakeArmServer | undefined;
afterEach(async () => {
  await cluster?.close();
  await arm?.close();
  cluster = undefined;
  arm = undefined;
});

interface Captured {
  status: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], cwd: string, armAccess?: FakeArmServer): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    ...(armAccess === undefined
      ? {}
      : {
          armAccess: {
            tlsCa: armAccess.ca,
            credential: { getToken: async () => ({ token: 'arm', expiresOnTimestamp: Date.now() + 60_000 }) },
          },
        }),
  });
  return { status, stdout, stderr };
}

/** A directory with the given files in it. */
function directoryWith(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-live-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

/** A file that would fail 5.1.1 if a live-only scan read the working directory. */
const workingDirectoryBinding = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: from-the-working-directory
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ apiGroup: rbac.authorization.k8s.io, kind: Group, name: developers }]
`;

const rule = (report: ScanReport, benchmark: string, id: string): RuleResult => {
  const found = report.benchmarks.find((entry) => entry.id === benchmark)?.rules.find((row) => row.id === id);
  if (!found) throw new Error(`no row ${benchmark} ${id}`);
  return found;
};

const findingsOf = (report: ScanReport, check: string): Finding[] =>
  report.benchmarks.flatMap((benchmark) =>
    benchmark.rules.flatMap((row) => row.findings.filter((finding) => finding.check === check)),
  );

const privilegedRule = 'cis-kubernetes-v1.12.0';

describe('scan --live', () => {
  test('reads only the cluster: findings name the live object and its uid, platform findings apart', async () => {
    cluster = await startLiveCluster();
    const cwd = directoryWith({ 'binding.yaml': workingDirectoryBinding });
    const result = await cli(['scan', '--live', '--kubeconfig', cluster.kubeconfig, '--format', 'json'], cwd);
    expect(result.stderr).toContain('live: read 18 objects and 2 node pools');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as ScanReport;
    expect(report.drift).toBeUndefined();
    const privileged = rule(report, privilegedRule, '5.2.2');
    expect(privileged).toMatchObject({ status: 'Fail', decidedBy: 'scan', source: 'live' });
    expect(privileged.findings.map((finding) => [finding.resource, finding.platform ?? false])).toEqual([
      ['Pod/shop/debug-shell', false],
      ['DaemonSet/kube-system/kube-proxy', true],
      ['DaemonSet/kube-system/csi-azuredisk-node', true],
    ]);
    // Located by the object's address on the API server and the field blamed, not by a file and line 1.
    expect(privileged.findings[0]).not.toHaveProperty('file');
    expect(privileged.findings[0]?.location).toEqual({
      kind: 'live',
      api: 'kubernetes',
      cluster: 'aks-prod',
      apiAddress: '/api/v1/namespaces/shop/pods/debug-shell',
      uid: expect.stringMatching(/^00000000-0000-4000-8000-\d{12}$/) as unknown,
      fieldPath: 'spec.containers[0].securityContext.privileged',
    });
    // The working directory's binding was not scanned.
    expect(JSON.stringify(report)).not.toContain('from-the-working-directory');
    // kube-proxy is AKS's: the row keeps Microsoft's Fail and does not block.
    expect(rule(report, privilegedRule, '4.3.1')).toMatchObject({
      status: 'Fail',
      decidedBy: 'platform',
      source: 'platform',
    });
    expect(rule(report, privilegedRule, '4.2.1')).toMatchObject({ status: 'Pass', source: 'live' });
    // The scan only read: every request was a GET, not even a SelfSubjectAccessReview was posted.
    expect(new Set(cluster.server.requests.map((request) => request.method))).toEqual(new Set(['GET']));
    expect(cluster.server.requests.some((request) => request.path.includes('selfsubject'))).toBe(false);
  });

  test('the table lists the source of each row and shows platform findings after the counted ones', async () => {
    cluster = await startLiveCluster();
    const result = await cli(
      ['scan', '--live', '--kubeconfig', cluster.kubeconfig, '--format', 'table', '--verbose'],
      tmpdir(),
    );
    // The table wraps at 100 columns: read it with its line breaks as spaces.
    const row = result.stdout.slice(result.stdout.indexOf('  FAIL 5.2.2 ')).replace(/\s+/g, ' ');
    expect(row).toMatch(
      new RegExp(
        [
          '^ FAIL 5\\.2\\.2 [^\\[]*\\(Manual L1\\) \\[live\\]',
          'aks-prod /api/v1/namespaces/shop/pods/debug-shell \\S+ Pod/shop/debug-shell, uid 0{8}-[^[]*?',
          'aks-prod /apis/apps/v1/namespaces/kube-system/daemonsets/kube-proxy \\S+ DaemonSet/kube-system/kube-proxy, uid [^[]*\\[platform-managed object, not counted\\]',
          'aks-prod /apis/apps/v1/namespaces/kube-system/daemonsets/csi-azuredisk-node \\S+ DaemonSet/kube-system/csi-azuredisk-node, uid [^[]*\\[platform-managed object, not counted\\]',
        ].join(' '),
      ),
    );
  });

  test("--count-platform-workloads counts AKS-managed objects as the user's", async () => {
    cluster = await startLiveCluster();
    const result = await cli(
      [
        'scan',
        '--live',
        '--kubeconfig',
        cluster.kubeconfig,
        '--format',
        'json',
        '--count-platform-workloads',
      ],
      tmpdir(),
    );
    const report = JSON.parse(result.stdout) as ScanReport;
    expect(rule(report, privilegedRule, '5.2.5')).toMatchObject({ status: 'Fail', source: 'live' });
    expect(
      findingsOf(report, 'pod-security.host-network').every((finding) => finding.platform === undefined),
    ).toBe(true);
  });

  test("code and cluster together: the merged table, each row's source, and the drift both ways first", async () => {
    cluster = await startLiveCluster();
    const cwd = directoryWith({
      'storefront.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: storefront
  namespace: shop
spec:
  selector:
    matchLabels: { app: storefront }
  template:
    metadata:
      labels: { app: storefront }
    spec:
      hostNetwork: true
      containers:
        - name: web
          image: contoso.azurecr.io/storefront:1.4.2
`,
    });
    const json = await cli(
      ['scan', '.', '--live', '--kubeconfig', cluster.kubeconfig, '--format', 'json'],
      cwd,
    );
    const report = JSON.parse(json.stdout) as ScanReport;
    expect(report.drift).toEqual([
      { benchmark: privilegedRule, id: '5.2.2', title: expect.any(String), code: 'Pass', live: 'Fail' },
      { benchmark: privilegedRule, id: '5.2.5', title: expect.any(String), code: 'Fail', live: 'Pass' },
      { benchmark: 'cis-aks-v1.8', id: '4.2.1', title: expect.any(String), code: 'Pass', live: 'Fail' },
      { benchmark: 'cis-aks-v1.8', id: '4.2.4', title: expect.any(String), code: 'Fail', live: 'Pass' },
    ]);
    expect(rule(report, privilegedRule, '5.2.2')).toMatchObject({ status: 'Fail', source: 'live' });
    expect(rule(report, privilegedRule, '5.2.5')).toMatchObject({ status: 'Fail', source: 'code' });
    expect(rule(report, privilegedRule, '5.2.6')).toMatchObject({ status: 'Fail', source: 'code+live' });
    expect(rule(report, privilegedRule, '5.2.5').findings[0]).toMatchObject({
      file: 'storefront.yaml',
      line: 13,
      resource: 'Deployment/shop/storefront',
    });

    const markdown = await cli(['scan', '.', '--live', '--kubeconfig', cluster.kubeconfig], cwd);
    const drift = markdown.stdout.indexOf('## Drift');
    expect(drift).toBeGreaterThan(0);
    expect(drift).toBeLessThan(markdown.stdout.indexOf('## CIS Kubernetes'));
    expect(markdown.stdout).toContain(`| ${privilegedRule} | 5.2.2 |`);
    expect(markdown.stdout).toContain("| Status | Microsoft's AKS status | Reason | Source |");
    expect(markdown.stdout).toMatch(/\| 5\.2\.6 \|.*\| code\+live \|/);

    const table = await cli(
      ['scan', '.', '--live', '--kubeconfig', cluster.kubeconfig, '--format', 'table'],
      cwd,
    );
    expect(table.stdout.startsWith('Drift between the code and the cluster\n')).toBe(true);
    expect(table.stdout).toContain(`DRIFT ${privilegedRule} 5.2.5 `);
  });

  test('a 403 on one kind: the rules that read it are not evaluated, the rest are judged', async () => {
    cluster = await startLiveCluster({ forbidden: ['/api/v1/pods'] });
    const result = await cli(
      ['scan', '--live', '--kubeconfig', cluster.kubeconfig, '--format', 'json'],
      tmpdir(),
    );
    expect(result.stderr).toContain('may not list Pod (403)');
    const report = JSON.parse(result.stdout) as ScanReport;
    expect(rule(report, privilegedRule, '5.2.2')).toMatchObject({ decidedBy: 'none' });
    expect(rule(report, privilegedRule, '5.2.2').reason).toMatch(
      /^Not evaluated: cannot read Pod: forbidden: list v1 Pod\./,
    );
    expect(rule(report, privilegedRule, '5.1.1')).toMatchObject({ status: 'Fail', decidedBy: 'scan' });
    expect(rule(report, privilegedRule, '4.2.1')).toMatchObject({ status: 'Pass', decidedBy: 'scan' });
    expect(result.status).toBe(1);
  });

  test.each([
    [
      'refused credentials (401)',
      { token: 'another-token' },
      [],
      /401 Unauthorized from https:\/\/127\.0\.0\.1:\d+/,
    ],
    [
      'a server slower than --request-timeout',
      { delayMs: 1_500 },
      ['--request-timeout', '1'],
      /no answer from .* in time/,
    ],
  ])('%s: exit 2, the reason on stderr, no report', async (_name, options, flags, message) => {
    cluster = await startLiveCluster(options);
    const result = await cli(['scan', '--live', '--kubeconfig', cluster.kubeconfig, ...flags], tmpdir());
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(message);
  });

  test('an unreachable server: exit 2, no report', async () => {
    cluster = await startLiveCluster();
    await cluster.server.close();
    const result = await cli(['scan', '--live', '--kubeconfig', cluster.kubeconfig], tmpdir());
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(/aks-cis-gate: GET \/version: cannot reach https:\/\/127\.0\.0\.1:\d+/);
  });

  test('--azure-cluster-id also reads the managed cluster from ARM, with GET requests only', async () => {
    cluster = await startLiveCluster();
    arm = await startFakeArmServer({
      token: 'arm',
      answers: {
        [clusterId]: managedClusterAnswer,
        [`${clusterId}/providers/Microsoft.Insights/diagnosticSettings`]: diagnosticSettingsAnswer,
      },
    });
    const result = await cli(
      [
        'scan',
        '--live',
        '--kubeconfig',
        cluster.kubeconfig,
        '--azure-cluster-id',
        clusterId,
        '--arm-endpoint',
        arm.url,
        '--format',
        'json',
      ],
      tmpdir(),
      arm,
    );
    expect(result.stderr).not.toContain('error');
    const report = JSON.parse(result.stdout) as ScanReport;
    expect(findingsOf(report, 'cluster.local-accounts-disabled')[0]).toMatchObject({
      location: {
        kind: 'live',
        api: 'azure-resource-manager',
        cluster: 'aks-prod',
        apiAddress: clusterId,
        fieldPath: 'properties.disableLocalAccounts',
      },
      resource: 'ManagedCluster/aks-prod',
    });
    expect(arm.requests.map((request) => request.method)).toEqual(['GET', 'GET']);
    expect(new Set(cluster.server.requests.map((request) => request.method))).toEqual(new Set(['GET']));
  });

  test.each([
    [['scan', '--kubeconfig', 'k'], '--kubeconfig need --live'],
    [
      ['scan', '--count-platform-workloads', '--node-audit'],
      '--count-platform-workloads, --node-audit need --live',
    ],
    [['scan', '--live', '--node-audit-image', 'x'], '--node-audit-image need --node-audit'],
    [['scan', '--live', '--page-size', '0'], '--page-size must be a positive whole number (got "0")'],
  ])('%j is a usage error', async (argv, message) => {
    const result = await cli(argv, tmpdir());
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toContain(message);
  });
});

test('live options: defaults, and the node audit only when asked for', () => {
  expect(parseCliArgs(['scan', '--live'], false)).toMatchObject({
    ok: true,
    command: {
      paths: [],
      live: { requestTimeoutSeconds: 30, pageSize: 500, countPlatformWorkloads: false, nodeAudit: undefined },
    },
  });
  expect(
    parseCliArgs(
      ['scan', 'deploy', '--live', '--node-audit', '--request-timeout', '5', '--context', 'prod'],
      false,
    ),
  ).toMatchObject({
    ok: true,
    command: {
      paths: ['deploy'],
      live: {
        context: 'prod',
        requestTimeoutSeconds: 5,
        nodeAudit: { image: defaultNodeAuditImage, namespace: 'aks-cis-gate' },
      },
    },
  });
  expect(parseCliArgs(['scan'], false)).toMatchObject({ ok: true, command: { live: undefined } });
});
