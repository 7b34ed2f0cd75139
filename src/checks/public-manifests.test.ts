import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Check } from './check.js';
import { findingsOf, manifestModel, pickCheck, runCheck } from '../../test/support/check-testing.js';
import { namespacesWithoutPolicyCheck } from './network-policies.js';
import { defaultNamespaceCheck } from './namespaces.js';
import { podSecurityChecks } from './pod-security.js';
import { rbacChecks } from './rbac.js';
import { secretEnvironmentCheck } from './secrets.js';
import { serviceAccountChecks } from './service-accounts.js';

/** Real public manifests (see fixtures/public/README.md) and the verdicts we work out from them by hand. */

const all: Check[] = [
  ...podSecurityChecks,
  ...rbacChecks,
  ...serviceAccountChecks,
  secretEnvironmentCheck,
  namespacesWithoutPolicyCheck,
  defaultNamespaceCheck,
];

const check = (id: string): Check => pickCheck(all, id);

function load(...names: string[]) {
  return manifestModel(
    Object.fromEntries(
      names.map((name) => [name, readFileSync(new URL(`fixtures/public/${name}`, import.meta.url), 'utf8')]),
    ),
  );
}

const where = (id: string, model: ReturnType<typeof load>) =>
  findingsOf(check(id), model).map((finding) => [finding.line, finding.resource, finding.container ?? '']);

describe('calico-etcd.yaml (Helm output)', () => {
  const calico = load('calico-etcd.yaml');

  it('finds the three privileged calico-node containers', () => {
    expect(where('pod-security.privileged', calico)).toEqual([
      [409, 'DaemonSet/kube-system/calico-node', 'install-cni'],
      [435, 'DaemonSet/kube-system/calico-node', 'ebpf-bootstrap'],
      [534, 'DaemonSet/kube-system/calico-node', 'calico-node'],
    ]);
  });

  it('names the Helm template each finding came from', () => {
    const [first] = runCheck(check('pod-security.privileged'), calico).findings;
    expect(first?.location).toEqual({
      file: 'calico-etcd.yaml',
      line: 409,
      column: 13,
      template: 'calico/templates/calico-node.yaml',
    });
  });

  it('finds both pods on the host network', () => {
    expect(where('pod-security.host-network', calico)).toEqual([
      [346, 'DaemonSet/kube-system/calico-node', ''],
      [705, 'Deployment/kube-system/calico-kube-controllers', ''],
    ]);
  });

  it('accepts the pod-level RuntimeDefault profile, except where privileged containers void it', () => {
    expect(where('pod-security.seccomp', calico)).toEqual([
      [409, 'DaemonSet/kube-system/calico-node', 'install-cni'],
      [435, 'DaemonSet/kube-system/calico-node', 'ebpf-bootstrap'],
      [534, 'DaemonSet/kube-system/calico-node', 'calico-node'],
    ]);
  });

  it('lets calico-kube-controllers pass the root check on runAsNonRoot', () => {
    const resources = new Set(where('pod-security.root-containers', calico).map(([, resource]) => resource));
    expect([...resources]).toEqual(['DaemonSet/kube-system/calico-node']);
  });

  it('finds the token-creating rule, limited by resourceNames', () => {
    expect(findingsOf(check('rbac.serviceaccount-token-create'), calico)).toEqual([
      {
        line: 188,
        resource: 'ClusterRole/calico-node',
        message: expect.stringContaining('limited to resourceNames [calico-cni-plugin]'),
      },
    ]);
  });

  it('keeps everything out of the default namespace, in kube-system without a NetworkPolicy', () => {
    expect(where('namespaces.default-namespace', calico)).toEqual([]);
    expect(findingsOf(check('network.namespaces-without-policy'), calico)).toEqual([
      expect.objectContaining({ resource: 'Namespace/kube-system', line: 5 }),
    ]);
  });
});

describe('secrets-store-csi-driver deploy/', () => {
  const driver = load(
    'secrets-store-csi-driver.yaml',
    'rbac-secretproviderclass.yaml',
    'rbac-secretprovidersyncing.yaml',
  );

  it('finds cluster-wide secrets access in the syncing role', () => {
    expect(findingsOf(check('rbac.secrets-access'), driver)).toEqual([
      {
        line: 6,
        resource: 'ClusterRole/secretprovidersyncing-role',
        message: expect.stringContaining('grants get/list/watch on secrets'),
      },
    ]);
  });

  it('finds the privileged secrets-store container and the five hostPath volumes', () => {
    expect(where('pod-security.privileged', driver)).toEqual([
      [60, 'DaemonSet/kube-system/csi-secrets-store', 'secrets-store'],
    ]);
    expect(where('pod-security.host-path', driver).map(([line]) => line)).toEqual([112, 116, 120, 124, 128]);
  });

  it("resolves the DaemonSet's ServiceAccount from another file", () => {
    expect(findingsOf(check('service-accounts.token-automount'), driver)).toEqual([
      expect.objectContaining({
        line: 1,
        resource: 'DaemonSet/kube-system/csi-secrets-store',
        message: expect.stringContaining('ServiceAccount (rbac-secretproviderclass.yaml:1)'),
      }),
    ]);
  });
});

describe('aks-store-all-in-one.yaml (no namespaces, no security context)', () => {
  const store = load('aks-store-all-in-one.yaml');

  it('reads Secrets into the environment of rabbitmq and order-service', () => {
    expect(where('secrets.environment-variables', store)).toEqual([
      [102, 'StatefulSet/default/rabbitmq', 'rabbitmq'],
      [188, 'Deployment/default/order-service', 'order-service'],
    ]);
  });

  it('runs all nine workloads as the default service account', () => {
    expect(where('service-accounts.default-used', store)).toHaveLength(9);
  });

  it('places every namespaced object in default', () => {
    const resources = where('namespaces.default-namespace', store).map(([, resource]) => resource);
    expect(resources).toContain('Secret/default/rabbitmq-secrets');
    expect(resources.every((resource) => String(resource).includes('/default/'))).toBe(true);
  });
});

describe('provider-azure-installer.yaml', () => {
  const provider = load('provider-azure-installer.yaml');

  it('runs as root despite dropping every capability', () => {
    expect(where('pod-security.root-containers', provider)).toEqual([
      [57, 'DaemonSet/default/csi-secrets-store-provider-azure', 'provider-azure-installer'],
    ]);
    expect(where('pod-security.capabilities-not-dropped', provider)).toEqual([]);
    expect(where('pod-security.net-raw', provider)).toEqual([]);
    expect(where('pod-security.allow-privilege-escalation', provider)).toEqual([]);
  });

  it('has no seccomp profile', () => {
    expect(where('pod-security.seccomp', provider)).toEqual([
      [26, 'DaemonSet/default/csi-secrets-store-provider-azure', 'provider-azure-installer'],
    ]);
  });
});
