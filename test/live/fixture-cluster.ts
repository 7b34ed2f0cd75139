import { aksCollections, aksKubeletConfig, systemNode, userNode } from './aks-cluster.js';
import type { FakeCollection } from './fake-api-server.js';
import { startLiveCluster, type LiveCluster } from './live-cluster.js';

/**
 * A live fixture (test/fixtures/live/<check-id>/*.json): the realistic AKS cluster of
 * aks-cluster.ts, changed only where the case needs it.
 */
export interface LiveFixture {
  /** Kubelet configuration fields per pool (`system`, `user`), over AKS's defaults. */
  configz?: Record<string, Record<string, unknown>>;
  /** Objects to serve besides the cluster's; one with the same kind, namespace and name replaces it. */
  objects?: Record<string, unknown>[];
  /** The node audit's log, the same on every pool; the scan then runs with --node-audit. */
  nodeAudit?: string;
}

export const nodeAuditNamespace = 'aks-cis-gate';

const nodeOfPool: Record<string, string> = { system: systemNode, user: userNode };

/** The resource name of a kind, as RBAC and URLs spell it (`NetworkPolicy` → `networkpolicies`). */
export function pluralOf(kind: string): string {
  const lower = kind.toLowerCase();
  return lower.endsWith('y') ? `${lower.slice(0, -1)}ies` : `${lower}s`;
}

/** Where the API server lists a kind: `/api/v1/pods`, `/apis/apps/v1/daemonsets`. */
function collectionPath(apiVersion: string, kind: string): string {
  const plural = pluralOf(kind);
  return apiVersion === 'v1' ? `/api/v1/${plural}` : `/apis/${apiVersion}/${plural}`;
}

interface Identified {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string };
}

const identity = (object: Identified): string =>
  `${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;

function collectionsWith(objects: Identified[]): FakeCollection[] {
  const collections = aksCollections.map((collection) => ({ ...collection, items: [...collection.items] }));
  for (const object of objects) {
    const path = collectionPath(object.apiVersion ?? '', object.kind ?? '');
    const collection = collections.find((entry) => entry.path === path);
    if (!collection) throw new Error(`live fixture: no collection ${path} for ${object.kind}`);
    collection.items = [
      ...collection.items.filter((item) => identity(item as Identified) !== identity(object)),
      object as Record<string, unknown>,
    ];
  }
  return collections;
}

/** Serves a live fixture on the loopback API server. */
export function startFixtureCluster(fixture: LiveFixture): Promise<LiveCluster> {
  const configz = Object.fromEntries(
    Object.entries(nodeOfPool).map(([pool, node]) => [
      node,
      { ...aksKubeletConfig, ...fixture.configz?.[pool] },
    ]),
  );
  return startLiveCluster({
    collections: collectionsWith(fixture.objects ?? []),
    configz,
    ...(fixture.nodeAudit === undefined
      ? {}
      : { auditJobs: { namespace: nodeAuditNamespace, log: fixture.nodeAudit } }),
  });
}
