import type { Cluster } from './cluster.js';
import type { KubeObject } from './kubernetes.js';

/** The normalized world that every check reads. Inputs contribute fragments; the scan merges them. */
export interface ScanModel {
  kubeObjects: KubeObject[];
  clusters: Cluster[];
}

export const emptyModel = (): ScanModel => ({ kubeObjects: [], clusters: [] });
