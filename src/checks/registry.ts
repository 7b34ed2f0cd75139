import type { Check } from './check.js';
import { clusterChecks } from './cluster/index.js';
import { kubeProxyMetricsCheck } from './kubelet/kube-proxy.js';
import { kubeletChecks } from './kubelet/kubelet-config.js';
import { defaultNamespaceCheck } from './namespaces.js';
import { nodeAuditChecks } from './node-audit/host-facts.js';
import { namespacesWithoutPolicyCheck } from './network-policies.js';
import { nodeOsChecks } from './node-os/index.js';
import { nodePoolChecks } from './node-pools/index.js';
import { podSecurityChecks } from './pod-security.js';
import { admissionMechanismCheck } from './policy-mechanism.js';
import { rbacChecks } from './rbac.js';
import { secretEnvironmentCheck } from './secrets.js';
import { serviceAccountChecks } from './service-accounts.js';

/** The kinds that carry pod templates, as a live scan lists them (src/inputs/live-kubernetes/kinds.ts). */
const workloadKinds = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
];
const rbacKinds = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];

/**
 * Declares the kinds that checks of Kubernetes objects read, so that a live scan the identity may
 * not list them for (403) leaves their rows not evaluated instead of passing on half the cluster.
 */
const reading = (kinds: string[], of: Check[]): Check[] => of.map((check) => ({ reads: kinds, ...check }));

/** Every check. Catalog rows refer to these ids; a meta-test keeps the two in step. */
export const checks: Check[] = [
  ...reading(rbacKinds, rbacChecks),
  ...reading(['ServiceAccount', ...workloadKinds], serviceAccountChecks),
  ...reading(
    ['Namespace', 'ValidatingAdmissionPolicyBinding', 'ConstraintTemplate', 'ClusterPolicy'],
    [admissionMechanismCheck],
  ),
  ...reading(workloadKinds, podSecurityChecks),
  ...reading(['Namespace', 'NetworkPolicy'], [namespacesWithoutPolicyCheck]),
  ...reading(workloadKinds, [secretEnvironmentCheck]),
  ...reading(
    [...workloadKinds, 'ServiceAccount', 'Role', 'RoleBinding', 'NetworkPolicy'],
    [defaultNamespaceCheck],
  ),
  ...clusterChecks,
  ...nodePoolChecks,
  ...nodeOsChecks,
  ...kubeletChecks,
  kubeProxyMetricsCheck,
  ...nodeAuditChecks,
];
