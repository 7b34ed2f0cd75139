/**
 * Rows only a node's host can show, decided from the opt-in node audit (--node-audit): file modes
 * and owners (CIS Kubernetes 4.1.x; CIS Azure Linux 6.1.x / 7.1.x, /etc/motd, sshd_config), the
 * uncommon filesystem modules (Azure Linux 1.1.1.x) and ASLR. Each check is one row of `hostFacts`.
 */
import { referenceTo } from '../../model/cluster.js';
import type { NodeAuditRecord } from '../../model/node-audit.js';
import type { Check, CheckResult, FindingDraft, Undecided } from '../check.js';

type FileRecord = Extract<NodeAuditRecord, { kind: 'file' }>;

/** One problem on a host; `key` names what is wrong (not its value), so fingerprints stay put. */
interface Problem {
  key: string;
  message: string;
}

interface HostFact {
  id: string;
  description: string;
  /** Returns the problems this pool's audit shows, or undefined when the audit says nothing about it. */
  judge(records: NodeAuditRecord[]): Problem[] | undefined;
}

const octal = (mode: number) => mode.toString(8).padStart(3, '0');

/** The first of `paths` that exists on the host (AKS has moved some files between releases). */
function fileAmong(records: NodeAuditRecord[], paths: string[]): FileRecord | undefined {
  const files = records.filter(
    (record): record is FileRecord => record.kind === 'file' && paths.includes(record.path),
  );
  return files.find((file) => file.exists) ?? files[0];
}

/** A file's mode must grant nothing beyond `maxMode`; a missing optional file is compliant. */
function permissions(id: string, paths: string[], maxMode: number): HostFact {
  return {
    id,
    description: `${paths[0]} must be mode ${octal(maxMode)} or more restrictive.`,
    judge(records) {
      const file = fileAmong(records, paths);
      if (!file) return undefined;
      if (!file.exists || file.mode === undefined) return [];
      return (file.mode & ~maxMode) === 0
        ? []
        : [
            {
              key: 'mode',
              message: `${file.path} is mode ${octal(file.mode)}, more open than ${octal(maxMode)}`,
            },
          ];
    },
  };
}

function ownership(id: string, paths: string[]): HostFact {
  return {
    id,
    description: `${paths[0]} must be owned by root:root.`,
    judge(records) {
      const file = fileAmong(records, paths);
      if (!file) return undefined;
      if (!file.exists) return [];
      return file.uid === 0 && file.gid === 0
        ? []
        : [
            {
              key: 'owner',
              message: `${file.path} is owned by ${file.uid}:${file.gid}, not root:root (0:0)`,
            },
          ];
    },
  };
}

function moduleUnavailable(name: string): HostFact {
  return {
    id: `node-audit.module-${name}`,
    description: `The ${name} kernel module must be neither loaded nor loadable.`,
    judge(records) {
      const module = records.find((record) => record.kind === 'module' && record.name === name);
      if (!module || module.kind !== 'module') return undefined;
      return [
        ...(module.loaded ? [{ key: 'loaded', message: `kernel module ${name} is loaded` }] : []),
        ...(module.disabled
          ? []
          : [
              {
                key: 'loadable',
                message: `kernel module ${name} is not disabled in modprobe.d (install ${name} /bin/false)`,
              },
            ]),
      ];
    },
  };
}

const kubeletService = ['/etc/systemd/system/kubelet.service'];
const proxyKubeconfig = ['/var/lib/kube-proxy/kubeconfig'];
const kubeletKubeconfig = ['/var/lib/kubelet/kubeconfig'];
const clientCa = ['/etc/kubernetes/certs/ca.crt'];
const kubeletConfig = ['/var/lib/kubelet/config.yaml', '/etc/default/kubeletconfig.json'];

export const hostFacts: HostFact[] = [
  permissions('node-audit.kubelet-service-permissions', kubeletService, 0o600),
  ownership('node-audit.kubelet-service-ownership', kubeletService),
  permissions('node-audit.proxy-kubeconfig-permissions', proxyKubeconfig, 0o600),
  ownership('node-audit.proxy-kubeconfig-ownership', proxyKubeconfig),
  permissions('node-audit.kubelet-kubeconfig-permissions', kubeletKubeconfig, 0o600),
  ownership('node-audit.kubelet-kubeconfig-ownership', kubeletKubeconfig),
  permissions('node-audit.client-ca-permissions', clientCa, 0o600),
  ownership('node-audit.client-ca-ownership', clientCa),
  permissions('node-audit.kubelet-config-permissions', kubeletConfig, 0o600),
  ownership('node-audit.kubelet-config-ownership', kubeletConfig),
  permissions('node-audit.passwd-permissions', ['/etc/passwd'], 0o644),
  permissions('node-audit.passwd-backup-permissions', ['/etc/passwd-'], 0o644),
  permissions('node-audit.group-permissions', ['/etc/group'], 0o644),
  permissions('node-audit.group-backup-permissions', ['/etc/group-'], 0o644),
  // Azure Linux follows the RHEL family: shadow files grant no permission bits at all.
  permissions('node-audit.shadow-permissions', ['/etc/shadow'], 0o000),
  permissions('node-audit.shadow-backup-permissions', ['/etc/shadow-'], 0o000),
  permissions('node-audit.gshadow-permissions', ['/etc/gshadow'], 0o000),
  permissions('node-audit.gshadow-backup-permissions', ['/etc/gshadow-'], 0o000),
  permissions('node-audit.motd-permissions', ['/etc/motd'], 0o644),
  permissions('node-audit.issue-permissions', ['/etc/issue'], 0o644),
  permissions('node-audit.issue-net-permissions', ['/etc/issue.net'], 0o644),
  permissions('node-audit.sshd-config-permissions', ['/etc/ssh/sshd_config'], 0o600),
  ...['cramfs', 'freevxfs', 'hfs', 'hfsplus', 'jffs2'].map(moduleUnavailable),
  {
    id: 'node-audit.aslr',
    description: 'Address space layout randomization must be fully enabled (kernel.randomize_va_space = 2).',
    judge(records) {
      const sysctl = records.find(
        (record) => record.kind === 'sysctl' && record.name === 'kernel.randomize_va_space',
      );
      if (!sysctl || sysctl.kind !== 'sysctl') return undefined;
      return sysctl.value === '2'
        ? []
        : [{ key: 'value', message: `kernel.randomize_va_space is ${sysctl.value ?? 'unreadable'}, not 2` }];
    },
  },
];

function hostFactCheck(fact: HostFact): Check {
  return {
    id: fact.id,
    description: fact.description,
    run(model): CheckResult {
      const findings: FindingDraft[] = [];
      const undecided: Undecided[] = [];
      let applicable = 0;
      for (const cluster of model.clusters) {
        for (const pool of cluster.nodePools) {
          const resource = `NodePool/${cluster.name}/${pool.name}`;
          if (pool.nodeAudit?.failure) {
            undecided.push({
              reason: `node audit of pool '${pool.name}' failed: ${pool.nodeAudit.failure}`,
              resource,
            });
            continue;
          }
          const records = pool.nodeAudit?.records;
          const problems = records && fact.judge(records);
          if (problems === undefined) continue;
          applicable += 1;
          for (const problem of problems) {
            findings.push({
              resource,
              ...referenceTo(cluster),
              location: pool.location,
              message: `Node ${pool.nodeAudit?.node} (pool '${pool.name}'): ${problem.message}.`,
              key: `${fact.id}:${problem.key}`,
            });
          }
        }
      }
      return {
        findings,
        applicable,
        undecided,
        ...(applicable === 0
          ? { notApplicableReason: 'no node audit results (a live scan with --node-audit reads them)' }
          : {}),
      };
    },
  };
}

export const nodeAuditChecks: Check[] = hostFacts.map(hostFactCheck);
