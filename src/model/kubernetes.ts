import type { ClusterReference } from './cluster.js';
import type { FieldPath, SourceLocation } from './location.js';

/** Where a Kubernetes object was read from. */
export type KubeObjectOrigin = 'manifest' | 'terraform' | 'live';

/**
 * One Kubernetes object, whatever input it came from (YAML manifest, Terraform's
 * kubernetes provider, or the live API). `body` is the object as the API server
 * would decode it: YAML 1.1 scalars already resolved, merge keys and aliases expanded,
 * Terraform's snake_case blocks already mapped to Kubernetes field names.
 */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  name: string;
  /**
   * The namespace the object lives in: `metadata.namespace`, else the scan's default
   * namespace (as `helm install -n`) for namespaced kinds; undefined for cluster-scoped kinds.
   */
  namespace: string | undefined;
  body: Record<string, unknown>;
  /** Location of the object itself (its first line). */
  location: SourceLocation;
  /**
   * Location of a field. When the field is absent, the location of its nearest present
   * ancestor, so a finding about a missing field still points somewhere useful.
   */
  locate(path: FieldPath): SourceLocation;
  origin: KubeObjectOrigin;
  /**
   * Fields whose value the input cannot know yet (Terraform: known only after apply). A check that
   * reads one leaves the object undecided instead of judging the missing value.
   */
  unknownFields?: { path: FieldPath; reason: string }[];
  /** The cluster this object belongs to, when the input says (live scans, Terraform). */
  cluster?: string;
  /** That cluster's source and identity (model/cluster.ts `ClusterReference`). */
  clusterSource?: string;
  clusterIdentity?: string;
  /** True for objects the platform (AKS) manages: their findings never block. */
  platform?: boolean;
}

/**
 * Sets on `target` the cluster fields of an object tied to a cluster, each only when the object
 * has it. Field by field rather than by object spreads: a plan's checks make tens of thousands of
 * findings.
 */
export function withClusterOf<T extends Partial<ClusterReference>>(target: T, object: KubeObject): T {
  if (object.cluster !== undefined) target.cluster = object.cluster;
  if (object.clusterSource !== undefined) target.clusterSource = object.clusterSource;
  if (object.clusterIdentity !== undefined) target.clusterIdentity = object.clusterIdentity;
  return target;
}

/** The cluster fields of an object tied to a cluster, for a finding about it; none otherwise. */
export const clusterOf = (object: KubeObject): Partial<ClusterReference> => withClusterOf({}, object);

/** `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects. */
export function resourceName(object: Pick<KubeObject, 'kind' | 'namespace' | 'name'>): string {
  return object.namespace === undefined
    ? `${object.kind}/${object.name}`
    : `${object.kind}/${object.namespace}/${object.name}`;
}

/** Either path leads into the other: an unknown block holds the field, or the field holds an unknown part. */
export const pathsOverlap = (unknown: FieldPath, path: FieldPath): boolean =>
  unknown.every((step, index) => index >= path.length || path[index] === step);

/** Why the value at `path` is not known yet, when it (or the block holding it, or a part of it) is unknown. */
export function unknownReason(object: KubeObject, path: FieldPath): string | undefined {
  return object.unknownFields?.find((field) => pathsOverlap(field.path, path))?.reason;
}
