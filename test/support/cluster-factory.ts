/**
 * Hand-built clusters and node pools for the cluster, node-pool and node-OS check tests:
 * every setting starts `unset` (located at its resource, as the inputs do) and a test
 * overrides only what it is about.
 */
import type { Cluster, ClusterReference, DiagnosticSetting, NodePool } from '../../src/model/cluster.js';
import type { SourceLocation } from '../../src/model/location.js';
import { emptyModel, type ScanModel } from '../../src/model/scan-model.js';
import { setTo, unknownSetting, unset, type Setting } from '../../src/model/setting.js';

export const templateFile = 'infra/main.bicep';

export const lineOf = (line: number, file = templateFile): SourceLocation => ({ file, line, column: 3 });

/** How findings name a cluster that `makeCluster` built with `name` (the default source: the template). */
export const onCluster = (name = 'aks-prod'): ClusterReference => ({
  cluster: name,
  clusterSource: templateFile,
  clusterIdentity: `${templateFile}#${name}`,
});

/** A value the input states, on `line`. */
export const stated = <T>(value: T, line: number): Setting<T> => setTo(value, lineOf(line));

/** A value known only at deployment, on `line`. */
export const deployTime = <T>(line: number): Setting<T> =>
  unknownSetting('the value comes from reference() and resolves only at deployment', lineOf(line));

export function makePool(overrides: Partial<NodePool> & { name?: string } = {}): NodePool {
  const location = overrides.location ?? lineOf(20);
  return {
    name: 'system',
    location,
    mode: unset(location),
    osType: unset(location),
    osSku: unset(location),
    orchestratorVersion: unset(location),
    podMaxPids: unset(location),
    seccompDefault: unset(location),
    nodePublicIp: unset(location),
    fipsEnabled: unset(location),
    encryptionAtHost: unset(location),
    sshAccess: unset(location),
    messageOfTheDay: unset(location),
    ...overrides,
  };
}

export function makeCluster(overrides: Partial<Cluster> = {}): Cluster {
  const location = overrides.location ?? lineOf(1);
  const name = overrides.name ?? 'aks-prod';
  return {
    name,
    id: name,
    location,
    origin: 'bicep',
    source: location.file,
    kubernetesVersion: unset(location),
    rbacEnabled: unset(location),
    localAccountsDisabled: unset(location),
    entraIdEnabled: unset(location),
    azureRbacEnabled: unset(location),
    oidcIssuerEnabled: unset(location),
    workloadIdentityEnabled: unset(location),
    kmsEnabled: unset(location),
    kmsKeyVaultNetworkAccess: unset(location),
    azurePolicyEnabled: unset(location),
    networkPolicy: unset(location),
    networkDataplane: unset(location),
    keyVaultSecretsProviderEnabled: unset(location),
    imageIntegrityEnabled: unset(location),
    defenderEnabled: unset(location),
    identityType: unset(location),
    privateCluster: unset(location),
    privateClusterPublicFqdn: unset(location),
    authorizedIpRanges: unset(location),
    publicNetworkAccess: unset(location),
    diagnosticSettings: [],
    nodePools: [makePool()],
    ...overrides,
  };
}

export function makeDiagnosticSetting(overrides: Partial<DiagnosticSetting> = {}): DiagnosticSetting {
  const location = overrides.location ?? lineOf(40);
  return {
    name: 'aks-diagnostics',
    location,
    enabledCategories: unset(location),
    hasDestination: unset(location),
    ...overrides,
  };
}

export const modelOf = (...clusters: Cluster[]): ScanModel => ({ ...emptyModel(), clusters });
