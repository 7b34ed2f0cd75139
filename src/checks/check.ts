import type { SourceLocation } from '../model/location.js';
import type { ScanModel } from '../model/scan-model.js';

export interface CheckOptions {
  /** Namespace that objects without metadata.namespace are installed into. */
  defaultNamespace: string;
}

/** A finding before the engine ties it to a benchmark row and fingerprints it. */
export interface FindingDraft {
  /** `Kind/namespace/name`, `Kind/name`, or for Azure resources `ManagedCluster/name`, `NodePool/cluster/pool`. */
  resource: string;
  container?: string;
  /** The field the finding blames, or the object when the field is missing. */
  location: SourceLocation;
  message: string;
  /** The cluster the finding is about, when the model knows it (its name). */
  cluster?: string;
  /** That cluster's source and identity: `referenceTo(cluster)` sets all three. */
  clusterSource?: string;
  clusterIdentity?: string;
  /** The platform's (AKS-managed) object: shown, never blocks. */
  platform?: boolean;
  /**
   * What makes this finding distinct within its resource (for example the field path
   * `spec.template.spec.containers[app].securityContext.privileged`). Fingerprints hash
   * rule family + id + cluster identity + resource + container + key, so they survive lines moving.
   */
  key: string;
}

/** A subject the check could not decide (a value known only at deploy time, a forbidden API…). */
export interface Undecided {
  reason: string;
  resource?: string;
  location?: SourceLocation;
}

export interface CheckResult {
  findings: FindingDraft[];
  /** How many subjects (containers, roles, clusters, pools…) the check judged. 0 = nothing to judge. */
  applicable: number;
  undecided: Undecided[];
  /** Why nothing was judged, e.g. "no workloads in the scanned input". */
  notApplicableReason?: string;
  /** Extra context for the reason, e.g. "a mechanism installed outside the input is not seen". */
  note?: string;
}

/**
 * A check is a pure function over the model. Catalog rows name the checks that decide
 * them (rules/*.yaml `checks:`); one check may decide rows in several benchmarks.
 */
export interface Check {
  /** Stable id, e.g. `pod-security.privileged`. */
  id: string;
  /** One line, our own words: what it looks for. */
  description: string;
  /**
   * The Kubernetes kinds (or subresources, e.g. `nodes/proxy`) the check reads. When a live scan
   * could not read one of them, the engine reports the rows it decides as not evaluated.
   */
  reads?: string[];
  /**
   * `object`: the check judges each Kubernetes object alone, so its result over a model is the
   * objects' results one after another (findings in model order, `applicable` summed) and every
   * finding is `findingOn` the object judged. A shard then judges its own objects and the merge
   * only combines their results. `model` (when unset): it reads across objects or documents.
   * `src/shard/object-results.test.ts` holds every `object` check to this over the fixture tree.
   */
  scope?: CheckScope;
  run(model: ScanModel, options: CheckOptions): CheckResult;
}

export type CheckScope = 'object' | 'model';
