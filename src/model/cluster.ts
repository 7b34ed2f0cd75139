import type { SourceLocation } from './location.js';
import type { NodeAudit } from './node-audit.js';
import type { Setting } from './setting.js';

/** Where a cluster's configuration was read from. */
export type ClusterOrigin = 'bicep' | 'arm' | 'terraform' | 'live';

/**
 * An AKS managed cluster, normalized from Bicep/ARM (Microsoft.ContainerService/managedClusters),
 * Terraform (azurerm_kubernetes_cluster) or Azure Resource Manager. Property names follow the
 * ARM API; see docs/azure-property-map.md for the Terraform arguments that feed each one.
 */
export interface Cluster {
  /** Display name: the resource name when known, else the symbolic name or address. */
  name: string;
  /** Stable within its source: Terraform address, Bicep symbolic name, or ARM id. */
  id: string;
  /**
   * The input the cluster was read from, as reports print it: the template, or its parameter file
   * when it is checked through one; the Terraform plan; for a live scan, the cluster itself (its
   * ARM id or API server). With `id`, the cluster's identity (`clusterIdentity`).
   */
  source: string;
  location: SourceLocation;
  origin: ClusterOrigin;
  kubernetesVersion: Setting<string>;
  /** properties.enableRBAC / role_based_access_control_enabled (AKS default: true). */
  rbacEnabled: Setting<boolean>;
  /** properties.disableLocalAccounts / local_account_disabled (default: false). */
  localAccountsDisabled: Setting<boolean>;
  /** properties.aadProfile.managed / azure_active_directory_role_based_access_control block. */
  entraIdEnabled: Setting<boolean>;
  /** properties.aadProfile.enableAzureRBAC / azure_rbac_enabled. */
  azureRbacEnabled: Setting<boolean>;
  /** properties.oidcIssuerProfile.enabled / oidc_issuer_enabled. */
  oidcIssuerEnabled: Setting<boolean>;
  /** properties.securityProfile.workloadIdentity.enabled / workload_identity_enabled. */
  workloadIdentityEnabled: Setting<boolean>;
  /** properties.securityProfile.azureKeyVaultKms.enabled / key_management_service block. */
  kmsEnabled: Setting<boolean>;
  /** properties.securityProfile.azureKeyVaultKms.keyVaultNetworkAccess ('Public' | 'Private'). */
  kmsKeyVaultNetworkAccess: Setting<string>;
  /** properties.addonProfiles.azurepolicy.enabled / azure_policy_enabled. */
  azurePolicyEnabled: Setting<boolean>;
  /** properties.networkProfile.networkPolicy / network_profile.network_policy. */
  networkPolicy: Setting<string>;
  /** properties.networkProfile.networkDataplane / network_data_plane. */
  networkDataplane: Setting<string>;
  /** properties.addonProfiles.azureKeyvaultSecretsProvider.enabled / key_vault_secrets_provider block. */
  keyVaultSecretsProviderEnabled: Setting<boolean>;
  /** properties.securityProfile.imageIntegrity.enabled (preview). */
  imageIntegrityEnabled: Setting<boolean>;
  /** properties.securityProfile.defender.securityMonitoring.enabled / microsoft_defender block. */
  defenderEnabled: Setting<boolean>;
  /** identity.type ('SystemAssigned' | 'UserAssigned'), or 'ServicePrincipal' when servicePrincipalProfile is used. */
  identityType: Setting<string>;
  /** properties.apiServerAccessProfile.enablePrivateCluster / private_cluster_enabled. */
  privateCluster: Setting<boolean>;
  /** properties.apiServerAccessProfile.enablePrivateClusterPublicFQDN / private_cluster_public_fqdn_enabled. */
  privateClusterPublicFqdn: Setting<boolean>;
  /** properties.apiServerAccessProfile.authorizedIPRanges / api_server_access_profile.authorized_ip_ranges. */
  authorizedIpRanges: Setting<string[]>;
  /** properties.publicNetworkAccess ('Enabled' | 'Disabled'). */
  publicNetworkAccess: Setting<string>;
  /** Diagnostic settings whose scope is this cluster, found in the same input. */
  diagnosticSettings: DiagnosticSetting[];
  /** Why the diagnostic settings could not be read at all (a live scan without Azure access), if so. */
  diagnosticSettingsUnknown?: string;
  nodePools: NodePool[];
}

/**
 * Who a cluster is in counts, fingerprints and the new-versus-base comparison: its source and its
 * id there. Fifty copies of one template declare fifty clusters, even when all share one name;
 * the source is a path relative to the working directory, so neither a checkout's location nor a
 * shard changes it.
 */
export const clusterIdentity = (cluster: Pick<Cluster, 'source' | 'id'>): string =>
  `${cluster.source}#${cluster.id}`;

/** How a finding (or a Kubernetes object) names the cluster it belongs to. */
export interface ClusterReference {
  /** The cluster's name: shown, and matched by ignores. */
  cluster: string;
  /** The cluster's `source`: which copy, when several files declare clusters of one name. */
  clusterSource: string;
  /** `clusterIdentity`: what fingerprints and counts key on. */
  clusterIdentity: string;
}

export const referenceTo = (cluster: Cluster): ClusterReference => ({
  cluster: cluster.name,
  clusterSource: cluster.source,
  clusterIdentity: clusterIdentity(cluster),
});

/** Microsoft.Insights/diagnosticSettings or azurerm_monitor_diagnostic_setting aimed at a cluster. */
export interface DiagnosticSetting {
  name: string;
  location: SourceLocation;
  /** Log categories (or category groups, such as 'audit' / 'allLogs') that are enabled. */
  enabledCategories: Setting<string[]>;
  /** True when a workspace, storage account or event hub is named. */
  hasDestination: Setting<boolean>;
}

/** An agent pool: properties.agentPoolProfiles[*], managedClusters/agentPools, or azurerm_kubernetes_cluster_node_pool. */
export interface NodePool {
  name: string;
  location: SourceLocation;
  /** 'System' | 'User'. */
  mode: Setting<string>;
  /** 'Linux' | 'Windows' (default Linux). */
  osType: Setting<string>;
  /** 'Ubuntu' | 'AzureLinux' | 'AzureLinux3' | 'Windows2022' | … (default Ubuntu on Linux). */
  osSku: Setting<string>;
  /** orchestratorVersion / orchestrator_version; falls back to the cluster's version when unset. */
  orchestratorVersion: Setting<string>;
  /** kubeletConfig.podMaxPids / kubelet_config.pod_max_pid (AKS default -1: no limit). */
  podMaxPids: Setting<number>;
  /** kubeletConfig.seccompDefault ('Unconfined' | 'RuntimeDefault'), preview API. */
  seccompDefault: Setting<string>;
  /** enableNodePublicIP / node_public_ip_enabled. */
  nodePublicIp: Setting<boolean>;
  /** enableFIPS / fips_enabled. */
  fipsEnabled: Setting<boolean>;
  /** enableEncryptionAtHost / host_encryption_enabled. */
  encryptionAtHost: Setting<boolean>;
  /** securityProfile.sshAccess ('LocalUser' | 'Disabled' | 'EntraId'). */
  sshAccess: Setting<string>;
  /** messageOfTheDay (base64). */
  messageOfTheDay: Setting<string>;
  /** Live scans only: the kubelet configuration read from /configz of one node of the pool. */
  liveKubeletConfig?: Record<string, unknown>;
  /** Live scans with --node-audit only: what the audit Job saw on one node of the pool. */
  nodeAudit?: NodeAudit;
}
