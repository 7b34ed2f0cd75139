/**
 * Kinds that live in no namespace. Kubernetes ignores `metadata.namespace` on them, so they are
 * never "in the default namespace" (CIS 5.6.4) and never make a namespace need a NetworkPolicy
 * (CIS 5.3.2). Keyed by kind alone: the API groups below never reuse these kind names for a
 * namespaced resource.
 */
const clusterScopedKinds = new Set([
  // core/v1
  'Namespace',
  'Node',
  'PersistentVolume',
  'ComponentStatus',
  // rbac.authorization.k8s.io
  'ClusterRole',
  'ClusterRoleBinding',
  // storage.k8s.io
  'StorageClass',
  'CSIDriver',
  'CSINode',
  'VolumeAttachment',
  'VolumeAttributesClass',
  // snapshot.storage.k8s.io
  'VolumeSnapshotClass',
  'VolumeSnapshotContent',
  // apiextensions / apiregistration
  'CustomResourceDefinition',
  'APIService',
  // admissionregistration.k8s.io
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  // scheduling, node, networking, certificates, flowcontrol, policy
  'PriorityClass',
  'RuntimeClass',
  'IngressClass',
  'IPAddress',
  'ServiceCIDR',
  'CertificateSigningRequest',
  'ClusterTrustBundle',
  'FlowSchema',
  'PriorityLevelConfiguration',
  'PodSecurityPolicy',
  // resource.k8s.io (dynamic resource allocation)
  'DeviceClass',
  'ResourceSlice',
  // Gatekeeper and Kyverno policy kinds; Gatekeeper constraints are matched by group below
  'ConstraintTemplate',
  'ClusterPolicy',
  'ClusterCleanupPolicy',
  'ClusterPolicyReport',
  'ClusterEphemeralReport',
  // cert-manager, Calico, Secrets Store CSI driver and other common cluster-wide add-ons
  'ClusterIssuer',
  'GlobalNetworkPolicy',
  'GlobalNetworkSet',
  'HostEndpoint',
  'IPPool',
  'FelixConfiguration',
  'BGPConfiguration',
  'BGPPeer',
  'ClusterInformation',
  'KubeControllersConfiguration',
  'IPAMBlock',
  'BlockAffinity',
  'IPAMHandle',
  'IPAMConfig',
  // Cilium (cilium.io): its CRDs with `scope: Cluster`; CiliumNetworkPolicy, CiliumEndpoint,
  // CiliumEnvoyConfig, CiliumLocalRedirectPolicy and CiliumNodeConfig are namespaced
  'CiliumClusterwideNetworkPolicy',
  'CiliumClusterwideEnvoyConfig',
  'CiliumNode',
  'CiliumIdentity',
  'CiliumExternalWorkload',
  'CiliumEgressGatewayPolicy',
  'CiliumEndpointSlice',
  'CiliumLoadBalancerIPPool',
  'CiliumCIDRGroup',
  'CiliumL2AnnouncementPolicy',
  'CiliumPodIPPool',
  'CiliumBGPPeeringPolicy',
  'CiliumBGPClusterConfig',
  'CiliumBGPPeerConfig',
  'CiliumBGPAdvertisement',
  'CiliumBGPNodeConfig',
  'CiliumBGPNodeConfigOverride',
]);

/** Gatekeeper constraints: every kind in this group is cluster-scoped, one kind per template. */
const clusterScopedGroups = new Set(['constraints.gatekeeper.sh']);

export function isClusterScoped(apiVersion: string, kind: string): boolean {
  if (clusterScopedKinds.has(kind)) return true;
  const slash = apiVersion.indexOf('/');
  return slash > 0 && clusterScopedGroups.has(apiVersion.slice(0, slash));
}
