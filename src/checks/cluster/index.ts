import type { Check } from '../check.js';
import { auditLogs } from './audit-logs.js';
import { keyVaultSecretsProvider, kmsEtcdEncryption } from './data-protection.js';
import {
  azureRbac,
  entraId,
  localAccountsDisabled,
  managedIdentity,
  oidcIssuer,
  rbacEnabled,
} from './identity-and-access.js';
import { defenderImageScanning, imageIntegrity } from './image-security.js';
import { controlPlaneAccess, networkPolicyEngine, privateEndpoint } from './network-access.js';

/** The checks that judge the cluster resource itself. */
export const clusterChecks: Check[] = [
  kmsEtcdEncryption,
  oidcIssuer,
  rbacEnabled,
  localAccountsDisabled,
  entraId,
  auditLogs,
  networkPolicyEngine,
  keyVaultSecretsProvider,
  imageIntegrity,
  defenderImageScanning,
  managedIdentity,
  controlPlaneAccess,
  privateEndpoint,
  azureRbac,
];
