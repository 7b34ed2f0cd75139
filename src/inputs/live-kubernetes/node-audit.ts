import type { NodeAudit, NodeAuditRecord } from '../../model/node-audit.js';
import { fatalError, type LiveConnection } from './connection.js';

/**
 * The opt-in node audit (--node-audit): one short-lived Job per node pool, pinned to one node,
 * mounting the host read-only, that reports file modes and owners, kernel-module and sysctl state
 * through its log. It is the only part of aks-cis-gate that writes to a cluster (create and
 * delete of its own Jobs), so it is off by default.
 */

export interface NodeAuditOptions {
  namespace: string;
  image: string;
  /** How long one pool's Job may take before it is given up (and still deleted). */
  timeoutMs: number;
  pollIntervalMs: number;
  /** Where SIGINT and SIGTERM arrive (tests give their own), and how the process then stops. */
  stopSignals?: StopSignals;
}

export interface StopSignals {
  once(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  /** Ends the process as the signal would have. */
  stop(signal: NodeJS.Signals): void;
}

const processSignals: StopSignals = {
  once: (signal, listener) => process.once(signal, listener),
  off: (signal, listener) => process.off(signal, listener),
  stop: (signal) => process.kill(process.pid, signal),
};

const marker = 'AKS-CIS-GATE ';

/** Host files the benchmarks judge (CIS Kubernetes 4.1.x as AKS lays them out, Azure Linux 6.1.x / 7.1.x, banners, sshd_config). */
export const auditedFiles = [
  '/etc/systemd/system/kubelet.service',
  '/var/lib/kubelet/kubeconfig',
  '/var/lib/kube-proxy/kubeconfig',
  '/etc/kubernetes/certs/ca.crt',
  '/var/lib/kubelet/config.yaml',
  '/etc/default/kubeletconfig.json',
  '/etc/passwd',
  '/etc/passwd-',
  '/etc/group',
  '/etc/group-',
  '/etc/shadow',
  '/etc/shadow-',
  '/etc/gshadow',
  '/etc/gshadow-',
  '/etc/motd',
  '/etc/issue',
  '/etc/issue.net',
  '/etc/ssh/sshd_config',
];

/**
 * What the Job mounts, each read-only at /host<path>: the directories that hold the audited
 * files and the module settings, and the kernel's module list. Never the host's root.
 */
export const auditedHostPaths = [
  { path: '/etc', type: 'Directory' },
  { path: '/var/lib/kubelet', type: 'Directory' },
  { path: '/var/lib/kube-proxy', type: 'Directory' },
  { path: '/usr/lib/modprobe.d', type: 'Directory' },
  { path: '/proc/modules', type: 'File' },
] as const;

export const auditedModules = ['cramfs', 'freevxfs', 'hfs', 'hfsplus', 'jffs2'];
export const auditedSysctls = ['kernel.randomize_va_space'];

/**
 * The audit script: only constants from this file go into it, never scanned content. It needs no
 * privilege: stat needs search permission on directories only, and /proc/modules and the sysctls
 * it reads are world-readable.
 */
export function nodeAuditScript(hostRoot = '/host'): string {
  const files = auditedFiles.join(' ');
  const modules = auditedModules.join(' ');
  const sysctls = auditedSysctls.map((name) => name.replaceAll('.', '/')).join(' ');
  return [
    `emit() { echo "${marker}$1"; }`,
    `for f in ${files}; do`,
    `  if [ -e "${hostRoot}$f" ]; then emit "$(stat -c "{\\"kind\\":\\"file\\",\\"path\\":\\"$f\\",\\"exists\\":true,\\"mode\\":\\"%a\\",\\"uid\\":%u,\\"gid\\":%g}" "${hostRoot}$f")";`,
    `  else emit "{\\"kind\\":\\"file\\",\\"path\\":\\"$f\\",\\"exists\\":false}"; fi`,
    'done',
    `for m in ${modules}; do`,
    `  loaded=false; grep -q "^$m " ${hostRoot}/proc/modules 2>/dev/null && loaded=true`,
    `  disabled=false; cat ${hostRoot}/etc/modprobe.d/*.conf ${hostRoot}/usr/lib/modprobe.d/*.conf 2>/dev/null | grep -Eq "^[[:space:]]*(install[[:space:]]+$m[[:space:]]+/bin/(true|false)|blacklist[[:space:]]+$m)" && disabled=true`,
    '  emit "{\\"kind\\":\\"module\\",\\"name\\":\\"$m\\",\\"loaded\\":$loaded,\\"disabled\\":$disabled}"',
    'done',
    `for s in ${sysctls}; do`,
    '  v=$(cat "/proc/sys/$s" 2>/dev/null | tr -cd "0-9a-zA-Z ._-")',
    '  emit "{\\"kind\\":\\"sysctl\\",\\"name\\":\\"$(echo "$s" | tr / .)\\",\\"value\\":\\"$v\\"}"',
    'done',
    `emit '{"kind":"done"}'`,
  ].join('\n');
}

/** The Job for one pool: read-only, unprivileged, pinned to `node`, cleaned up by TTL as a safety net. */
export function nodeAuditJob(
  pool: string,
  node: string,
  runId: string,
  options: NodeAuditOptions,
): Record<string, unknown> {
  const name = `aks-cis-gate-audit-${pool}-${runId}`
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 63);
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name,
      namespace: options.namespace,
      labels: { 'app.kubernetes.io/name': 'aks-cis-gate-node-audit', 'aks-cis-gate/run': runId },
    },
    spec: {
      backoffLimit: 0,
      activeDeadlineSeconds: Math.ceil(options.timeoutMs / 1000),
      ttlSecondsAfterFinished: 300,
      template: {
        metadata: {
          labels: { 'app.kubernetes.io/name': 'aks-cis-gate-node-audit', 'aks-cis-gate/run': runId },
        },
        spec: {
          nodeName: node,
          restartPolicy: 'Never',
          automountServiceAccountToken: false,
          // System pools carry the CriticalAddonsOnly taint; the audit must reach every pool.
          tolerations: [{ operator: 'Exists' }],
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 65534,
            runAsGroup: 65534,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: 'audit',
              image: options.image,
              command: ['/bin/sh', '-c', nodeAuditScript()],
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              resources: {
                requests: { cpu: '10m', memory: '16Mi' },
                limits: { cpu: '100m', memory: '64Mi' },
              },
              volumeMounts: auditedHostPaths.map(({ path }, index) => ({
                name: `host-${index}`,
                mountPath: `/host${path}`,
                readOnly: true,
              })),
            },
          ],
          volumes: auditedHostPaths.map(({ path, type }, index) => ({
            name: `host-${index}`,
            hostPath: { path, type },
          })),
        },
      },
    },
  };
}

/** Reads the audit's records from its log; anything else the log holds is ignored. */
export function parseNodeAuditLog(log: string): { records: NodeAuditRecord[]; complete: boolean } {
  const records: NodeAuditRecord[] = [];
  let complete = false;
  for (const line of log.split('\n')) {
    if (!line.startsWith(marker)) continue;
    let value: unknown;
    try {
      value = JSON.parse(line.slice(marker.length));
    } catch {
      continue;
    }
    const record = toRecord(value);
    if (record === 'done') complete = true;
    else if (record) records.push(record);
  }
  return { records, complete };
}

function toRecord(value: unknown): NodeAuditRecord | 'done' | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const entry = value as Record<string, unknown>;
  if (entry.kind === 'done') return 'done';
  if (entry.kind === 'file' && typeof entry.path === 'string' && typeof entry.exists === 'boolean') {
    if (!entry.exists) return { kind: 'file', path: entry.path, exists: false };
    const mode = typeof entry.mode === 'string' ? Number.parseInt(entry.mode, 8) : Number.NaN;
    if (Number.isNaN(mode) || typeof entry.uid !== 'number' || typeof entry.gid !== 'number')
      return undefined;
    return { kind: 'file', path: entry.path, exists: true, mode, uid: entry.uid, gid: entry.gid };
  }
  if (entry.kind === 'module' && typeof entry.name === 'string') {
    return {
      kind: 'module',
      name: entry.name,
      loaded: entry.loaded === true,
      disabled: entry.disabled === true,
    };
  }
  if (entry.kind === 'sysctl' && typeof entry.name === 'string') {
    return {
      kind: 'sysctl',
      name: entry.name,
      ...(typeof entry.value === 'string' && entry.value !== '' ? { value: entry.value } : {}),
    };
  }
  return undefined;
}

export interface PoolToAudit {
  pool: string;
  node: string;
}

/**
 * Runs the audit Job on each pool in turn and always deletes it, also on failure or timeout.
 * Returns the audits that completed and a reason for each pool that did not.
 */
export async function runNodeAudit(
  connection: LiveConnection,
  pools: PoolToAudit[],
  options: NodeAuditOptions,
  runId: string,
): Promise<{ audits: Map<string, NodeAudit>; failures: Map<string, string> }> {
  const batch = connection.kubeConfig.makeApiClient(connection.client.BatchV1Api);
  const core = connection.kubeConfig.makeApiClient(connection.client.CoreV1Api);
  const audits = new Map<string, NodeAudit>();
  const failures = new Map<string, string>();
  const signals = options.stopSignals ?? processSignals;
  for (const { pool, node } of pools) {
    const job = nodeAuditJob(pool, node, runId, options);
    const name = (job.metadata as { name: string }).name;
    const deleteJob = () =>
      batch.deleteNamespacedJob(
        { name, namespace: options.namespace, propagationPolicy: 'Background' },
        connection.requestOptions,
      );
    // Ctrl-C or a cancelled workflow: the Job is deleted before the process ends, not left to its TTL.
    const onStop = (signal: NodeJS.Signals) => {
      void deleteJob()
        .catch(() => undefined)
        .finally(() => signals.stop(signal));
    };
    signals.once('SIGINT', onStop);
    signals.once('SIGTERM', onStop);
    try {
      await batch.createNamespacedJob({ namespace: options.namespace, body: job }, connection.requestOptions);
      const log = await waitForLog(core, connection, name, options);
      const parsed = parseNodeAuditLog(log);
      if (parsed.complete) audits.set(pool, { node, records: parsed.records });
      else failures.set(pool, `the audit Job on ${node} ended without reporting every result`);
    } catch (error) {
      failures.set(pool, error instanceof Error ? error.message : String(error));
    } finally {
      signals.off('SIGINT', onStop);
      signals.off('SIGTERM', onStop);
      await deleteJob().catch((error: unknown) => {
        const deletion = `could not delete Job ${name}: ${fatalError(error, 'delete', connection.server).message}`;
        const earlier = failures.get(pool);
        failures.set(pool, earlier ? `${earlier}; ${deletion}` : deletion);
      });
    }
  }
  return { audits, failures };
}

async function waitForLog(
  core: InstanceType<LiveConnection['client']['CoreV1Api']>,
  connection: LiveConnection,
  jobName: string,
  options: NodeAuditOptions,
): Promise<string> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    const pods = await core.listNamespacedPod(
      { namespace: options.namespace, labelSelector: `job-name=${jobName}` },
      connection.requestOptions,
    );
    const pod = pods.items[0];
    const phase = pod?.status?.phase;
    if (pod?.metadata?.name && (phase === 'Succeeded' || phase === 'Failed')) {
      return core.readNamespacedPodLog(
        { name: pod.metadata.name, namespace: options.namespace },
        connection.requestOptions,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollIntervalMs));
  }
  throw new Error(`the audit Job ${jobName} did not finish within ${Math.round(options.timeoutMs / 1000)} s`);
}
