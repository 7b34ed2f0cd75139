/**
 * Where the cluster keeps its secrets, from the cluster resource:
 * - `cluster.kms-etcd-encryption` decides CIS Kubernetes 1.2.27 and 1.2.28 (an encryption
 *   provider is configured: on AKS that is Key Vault KMS) and CIS AKS 5.3.1 (Secrets encrypted);
 * - `cluster.key-vault-secrets-provider` decides CIS Kubernetes 5.4.2 (external secret storage)
 *   through the Key Vault Secrets Store CSI add-on.
 */
import { clusterSwitchCheck } from './requirements.js';

export const kmsEtcdEncryption = clusterSwitchCheck({
  id: 'cluster.kms-etcd-encryption',
  description: 'Secrets in etcd are encrypted with a Key Vault key (KMS)',
  property: { arm: 'securityProfile.azureKeyVaultKms.enabled', terraform: 'key_management_service' },
  read: (cluster) => cluster.kmsEnabled,
  aksDefault: false,
  whenOff:
    'Key Vault KMS is off, so the API server has no encryption provider and Secrets in etcd rely on disk encryption alone',
});

export const keyVaultSecretsProvider = clusterSwitchCheck({
  id: 'cluster.key-vault-secrets-provider',
  description: 'The Key Vault Secrets Store CSI add-on gives workloads an external secret store',
  property: {
    arm: 'addonProfiles.azureKeyvaultSecretsProvider.enabled',
    terraform: 'key_vault_secrets_provider',
  },
  read: (cluster) => cluster.keyVaultSecretsProviderEnabled,
  aksDefault: false,
  whenOff: 'The Key Vault secrets provider add-on is off, so Kubernetes Secrets are the only secret store',
  note: 'An external secret store installed by other means (a Helm chart, for example) is not seen.',
});
