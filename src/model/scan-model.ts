import type { Cluster } from './cluster.js';
import type { KubeObject } from './kubernetes.js';

/** The normalized world that every check reads. Inputs contribute fragments; the scan merges them. */
export interface ScanModel {
  kubeObjects: KubeObject[];
  clusters: Cluster[];
  /**
   * Live scans: kinds (or subresources such as `nodes/proxy`) the scanning identity may not read.
   * Rows whose checks read them are "not evaluated (forbidden: …)" rather than judged on half the data.
   */
  unreadable?: { kind: string; reason: string }[];
}

export const emptyModel = (): ScanModel => ({ kubeObjects: [], clusters: [] });
