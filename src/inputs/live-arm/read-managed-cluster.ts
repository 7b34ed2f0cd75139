import type { TokenCredential } from '@azure/core-auth';
import type { Cluster } from '../../model/cluster.js';
import type { FieldPath, SourceLocation } from '../../model/location.js';
import type { ArmObject, ArmValue } from '../arm/arm-value.js';
import { buildClusters } from '../arm/build-clusters.js';
import type { EvaluatedResource } from '../arm/evaluate-template.js';
import { LiveScanError } from '../live-kubernetes/connection.js';

export interface LiveArmOptions {
  /** `/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/managedClusters/NAME`. */
  clusterId: string;
  /** Azure Resource Manager endpoint: public cloud by default; sovereign clouds (and tests) set their own. */
  armEndpoint: string;
  /** Entra ID authority host for DefaultAzureCredential (sovereign clouds). */
  authorityHost?: string;
  requestTimeoutMs: number;
  /** Tests pass their own credential; otherwise DefaultAzureCredential (workload identity, Azure CLI, managed identity). */
  credential?: TokenCredential;
  /** Tests pass the loopback server's CA. */
  tlsCa?: string;
}

export const defaultArmEndpoint = 'https://management.azure.com';
const clusterApiVersion = '2025-10-01';
const diagnosticsApiVersion = '2021-05-01-preview';
const clusterIdPattern =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerService\/managedClusters\/[^/]+$/i;

/**
 * Reads the managed cluster (with its agent pool profiles) and the diagnostic settings scoped to
 * it from Azure Resource Manager, with GET requests through the Azure SDK's pipeline (token,
 * retries, throttling), and maps them with the same code that maps templates, so the cluster
 * checks judge the deployed configuration exactly as they judge the code.
 */
export async function readManagedCluster(options: LiveArmOptions): Promise<Cluster> {
  if (!clusterIdPattern.test(options.clusterId)) {
    throw new LiveScanError(
      `--azure-cluster-id must be a managed cluster's resource id, got '${options.clusterId}'`,
    );
  }
  const get = await armGetter(options);
  const cluster = await get(`${options.clusterId}?api-version=${clusterApiVersion}`);
  try {
    const diagnostics = await get(
      `${options.clusterId}/providers/Microsoft.Insights/diagnosticSettings?api-version=${diagnosticsApiVersion}`,
    );
    const settings = Array.isArray(diagnostics.value) ? (diagnostics.value as ArmObject[]) : [];
    return clusterFromArm(options.clusterId, cluster, settings);
  } catch (error) {
    // Without the diagnostic settings only the audit-log rows are undecided; the rest still stands.
    if (!(error instanceof ArmForbidden)) throw error;
    return { ...clusterFromArm(options.clusterId, cluster, []), diagnosticSettingsUnknown: error.message };
  }
}

class ArmForbidden extends LiveScanError {}

/** Maps ARM's answers through the template mapper: every value is `set` or `unset`, never a guess. */
export function clusterFromArm(
  clusterId: string,
  cluster: ArmObject,
  diagnosticSettings: ArmObject[],
): Cluster {
  const origins = new WeakMap<object, FieldPath>();
  const record = (value: ArmValue, path: FieldPath): void => {
    if (typeof value !== 'object' || value === null) return;
    origins.set(value, path);
    if (Array.isArray(value)) value.forEach((item, index) => record(item, [...path, index]));
    else for (const [key, item] of Object.entries(value)) record(item as ArmValue, [...path, key]);
  };
  const resource = (type: string, body: ArmObject, index: number): EvaluatedResource => {
    record(body, ['resources', index]);
    return {
      type,
      name: body.name as ArmValue,
      path: ['resources', index],
      symbolicName: undefined,
      condition: true,
      existing: false,
      body,
      deployments: [],
    };
  };
  const pathOf = (container: object, key: string | number): FieldPath | undefined => {
    const path = origins.get(container);
    return path ? [...path, key] : undefined;
  };
  const resources = [
    resource('Microsoft.ContainerService/managedClusters', cluster, 0),
    ...diagnosticSettings.map((setting, index) =>
      resource('Microsoft.Insights/diagnosticSettings', { ...setting, scope: clusterId }, index + 1),
    ),
  ];
  const file = `arm:${clusterId.split('/').at(-1)}`;
  // ARM answers have no lines: each value is located at its resource, named by its property path.
  const locate = (path: FieldPath): SourceLocation => ({
    file,
    line: 1,
    column: 1,
    address: path.slice(2).join('.') || clusterId,
  });
  const [built] = buildClusters(
    { resources, pathOf, notFollowed: [], invalid: [] },
    { locate },
    { origin: 'live', source: clusterId },
  ).clusters;
  if (!built) throw new LiveScanError(`Azure Resource Manager returned no managed cluster for ${clusterId}`);
  return { ...built, id: clusterId };
}

type ArmGet = (path: string) => Promise<ArmObject>;

async function armGetter(options: LiveArmOptions): Promise<ArmGet> {
  const pipelineModule = await import('@azure/core-rest-pipeline');
  const credential = options.credential ?? (await defaultCredential(options.authorityHost));
  const pipeline = pipelineModule.createPipelineFromOptions(
    options.tlsCa ? { tlsOptions: { ca: options.tlsCa } } : {},
  );
  pipeline.addPolicy(
    pipelineModule.bearerTokenAuthenticationPolicy({ credential, scopes: `${options.armEndpoint}/.default` }),
  );
  const client = pipelineModule.createDefaultHttpClient();
  return async (path) => {
    const url = `${options.armEndpoint}${path}`;
    const request = pipelineModule.createPipelineRequest({
      url,
      method: 'GET',
      timeout: options.requestTimeoutMs,
    });
    let response;
    try {
      response = await pipeline.sendRequest(client, request);
    } catch (error) {
      throw new LiveScanError(`GET ${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (response.status === 401) throw new LiveScanError(`GET ${url}: 401: the credential was refused`);
    if (response.status === 403) {
      throw new ArmForbidden(
        `forbidden: GET ${path.split('?')[0]} (the identity needs Reader on the cluster)`,
      );
    }
    if (response.status !== 200) throw new LiveScanError(`GET ${url}: HTTP ${response.status}`);
    return JSON.parse(response.bodyAsText ?? '{}') as ArmObject;
  };
}

async function defaultCredential(authorityHost: string | undefined): Promise<TokenCredential> {
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new DefaultAzureCredential(authorityHost ? { authorityHost } : {});
}
