import type { FakeCollection } from './fake-api-server.js';

/**
 * A small but realistic AKS cluster as its API server lists it: AKS's own kube-system
 * DaemonSets and default RBAC next to a user's `shop` namespace with deliberate problems.
 */
let uidCounter = 0;
const meta = (name: string, namespace?: string, extra: Record<string, unknown> = {}) => ({
  name,
  ...(namespace ? { namespace } : {}),
  uid: `00000000-0000-4000-8000-${String((uidCounter += 1)).padStart(12, '0')}`,
  creationTimestamp: '2026-11-01T08:00:00Z',
  ...extra,
});

const podSpec = (containers: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  template: { metadata: { labels: { app: 'x' } }, spec: { containers, ...extra } },
  selector: { matchLabels: { app: 'x' } },
});

export const systemNode = 'aks-system-30283719-vmss000000';
export const userNode = 'aks-user-30283719-vmss000000';

const node = (name: string, pool: string, mode: string, osSku: string) => ({
  metadata: meta(name, undefined, {
    labels: {
      'kubernetes.azure.com/agentpool': pool,
      'kubernetes.azure.com/mode': mode,
      'kubernetes.azure.com/os-sku': osSku,
      'kubernetes.io/os': 'linux',
      'kubernetes.azure.com/cluster': 'MC_rg-prod_aks-prod_westeurope',
    },
  }),
  status: {
    nodeInfo: {
      kubeletVersion: 'v1.32.4',
      osImage: osSku === 'AzureLinux' ? 'CBL-Mariner/Linux' : 'Ubuntu 22.04.5 LTS',
    },
  },
});

export const aksCollections: FakeCollection[] = [
  {
    path: '/api/v1/namespaces',
    items: ['default', 'kube-system', 'shop'].map((name) => ({ metadata: meta(name) })),
  },
  {
    path: '/api/v1/nodes',
    items: [node(systemNode, 'system', 'system', 'AzureLinux'), node(userNode, 'user', 'user', 'Ubuntu')],
  },
  {
    path: '/api/v1/pods',
    items: [
      {
        metadata: meta('kube-proxy-7xk2p', 'kube-system', {
          ownerReferences: [
            { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'kube-proxy', controller: true, uid: 'x' },
          ],
        }),
        spec: {
          containers: [
            {
              name: 'kube-proxy',
              image: 'mcr.microsoft.com/oss/kubernetes/kube-proxy:v1.32.4',
              securityContext: { privileged: true },
            },
          ],
        },
      },
      {
        metadata: meta('debug-shell', 'shop'),
        spec: {
          containers: [
            {
              name: 'shell',
              image: 'mcr.microsoft.com/azurelinux/base/core:3.0',
              securityContext: { privileged: true },
            },
          ],
        },
      },
    ],
  },
  {
    path: '/api/v1/serviceaccounts',
    items: [
      { metadata: meta('default', 'shop') },
      { metadata: meta('storefront', 'shop') },
      { metadata: meta('default', 'kube-system') },
    ],
  },
  { path: '/api/v1/replicationcontrollers', items: [] },
  {
    path: '/apis/apps/v1/deployments',
    items: [
      {
        metadata: meta('storefront', 'shop'),
        spec: podSpec(
          [{ name: 'web', image: 'contoso.azurecr.io/storefront:1.4.2', ports: [{ containerPort: 8080 }] }],
          {
            serviceAccountName: 'storefront',
          },
        ),
      },
      {
        metadata: meta('coredns', 'kube-system', { labels: { 'kubernetes.azure.com/managedby': 'aks' } }),
        spec: podSpec([{ name: 'coredns', image: 'mcr.microsoft.com/oss/kubernetes/coredns:v1.11.3' }]),
      },
    ],
  },
  { path: '/apis/apps/v1/statefulsets', items: [] },
  {
    path: '/apis/apps/v1/daemonsets',
    items: [
      {
        metadata: meta('kube-proxy', 'kube-system', { labels: { component: 'kube-proxy', tier: 'node' } }),
        spec: podSpec(
          [
            {
              name: 'kube-proxy',
              image: 'mcr.microsoft.com/oss/kubernetes/kube-proxy:v1.32.4',
              command: ['kube-proxy', '--conntrack-max-per-core=0', '--metrics-bind-address=0.0.0.0:10249'],
              securityContext: { privileged: true },
            },
          ],
          { hostNetwork: true },
        ),
      },
      {
        metadata: meta('azure-cns', 'kube-system'),
        spec: podSpec(
          [
            {
              name: 'cns-container',
              image: 'mcr.microsoft.com/containernetworking/azure-cns:v1.6.13',
              securityContext: { capabilities: { add: ['NET_ADMIN'] } },
            },
          ],
          {
            hostNetwork: true,
          },
        ),
      },
      {
        metadata: meta('csi-azuredisk-node', 'kube-system'),
        spec: podSpec(
          [
            {
              name: 'azuredisk',
              image: 'mcr.microsoft.com/oss/kubernetes-csi/azuredisk-csi:v1.31.5',
              securityContext: { privileged: true },
            },
          ],
          {
            hostNetwork: true,
            volumes: [{ name: 'kubelet-dir', hostPath: { path: '/var/lib/kubelet', type: 'Directory' } }],
          },
        ),
      },
    ],
  },
  { path: '/apis/apps/v1/replicasets', items: [] },
  { path: '/apis/batch/v1/jobs', items: [] },
  { path: '/apis/batch/v1/cronjobs', items: [] },
  {
    path: '/apis/rbac.authorization.k8s.io/v1/clusterroles',
    items: [
      {
        metadata: meta('cluster-admin', undefined, {
          labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' },
        }),
        rules: [
          { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
          { nonResourceURLs: ['*'], verbs: ['*'] },
        ],
      },
      {
        metadata: meta('shop-operator'),
        rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] }],
      },
    ],
  },
  {
    path: '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings',
    items: [
      {
        metadata: meta('cluster-admin', undefined, {
          labels: { 'kubernetes.io/bootstrapping': 'rbac-defaults' },
        }),
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' }],
      },
      {
        metadata: meta('ops-admins'),
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' },
        subjects: [
          {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'Group',
            name: 'f1d3c9a2-0b4e-4c8e-9d1a-3e5f7a9b1c2d',
          },
        ],
      },
    ],
  },
  { path: '/apis/rbac.authorization.k8s.io/v1/roles', items: [] },
  { path: '/apis/rbac.authorization.k8s.io/v1/rolebindings', items: [] },
  { path: '/apis/networking.k8s.io/v1/networkpolicies', items: [] },
  { path: '/apis/admissionregistration.k8s.io/v1/validatingadmissionpolicies', items: [] },
  { path: '/apis/admissionregistration.k8s.io/v1/validatingadmissionpolicybindings', items: [] },
];

/** Kubelet configuration as AKS ships it (configz of an AKS node), with podPidsLimit unset. */
export const aksKubeletConfig: Record<string, unknown> = {
  enableServer: true,
  staticPodPath: '/etc/kubernetes/manifests',
  authentication: {
    x509: { clientCAFile: '/etc/kubernetes/certs/ca.crt' },
    webhook: { enabled: true, cacheTTL: '2m0s' },
    anonymous: { enabled: false },
  },
  authorization: { mode: 'Webhook', webhook: { cacheAuthorizedTTL: '5m0s', cacheUnauthorizedTTL: '30s' } },
  readOnlyPort: 0,
  streamingConnectionIdleTimeout: '4h0m0s',
  makeIPTablesUtilChains: true,
  eventRecordQPS: 0,
  rotateCertificates: true,
  serverTLSBootstrap: true,
  featureGates: { RotateKubeletServerCertificate: true },
  tlsCipherSuites: [
    'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
    'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  ],
  maxPods: 110,
};
