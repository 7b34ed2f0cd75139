import { randomBytes } from 'node:crypto';
import { referenceTo, type Cluster, type NodePool } from '../../model/cluster.js';
import type { ScanModel } from '../../model/scan-model.js';
import type { Logger, ProgressStep } from '../input-format.js';
import { readManagedCluster, type LiveArmOptions } from '../live-arm/read-managed-cluster.js';
import type { LiveKubernetesOptions } from '../live-kubernetes/connection.js';
import { runNodeAudit, type NodeAuditOptions } from '../live-kubernetes/node-audit.js';
import { readLiveKubernetes } from '../live-kubernetes/read-cluster.js';

/** What `scan --live` reads: the Kubernetes API, Azure Resource Manager, or both. */
export interface LiveOptions {
  kubernetes?: LiveKubernetesOptions & { countPlatformAsUser: boolean };
  arm?: LiveArmOptions;
  /** --node-audit: opt-in, the only path that writes (its own Jobs) to the cluster. */
  nodeAudit?: NodeAuditOptions;
  log: Logger;
  progress?: ProgressStep;
}

export interface LiveResult {
  model: ScanModel;
}

/**
 * Reads the deployed cluster. The Kubernetes API gives the objects, node pools and kubelet
 * configuration; ARM gives the cluster's settings. Both describe one cluster, so ARM's pools take
 * the kubelet configuration and node audit that the Kubernetes API read for the same pool name.
 */
export async function readLive(options: LiveOptions): Promise<LiveResult> {
  const kubernetes = options.kubernetes
    ? await readLiveKubernetes({
        ...options.kubernetes,
        log: options.log,
        ...(options.progress === undefined ? {} : { progress: options.progress }),
      })
    : undefined;
  if (kubernetes && options.nodeAudit) {
    options.log.warn('node audit: creating one read-only Job per node pool (--node-audit)');
    const targets = [...kubernetes.nodeOfPool].map(([pool, node]) => ({ pool, node }));
    const { audits, failures } = await runNodeAudit(
      kubernetes.connection,
      targets,
      options.nodeAudit,
      randomBytes(4).toString('hex'),
    );
    for (const pool of kubernetes.model.clusters.flatMap((cluster) => cluster.nodePools)) {
      const audit = audits.get(pool.name);
      const failure = failures.get(pool.name);
      if (audit) pool.nodeAudit = audit;
      else if (failure)
        pool.nodeAudit = { node: kubernetes.nodeOfPool.get(pool.name) ?? pool.name, records: [], failure };
      if (failure) options.log.warn(`node audit of pool '${pool.name}': ${failure}`);
    }
  }
  const armCluster = options.arm ? await readManagedCluster(options.arm) : undefined;
  const kubeObjects = kubernetes?.model.kubeObjects ?? [];
  const apiCluster = kubernetes?.model.clusters[0];
  const clusters = armCluster ? [mergeClusters(armCluster, apiCluster)] : apiCluster ? [apiCluster] : [];
  if (armCluster) for (const object of kubeObjects) Object.assign(object, referenceTo(armCluster));
  return {
    model: {
      kubeObjects,
      clusters,
      ...(kubernetes?.unreadable.length ? { unreadable: kubernetes.unreadable } : {}),
    },
  };
}

/** ARM's view of the cluster, with what only the Kubernetes API shows added pool by pool. */
function mergeClusters(arm: Cluster, api: Cluster | undefined): Cluster {
  if (!api) return arm;
  const apiPools = new Map(api.nodePools.map((pool) => [pool.name, pool]));
  const pools: NodePool[] = arm.nodePools.map((pool) => {
    const seen = apiPools.get(pool.name);
    apiPools.delete(pool.name);
    return {
      ...pool,
      ...(seen?.liveKubeletConfig ? { liveKubeletConfig: seen.liveKubeletConfig } : {}),
      ...(seen?.nodeAudit ? { nodeAudit: seen.nodeAudit } : {}),
      // The kubelet's own answer beats the configured value when both exist.
      ...(seen?.podMaxPids.state === 'set' ? { podMaxPids: seen.podMaxPids } : {}),
    };
  });
  return { ...arm, nodePools: [...pools, ...apiPools.values()] };
}
