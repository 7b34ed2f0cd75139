import type { Cluster } from '../../model/cluster.js';
import type { KubeObject } from '../../model/kubernetes.js';
import { formatFieldPath, type LiveLocation } from '../../model/location.js';
import type { ScanModel } from '../../model/scan-model.js';
import { setTo, unknownSetting } from '../../model/setting.js';
import { isClusterScoped } from '../../model/cluster-scoped-kinds.js';
import type { Logger, ProgressStep } from '../input-format.js';
import {
  connect,
  fatalError,
  statusOf,
  type LiveConnection,
  type LiveKubernetesOptions,
} from './connection.js';
import { liveKinds, objectAddress, type LiveKind } from './kinds.js';
import { readNodePools } from './node-pools.js';
import { isPlatformManaged } from './platform.js';

/** A kind the scanning identity may not read: the rules that need it are not evaluated. */
export interface UnreadableKind {
  kind: string;
  reason: string;
}

export interface LiveKubernetesResult {
  model: ScanModel;
  unreadable: UnreadableKind[];
  /** The node read for each pool, where the node audit would run. */
  nodeOfPool: Map<string, string>;
  /** For the node audit, which writes (its own Jobs) through the same credentials. */
  connection: LiveConnection;
}

export interface LiveReadOptions extends LiveKubernetesOptions {
  /** Count AKS-managed workloads (kube-system …) as the user's. */
  countPlatformAsUser: boolean;
  log: Logger;
  progress?: ProgressStep;
}

/** Bounds a `continue` loop against a server that never stops paging. */
const maxPagesPerKind = 10_000;

/**
 * Reads what the checks need from a running cluster, with GET requests only. A 403 on one kind
 * makes the rules that need it "not evaluated"; a 404 means none exist; anything else (401,
 * timeout, unreachable) throws LiveScanError, because partial results must not look complete.
 */
export async function readLiveKubernetes(options: LiveReadOptions): Promise<LiveKubernetesResult> {
  const connection = await connect(options);
  const locationOf = (apiAddress: string, uid?: string): LiveLocation => ({
    kind: 'live',
    api: 'kubernetes',
    cluster: connection.contextName,
    apiAddress,
    ...(uid === undefined ? {} : { uid }),
  });
  const version = await readVersion(connection);
  const unreadable: UnreadableKind[] = [];
  const kubeObjects: KubeObject[] = [];
  let nodes: unknown[] = [];
  for (const [index, kind] of liveKinds.entries()) {
    options.progress?.(
      `listing the cluster's ${kind.kind} objects (kind ${index + 1} of ${liveKinds.length})`,
    );
    const items = await listAll(connection, kind, options, unreadable);
    if (kind.kind === 'Node') nodes = items;
    for (const item of items) {
      const object = toKubeObject(
        kind,
        item,
        locationOf,
        options.countPlatformAsUser,
        connection.contextName,
      );
      if (object) kubeObjects.push(object);
    }
  }
  const nodePools = await readNodePools(connection, nodes as never[], locationOf);
  if (nodePools.unreadable) unreadable.push({ kind: 'nodes/proxy', reason: nodePools.unreadable });
  options.log.info(
    `live: read ${kubeObjects.length} objects and ${nodePools.pools.length} node pools from ${connection.server}`,
  );
  return {
    model: { kubeObjects, clusters: [liveCluster(connection, version, nodePools.pools, locationOf)] },
    unreadable,
    nodeOfPool: nodePools.nodeOfPool,
    connection,
  };
}

async function readVersion(connection: LiveConnection): Promise<string> {
  try {
    const info = await connection.kubeConfig
      .makeApiClient(connection.client.VersionApi)
      .getCode(connection.requestOptions);
    return `${info.major}.${info.minor.replace(/\D+$/, '')}`;
  } catch (error) {
    throw fatalError(error, 'GET /version', connection.server);
  }
}

async function listAll(
  connection: LiveConnection,
  kind: LiveKind,
  options: LiveReadOptions,
  unreadable: UnreadableKind[],
): Promise<unknown[]> {
  const items: unknown[] = [];
  let continueToken: string | undefined;
  for (let page = 0; page < maxPagesPerKind; page += 1) {
    try {
      const result = await kind.list(connection, {
        limit: options.pageSize,
        ...(continueToken ? { _continue: continueToken } : {}),
      });
      items.push(...result.items);
      continueToken = result.continueToken;
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return [];
      if (status === 403) {
        unreadable.push({ kind: kind.kind, reason: `forbidden: list ${kind.apiVersion} ${kind.kind}` });
        options.log.warn(`live: may not list ${kind.kind} (403); the rules that need it are not evaluated`);
        return [];
      }
      throw fatalError(error, `list ${kind.kind}`, connection.server);
    }
    if (!continueToken) return items;
  }
  throw fatalError(new Error(`more than ${maxPagesPerKind} pages`), `list ${kind.kind}`, connection.server);
}

interface LiveItem {
  metadata?: {
    name?: string;
    namespace?: string;
    uid?: string;
    labels?: Record<string, string>;
    ownerReferences?: { kind?: string; controller?: boolean }[];
  };
}

/** Controllers we read ourselves: their pods, ReplicaSets and Jobs would only repeat findings. */
const readControllers = new Set(['ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);

function toKubeObject(
  kind: LiveKind,
  item: unknown,
  locationOf: (apiAddress: string, uid?: string) => LiveLocation,
  countPlatformAsUser: boolean,
  cluster: string,
): KubeObject | undefined {
  // Typed clients return class instances (dates as Date); checks read plain API JSON.
  const body = JSON.parse(JSON.stringify(item)) as Record<string, unknown> & LiveItem;
  const metadata = body.metadata ?? {};
  const controller = metadata.ownerReferences?.find((owner) => owner.controller);
  if (controller?.kind && readControllers.has(controller.kind) && kind.kind !== 'Node') return undefined;
  body.apiVersion = kind.apiVersion;
  body.kind = kind.kind;
  const namespace = isClusterScoped(kind.apiVersion, kind.kind)
    ? undefined
    : (metadata.namespace ?? 'default');
  const name = metadata.name ?? '';
  const location = locationOf(objectAddress(kind, namespace, name), metadata.uid);
  const platform = !countPlatformAsUser && isPlatformManaged({ ...metadata, namespace });
  return {
    apiVersion: kind.apiVersion,
    kind: kind.kind,
    name,
    namespace,
    body,
    location,
    // The API gives no source lines: a field is located at the object, by its path.
    locate: (path) => (path.length === 0 ? location : { ...location, fieldPath: formatFieldPath(path) }),
    origin: 'live',
    cluster,
    ...(platform ? { platform } : {}),
  };
}

function liveCluster(
  connection: LiveConnection,
  version: string,
  nodePools: Cluster['nodePools'],
  locationOf: (apiAddress: string) => LiveLocation,
): Cluster {
  const name = connection.kubeConfig.getCurrentCluster()?.name ?? connection.contextName;
  // The Kubernetes API has no object for the cluster: its version is what it tells of itself.
  const location = locationOf('/version');
  const unknown = <T>() =>
    unknownSetting<T>(
      'not visible through the Kubernetes API: add --azure-cluster-id to read it from Azure Resource Manager',
      location,
    );
  return {
    name,
    id: `live:${connection.server}`,
    location,
    origin: 'live',
    source: `live:${connection.server}`,
    kubernetesVersion: setTo(version, location),
    rbacEnabled: unknown(),
    localAccountsDisabled: unknown(),
    entraIdEnabled: unknown(),
    azureRbacEnabled: unknown(),
    oidcIssuerEnabled: unknown(),
    workloadIdentityEnabled: unknown(),
    kmsEnabled: unknown(),
    kmsKeyVaultNetworkAccess: unknown(),
    azurePolicyEnabled: unknown(),
    networkPolicy: unknown(),
    networkDataplane: unknown(),
    keyVaultSecretsProviderEnabled: unknown(),
    imageIntegrityEnabled: unknown(),
    defenderEnabled: unknown(),
    identityType: unknown(),
    privateCluster: unknown(),
    privateClusterPublicFqdn: unknown(),
    authorizedIpRanges: unknown(),
    publicNetworkAccess: unknown(),
    diagnosticSettings: [],
    diagnosticSettingsUnknown: 'not visible through the Kubernetes API: add --azure-cluster-id to read them',
    nodePools,
  };
}
