import type { NodePool } from '../../model/cluster.js';
import type { SourceLocation } from '../../model/location.js';
import { setTo, unknownSetting, type Setting } from '../../model/setting.js';
import { statusOf, type LiveConnection } from './connection.js';
import { objectAddress } from './kinds.js';

const agentPoolLabel = 'kubernetes.azure.com/agentpool';
const notVisible =
  'not visible through the Kubernetes API: add --azure-cluster-id to read it from Azure Resource Manager';

interface LiveNode {
  metadata?: { name?: string; labels?: Record<string, string> };
  status?: { nodeInfo?: { kubeletVersion?: string } };
}

export interface LiveNodePools {
  pools: NodePool[];
  /** The node whose configuration stands for each pool (the node audit runs there too). */
  nodeOfPool: Map<string, string>;
  /** Why kubelet configuration could not be read, when it could not. */
  unreadable?: string;
}

/**
 * Groups nodes into pools by AKS's agent-pool label (a node without it is a pool of its own) and
 * reads one node's kubelet configuration per pool through the API server's node proxy (`configz`),
 * read-only and without a privileged pod.
 */
export async function readNodePools(
  connection: LiveConnection,
  nodes: LiveNode[],
  locationOf: (apiAddress: string) => SourceLocation,
): Promise<LiveNodePools> {
  const byPool = new Map<string, LiveNode[]>();
  for (const node of nodes) {
    const pool = node.metadata?.labels?.[agentPoolLabel] ?? node.metadata?.name ?? 'unnamed';
    byPool.set(pool, [...(byPool.get(pool) ?? []), node]);
  }
  const pools: NodePool[] = [];
  const nodeOfPool = new Map<string, string>();
  let unreadable: string | undefined;
  const api = connection.kubeConfig.makeApiClient(connection.client.CoreV1Api);
  for (const [name, members] of byPool) {
    const node = members[0] as LiveNode;
    const nodeName = node.metadata?.name ?? name;
    nodeOfPool.set(name, nodeName);
    const location = locationOf(objectAddress({ apiVersion: 'v1', plural: 'nodes' }, undefined, nodeName));
    let kubelet: Record<string, unknown> | undefined;
    if (unreadable === undefined) {
      try {
        const text = await api.connectGetNodeProxyWithPath(
          { name: nodeName, path: 'configz' },
          connection.requestOptions,
        );
        kubelet = parseConfigz(text);
      } catch (error) {
        const status = statusOf(error);
        if (status !== 403 && status !== 404) throw error;
        unreadable = `${status === 403 ? 'forbidden' : 'not found'}: GET nodes/${nodeName}/proxy/configz`;
      }
    }
    pools.push(poolFromNode(name, node, location, kubelet, unreadable));
  }
  return { pools, nodeOfPool, ...(unreadable ? { unreadable } : {}) };
}

/** `configz` answers `{"kubeletconfig": {...}}`. */
export function parseConfigz(text: string | object): Record<string, unknown> | undefined {
  const parsed: unknown = typeof text === 'string' ? JSON.parse(text) : text;
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const config = (parsed as { kubeletconfig?: unknown }).kubeletconfig;
  return typeof config === 'object' && config !== null ? (config as Record<string, unknown>) : undefined;
}

function poolFromNode(
  name: string,
  node: LiveNode,
  location: SourceLocation,
  kubelet: Record<string, unknown> | undefined,
  unreadable: string | undefined,
): NodePool {
  const labels = node.metadata?.labels ?? {};
  const fromLabel = (label: string, map: (value: string) => string = (value) => value): Setting<string> =>
    labels[label] !== undefined ? setTo(map(labels[label]), location) : unknownSetting(notVisible, location);
  const unknown = <T>(): Setting<T> => unknownSetting<T>(notVisible, location);
  const pidsLimit = kubelet?.podPidsLimit;
  return {
    name,
    location,
    mode: fromLabel('kubernetes.azure.com/mode', (mode) => (mode === 'system' ? 'System' : 'User')),
    osType: fromLabel('kubernetes.io/os', (os) => (os === 'windows' ? 'Windows' : 'Linux')),
    osSku: fromLabel('kubernetes.azure.com/os-sku'),
    orchestratorVersion: node.status?.nodeInfo?.kubeletVersion
      ? setTo(node.status.nodeInfo.kubeletVersion.replace(/^v/, ''), location)
      : unknown(),
    podMaxPids:
      typeof pidsLimit === 'number'
        ? setTo(pidsLimit, location)
        : kubelet
          ? setTo(-1, location)
          : unknownSetting(unreadable ?? notVisible, location),
    seccompDefault: kubelet
      ? setTo(kubelet.seccompDefault === true ? 'RuntimeDefault' : 'Unconfined', location)
      : unknown(),
    nodePublicIp: unknown(),
    fipsEnabled:
      labels['kubernetes.azure.com/fips_enabled'] !== undefined
        ? setTo(labels['kubernetes.azure.com/fips_enabled'] === 'true', location)
        : unknown(),
    encryptionAtHost: unknown(),
    sshAccess: unknown(),
    messageOfTheDay: unknown(),
    ...(kubelet ? { liveKubeletConfig: kubelet } : {}),
  };
}
