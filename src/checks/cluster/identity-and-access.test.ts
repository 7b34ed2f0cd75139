import { describe, expect, it } from 'vitest';
import { describeSettingCheck } from '../../../test/support/cluster-check-cases.js';
import {
  azureRbac,
  entraId,
  localAccountsDisabled,
  managedIdentity,
  oidcIssuer,
  rbacEnabled,
} from './identity-and-access.js';
import { lineOf, makeCluster, modelOf, onCluster, stated } from '../../../test/support/cluster-factory.js';

describeSettingCheck({
  check: rbacEnabled,
  field: { cluster: 'rbacEnabled' },
  compliant: true,
  noncompliant: false,
  key: 'enableRBAC',
  defaultFails: false,
  message:
    'Kubernetes RBAC is off, so the API server authorizes requests without role checks (enableRBAC = false)',
});

describeSettingCheck({
  check: localAccountsDisabled,
  field: { cluster: 'localAccountsDisabled' },
  compliant: true,
  noncompliant: false,
  key: 'disableLocalAccounts',
  defaultFails: true,
  message:
    'Local accounts stay enabled: the admin credential is a client certificate that bypasses Entra ID and cannot be revoked per user (disableLocalAccounts = false)',
});

describeSettingCheck({
  check: entraId,
  field: { cluster: 'entraIdEnabled' },
  compliant: true,
  noncompliant: false,
  key: 'aadProfile.managed',
  defaultFails: true,
  message:
    'The cluster has no Entra ID integration, so users reach it with certificates or service-account tokens (aadProfile.managed = false)',
});

describeSettingCheck({
  check: azureRbac,
  field: { cluster: 'azureRbacEnabled' },
  compliant: true,
  noncompliant: false,
  key: 'aadProfile.enableAzureRBAC',
  defaultFails: true,
  message:
    'Azure RBAC is not used for Kubernetes authorization, so access is not governed from Azure (aadProfile.enableAzureRBAC = false)',
});

describeSettingCheck({
  check: oidcIssuer,
  field: { cluster: 'oidcIssuerEnabled' },
  compliant: true,
  noncompliant: false,
  key: 'oidcIssuerProfile.enabled',
  defaultFails: true,
  message:
    'Without the OIDC issuer AKS leaves --service-account-extend-token-expiration on, so projected service-account tokens live longer than requested (oidcIssuerProfile.enabled = false)',
});

describeSettingCheck({
  check: managedIdentity,
  field: { cluster: 'identityType' },
  compliant: 'UserAssigned',
  noncompliant: 'ServicePrincipal',
  key: 'identity.type',
  defaultFails: true,
  message:
    'The cluster uses a service principal, whose secret must be stored and rotated by hand (identity.type = "ServicePrincipal")',
});

const options = { defaultNamespace: 'default' };

describe('cluster checks name properties as the input spells them', () => {
  it('uses the azurerm argument for a Terraform cluster', () => {
    const cluster = makeCluster({ origin: 'terraform', localAccountsDisabled: stated(false, 12) });
    expect(localAccountsDisabled.run(modelOf(cluster), options).findings[0]?.message).toMatch(
      /\(local_account_disabled = false\)$/,
    );
  });

  it('says when the AKS default decided the finding', () => {
    expect(entraId.run(modelOf(makeCluster()), options).findings[0]?.message).toMatch(
      /\(aadProfile\.managed not set; AKS default false\)$/,
    );
  });
});

describe('cluster.managed-identity', () => {
  it('accepts a system-assigned identity whatever its case, as ARM does', () => {
    const cluster = makeCluster({ identityType: stated('systemassigned', 4) });
    expect(managedIdentity.run(modelOf(cluster), options).findings).toEqual([]);
  });

  it('fails a cluster that declares no identity at the cluster declaration', () => {
    expect(managedIdentity.run(modelOf(makeCluster()), options).findings).toEqual([
      {
        resource: 'ManagedCluster/aks-prod',
        ...onCluster(),
        location: lineOf(1),
        message: 'The cluster declares no managed identity (identity.type not set; AKS default "None")',
        key: 'identity.type',
      },
    ]);
  });
});
