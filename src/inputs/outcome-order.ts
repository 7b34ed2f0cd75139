import type { Cluster } from '../model/cluster.js';
import type { KubeObject } from '../model/kubernetes.js';
import type { SourceLocation } from '../model/location.js';
import type { ReadInputs } from './read-inputs.js';

type Key = string | number | undefined;

/** Compares key lists in order; undefined sorts first. Plain `<`, not locale rules: the same on every runner. */
function compareKeys(left: readonly Key[], right: readonly Key[]): number {
  for (const [index, value] of left.entries()) {
    const other = right[index];
    if (value === other) continue;
    if (value === undefined) return -1;
    if (other === undefined) return 1;
    return value < other ? -1 : 1;
  }
  return 0;
}

const locationKeys = (location: SourceLocation): Key[] =>
  location.kind === 'live'
    ? [location.cluster, 0, 0, location.apiAddress, location.fieldPath]
    : [location.file, location.line, location.column, location.template, location.address];

/** Sorted by `keys`, and by the whole value where they tie (only then is it serialized). */
function sortedBy<T>(items: readonly T[], keys: (item: T) => Key[], whole: (item: T) => unknown): T[] {
  return [...items].sort(
    (left, right) =>
      compareKeys(keys(left), keys(right)) ||
      compareKeys([JSON.stringify(whole(left))], [JSON.stringify(whole(right))]),
  );
}

const objectKeys = (object: KubeObject): Key[] => [
  ...locationKeys(object.location),
  object.apiVersion,
  object.kind,
  object.namespace,
  object.name,
  object.cluster,
];
const clusterKeys = (cluster: Cluster): Key[] => [
  ...locationKeys(cluster.location),
  cluster.id,
  cluster.name,
];

/**
 * What was read, in one order that does not depend on which files were read together or first:
 * by file and position. A whole scan and a merge of shards then give the same report, row by row
 * and finding by finding (which cluster picks the catalog, which finding is listed first).
 */
export function inCanonicalOrder<T extends ReadInputs>(outcome: T): T {
  return {
    ...outcome,
    model: {
      ...outcome.model,
      kubeObjects: sortedBy(outcome.model.kubeObjects, objectKeys, (object) => object.body),
      clusters: sortedBy(outcome.model.clusters, clusterKeys, (cluster) => cluster),
    },
    errors: sortedBy(
      outcome.errors,
      (error) => [error.file, error.line, error.column, error.message],
      () => undefined,
    ),
    skipped: sortedBy(
      outcome.skipped,
      (skipped) => [skipped.file, skipped.reason],
      () => undefined,
    ),
    notChecked: sortedBy(
      outcome.notChecked,
      (entry) => [entry.file, entry.line, entry.reason, entry.fix],
      () => undefined,
    ),
  };
}
