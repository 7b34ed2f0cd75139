import { describe, expect, it } from 'vitest';
import { describeSettingCheck } from '../../../test/support/cluster-check-cases.js';
import { keyVaultSecretsProvider, kmsEtcdEncryption } from './data-protection.js';
import { makeCluster, modelOf, stated } from '../../../test/support/cluster-factory.js';

describeSettingCheck({
  check: kmsEtcdEncryption,
  field: { cluster: 'kmsEnabled' },
  compliant: true,
  noncompliant: false,
  key: 'securityProfile.azureKeyVaultKms.enabled',
  defaultFails: true,
  message:
    'Key Vault KMS is off, so the API server has no encryption provider and Secrets in etcd rely on disk encryption alone (securityProfile.azureKeyVaultKms.enabled = false)',
});

describeSettingCheck({
  check: keyVaultSecretsProvider,
  field: { cluster: 'keyVaultSecretsProviderEnabled' },
  compliant: true,
  noncompliant: false,
  key: 'addonProfiles.azureKeyvaultSecretsProvider.enabled',
  defaultFails: true,
  message:
    'The Key Vault secrets provider add-on is off, so Kubernetes Secrets are the only secret store (addonProfiles.azureKeyvaultSecretsProvider.enabled = false)',
});

describe('data protection checks', () => {
  it('name the Terraform block for a Terraform cluster', () => {
    const cluster = makeCluster({ origin: 'terraform', kmsEnabled: stated(false, 30) });
    expect(
      kmsEtcdEncryption.run(modelOf(cluster), { defaultNamespace: 'default' }).findings[0]?.message,
    ).toMatch(/\(key_management_service = false\)$/);
  });

  it('say that a secret store installed outside the input is not seen', () => {
    expect(keyVaultSecretsProvider.run(modelOf(makeCluster()), { defaultNamespace: 'default' }).note).toBe(
      'An external secret store installed by other means (a Helm chart, for example) is not seen.',
    );
  });
});
