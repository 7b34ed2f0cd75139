import { expect, it } from 'vitest';
import { nodeOsChecks } from '../node-os/index.js';
import { nodePoolChecks } from '../node-pools/index.js';
import { checks } from '../registry.js';
import { clusterChecks } from './index.js';

// The shared vocabulary between the catalogs (rules/*.yaml `checks:`) and these checks.
const agreedIds = [
  'cluster.kms-etcd-encryption',
  'cluster.oidc-issuer',
  'cluster.rbac-enabled',
  'cluster.local-accounts-disabled',
  'cluster.entra-id',
  'cluster.audit-logs',
  'node-pools.pod-pid-limit',
  'node-pools.kubelet-seccomp-default',
  'cluster.network-policy-engine',
  'cluster.key-vault-secrets-provider',
  'cluster.image-integrity',
  'cluster.defender-image-scanning',
  'cluster.managed-identity',
  'cluster.control-plane-access',
  'cluster.private-endpoint',
  'node-pools.private-nodes',
  'cluster.azure-rbac',
  'node-os.ssh-access',
  'node-os.login-banner',
];

it('registers exactly the agreed cluster, node-pool and node-OS check ids', () => {
  const ours = [...clusterChecks, ...nodePoolChecks, ...nodeOsChecks];
  expect(ours.map((check) => check.id).sort()).toEqual([...agreedIds].sort());
  expect(ours.every((check) => checks.includes(check))).toBe(true);
});
