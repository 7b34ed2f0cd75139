/**
 * Who can reach the API server and how they are authorized, from the cluster resource:
 * - `cluster.rbac-enabled` decides CIS Kubernetes 1.2.8 (authorization mode includes RBAC);
 * - `cluster.local-accounts-disabled` decides 3.1.1: AKS local accounts are client certificates;
 * - `cluster.entra-id` decides 3.1.2 and CIS AKS 5.5.1: users sign in through Entra ID;
 * - `cluster.azure-rbac` decides CIS AKS 5.5.2;
 * - `cluster.oidc-issuer` decides 1.2.30: AKS sets --service-account-extend-token-expiration=false
 *   only when the OIDC issuer is on (Microsoft's reason column for that row);
 * - `cluster.managed-identity` decides CIS AKS 5.2.1: a managed identity rather than a service principal.
 */
import { clusterSwitchCheck, clusters, requirementCheck, settingRequirement } from './requirements.js';

export const rbacEnabled = clusterSwitchCheck({
  id: 'cluster.rbac-enabled',
  description: 'The cluster keeps Kubernetes RBAC on',
  property: { arm: 'enableRBAC', terraform: 'role_based_access_control_enabled' },
  read: (cluster) => cluster.rbacEnabled,
  aksDefault: true,
  whenOff: 'Kubernetes RBAC is off, so the API server authorizes requests without role checks',
});

export const localAccountsDisabled = clusterSwitchCheck({
  id: 'cluster.local-accounts-disabled',
  description: 'The cluster disables local accounts (client-certificate credentials)',
  property: { arm: 'disableLocalAccounts', terraform: 'local_account_disabled' },
  read: (cluster) => cluster.localAccountsDisabled,
  aksDefault: false,
  whenOff:
    'Local accounts stay enabled: the admin credential is a client certificate that bypasses Entra ID and cannot be revoked per user',
});

export const entraId = clusterSwitchCheck({
  id: 'cluster.entra-id',
  description: 'Users authenticate to the cluster through Microsoft Entra ID',
  property: { arm: 'aadProfile.managed', terraform: 'azure_active_directory_role_based_access_control' },
  read: (cluster) => cluster.entraIdEnabled,
  aksDefault: false,
  whenOff:
    'The cluster has no Entra ID integration, so users reach it with certificates or service-account tokens',
});

export const azureRbac = clusterSwitchCheck({
  id: 'cluster.azure-rbac',
  description: 'Azure RBAC authorizes access to the Kubernetes API',
  property: {
    arm: 'aadProfile.enableAzureRBAC',
    terraform: 'azure_active_directory_role_based_access_control.azure_rbac_enabled',
  },
  read: (cluster) => cluster.azureRbacEnabled,
  aksDefault: false,
  whenOff: 'Azure RBAC is not used for Kubernetes authorization, so access is not governed from Azure',
});

export const oidcIssuer = clusterSwitchCheck({
  id: 'cluster.oidc-issuer',
  description: 'The OIDC issuer is on, so AKS stops extending service-account token lifetimes',
  property: { arm: 'oidcIssuerProfile.enabled', terraform: 'oidc_issuer_enabled' },
  read: (cluster) => cluster.oidcIssuerEnabled,
  aksDefault: false,
  whenOff:
    'Without the OIDC issuer AKS leaves --service-account-extend-token-expiration on, so projected service-account tokens live longer than requested',
});

const managedIdentityTypes = new Set(['systemassigned', 'userassigned']);

export const managedIdentity = requirementCheck({
  id: 'cluster.managed-identity',
  description: 'The cluster runs as a managed identity, not a service principal',
  subjects: clusters,
  requirement: settingRequirement({
    property: { arm: 'identity.type', terraform: 'identity' },
    read: ({ cluster }) => cluster.identityType,
    aksDefault: 'None',
    // ARM compares enum values without regard to case.
    holds: (type) => managedIdentityTypes.has(type.toLowerCase()),
    explain: (type) =>
      type.toLowerCase() === 'serviceprincipal'
        ? 'The cluster uses a service principal, whose secret must be stored and rotated by hand'
        : 'The cluster declares no managed identity',
  }),
});
