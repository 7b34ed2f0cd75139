/**
 * What AKS itself deploys and manages. Findings on these objects are the platform's (they carry
 * `platform: true`, are shown apart and never make a rule fail) unless the user asks to count them.
 */
const managedNamespaces = new Set([
  'kube-system',
  'kube-public',
  'kube-node-lease',
  // Azure Policy add-on (Gatekeeper), managed Calico, application routing, Istio add-on, run command.
  'gatekeeper-system',
  'calico-system',
  'tigera-operator',
  'app-routing-system',
  'aks-istio-system',
  'aks-istio-ingress',
  'aks-command',
]);

const managedLabels: Record<string, string | undefined> = {
  'kubernetes.azure.com/managedby': 'aks',
  'addonmanager.kubernetes.io/mode': undefined,
  'kubernetes.io/bootstrapping': 'rbac-defaults',
};

export function isPlatformManaged(metadata: {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
}): boolean {
  if (metadata.namespace !== undefined && managedNamespaces.has(metadata.namespace)) return true;
  // Kubernetes' own cluster-scoped RBAC objects are named system:*.
  if (metadata.namespace === undefined && metadata.name?.startsWith('system:')) return true;
  const labels = metadata.labels ?? {};
  return Object.entries(managedLabels).some(([label, value]) =>
    value === undefined ? label in labels : labels[label] === value,
  );
}
