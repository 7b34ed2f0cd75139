import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanReport } from '../src/results/results.js';
import { aksCollections, aksKubeletConfig } from '../test/live/aks-cluster.js';
import type { FakeCollection } from '../test/live/fake-api-server.js';
import { startLiveCluster } from '../test/live/live-cluster.js';
import {
  median,
  megabytes,
  timeProcessAsync,
  type BenchContext,
  type BenchSection,
  type ProcessRun,
} from './harness.js';

/** The targets of issue 5, "Speed": a 5,000-pod cluster, pages of 500. */
const targets = { seconds: 10, peakRssBytes: 500 * 1024 ** 2, pageSize: 500 };

const shape = { namespaces: 50, deployments: 500, replicas: 10, nodes: 20, pools: 2 };

let uid = 0;
const metadata = (name: string, namespace?: string, extra: Record<string, unknown> = {}) => ({
  name,
  ...(namespace === undefined ? {} : { namespace }),
  uid: `b0000000-0000-4000-8000-${String((uid += 1)).padStart(12, '0')}`,
  resourceVersion: String(100_000 + uid),
  creationTimestamp: '2026-11-01T08:00:00Z',
  ...extra,
});

/** A pod spec as a typical service's chart renders it: one app container, a sidecar, probes, env. */
const podSpec = (app: string) => ({
  serviceAccountName: app,
  securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [
    {
      name: 'app',
      image: `contoso.azurecr.io/${app}:2.8.1`,
      ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
      env: [
        { name: 'ASPNETCORE_URLS', value: 'http://+:8080' },
        { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: `${app}-db`, key: 'password' } } },
      ],
      resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
      livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10 },
      readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5 },
      securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
      volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    },
    {
      name: 'log-shipper',
      image: 'mcr.microsoft.com/oss/fluent/fluent-bit:3.1.9',
      resources: { requests: { cpu: '10m', memory: '32Mi' } },
    },
  ],
  volumes: [{ name: 'tmp', emptyDir: {} }],
});

const owner = (kind: string, name: string) => ({
  ownerReferences: [{ apiVersion: 'apps/v1', kind, name, controller: true, uid: 'owner' }],
});

/**
 * A 5,000-pod cluster: 500 Deployments of 10 replicas with their ReplicaSets and Pods in 50
 * namespaces, AKS's DaemonSets on 20 nodes, a ServiceAccount, Role and RoleBinding per app.
 */
function simulatedCluster(): {
  collections: FakeCollection[];
  configz: Record<string, Record<string, unknown>>;
  pods: number;
} {
  const namespaces = Array.from({ length: shape.namespaces }, (_, index) => `team-${index}`);
  const nodes = Array.from({ length: shape.nodes }, (_, index) => {
    const pool = index % shape.pools === 0 ? 'system' : 'user';
    return {
      metadata: metadata(`aks-${pool}-30283719-vmss${String(index).padStart(6, '0')}`, undefined, {
        labels: { 'kubernetes.azure.com/agentpool': pool, 'kubernetes.azure.com/os-sku': 'AzureLinux' },
      }),
      status: { nodeInfo: { kubeletVersion: 'v1.32.4', osImage: 'CBL-Mariner/Linux' } },
    };
  });
  const deployments: object[] = [];
  const replicaSets: object[] = [];
  const pods: object[] = [];
  const serviceAccounts: object[] = [];
  const roles: object[] = [];
  const roleBindings: object[] = [];
  for (let index = 0; index < shape.deployments; index += 1) {
    const namespace = namespaces[index % namespaces.length] as string;
    const app = `service-${index}`;
    const labels = { 'app.kubernetes.io/name': app };
    const spec = podSpec(app);
    deployments.push({
      metadata: metadata(app, namespace, { labels }),
      spec: {
        replicas: shape.replicas,
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec },
      },
    });
    replicaSets.push({
      metadata: metadata(`${app}-7c9f8d6b5`, namespace, { labels, ...owner('Deployment', app) }),
      spec: {
        replicas: shape.replicas,
        selector: { matchLabels: labels },
        template: { metadata: { labels }, spec },
      },
    });
    for (let replica = 0; replica < shape.replicas; replica += 1) {
      pods.push({
        metadata: metadata(`${app}-7c9f8d6b5-${replica}x`, namespace, {
          labels,
          ...owner('ReplicaSet', `${app}-7c9f8d6b5`),
        }),
        spec: { ...spec, nodeName: nodes[(index + replica) % nodes.length]?.metadata.name },
        status: { phase: 'Running', podIP: `10.244.${index % 250}.${replica + 2}` },
      });
    }
    serviceAccounts.push({ metadata: metadata(app, namespace) });
    roles.push({
      metadata: metadata(`${app}-config-reader`, namespace),
      rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] }],
    });
    roleBindings.push({
      metadata: metadata(`${app}-config-reader`, namespace),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: `${app}-config-reader` },
      subjects: [{ kind: 'ServiceAccount', name: app, namespace }],
    });
  }
  // AKS's own DaemonSets run one pod per node.
  const daemonSets =
    aksCollections.find((collection) => collection.path === '/apis/apps/v1/daemonsets')?.items ?? [];
  for (const daemonSet of daemonSets) {
    const name = (daemonSet.metadata as { name: string }).name;
    for (const node of nodes) {
      pods.push({
        metadata: metadata(`${name}-${node.metadata.uid.slice(-5)}`, 'kube-system', owner('DaemonSet', name)),
        spec: {
          ...(daemonSet.spec as { template: { spec: object } }).template.spec,
          nodeName: node.metadata.name,
        },
      });
    }
  }
  const replaced: Record<string, object[]> = {
    '/api/v1/namespaces': [
      ...(aksCollections.find((collection) => collection.path === '/api/v1/namespaces')?.items ?? []),
      ...namespaces.map((name) => ({ metadata: metadata(name) })),
    ],
    '/api/v1/nodes': nodes,
    '/api/v1/pods': pods,
    '/api/v1/serviceaccounts': serviceAccounts,
    '/apis/apps/v1/deployments': deployments,
    '/apis/apps/v1/replicasets': replicaSets,
    '/apis/rbac.authorization.k8s.io/v1/roles': roles,
    '/apis/rbac.authorization.k8s.io/v1/rolebindings': roleBindings,
  };
  const collections = aksCollections.map((collection) => ({
    path: collection.path,
    items: (replaced[collection.path] ?? collection.items) as Record<string, unknown>[],
  }));
  const configz = Object.fromEntries(nodes.map((node) => [node.metadata.name, aksKubeletConfig]));
  return { collections, configz, pods: pods.length };
}

const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

/** `scan --live` of the simulated cluster by the CLI bundle, as a separate process, under /usr/bin/time. */
async function run({ workDirectory, cliBundle, print }: BenchContext): Promise<void> {
  const { collections, configz, pods } = simulatedCluster();
  const objects = collections.reduce((sum, collection) => sum + collection.items.length, 0);
  const cluster = await startLiveCluster({ collections, configz });
  try {
    const output = join(workDirectory, 'live.json');
    // The median of three runs, each measure on its own: the machine may be shared.
    const runs: ProcessRun[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      runs.push(
        await timeProcessAsync(
          process.execPath,
          [
            cliBundle,
            'scan',
            '--live',
            '--kubeconfig',
            cluster.kubeconfig,
            '--page-size',
            String(targets.pageSize),
            '--format',
            'json',
          ],
          output,
          [0, 1],
        ),
      );
    }
    const measured = {
      seconds: median(runs.map((entry) => entry.seconds)),
      cpuSeconds: median(runs.map((entry) => entry.cpuSeconds)),
      peakRssBytes: median(runs.map((entry) => entry.peakRssBytes)),
    };
    const report = JSON.parse(readFileSync(output, 'utf8')) as ScanReport;
    const lists =
      cluster.server.requests.filter((request) => request.query.includes('limit=')).length / runs.length;
    print(
      `Simulated cluster: ${pods} pods, ${objects} objects in all, ${shape.nodes} nodes in ${shape.pools} pools.`,
    );
    print(
      `${lists} list requests per scan, of at most ${targets.pageSize} objects; ${report.benchmarks.length} benchmarks judged; median of ${runs.length} runs.\n`,
    );
    print('| measure | value | target | |');
    print('|---|---:|---:|---|');
    print(
      `| wall time | ${measured.seconds.toFixed(2)} s | ≤ ${targets.seconds} s | ${verdict(measured.seconds <= targets.seconds)} |`,
    );
    print(`| CPU time | ${measured.cpuSeconds.toFixed(2)} s | | |`);
    print(
      `| peak RSS | ${megabytes(measured.peakRssBytes)} | ≤ ${megabytes(targets.peakRssBytes)} | ${verdict(measured.peakRssBytes <= targets.peakRssBytes)} |`,
    );
  } finally {
    await cluster.close();
  }
}

export const liveBench: BenchSection = { name: 'Live scan: a simulated 5,000-pod cluster', run };
