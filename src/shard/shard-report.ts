import { createHash } from 'node:crypto';
import type { InputOutcome } from '../benchmarks/assess.js';
import type { SkipRule } from '../benchmarks/skip-rules.js';
import type { IgnoreRule } from '../benchmarks/suppressions.js';
import type { InputLimits } from '../inputs/input-format.js';
import type { Cluster } from '../model/cluster.js';
import type { ExcludedPath } from '../model/input-problems.js';
import type { KubeObject } from '../model/kubernetes.js';
import type { FieldPath, FileLocation, SourceLocation } from '../model/location.js';
import type { Shard } from './shard.js';

/** Everything that changes what a scan reads or decides: shards merge only when theirs are equal. */
export interface ShardConfig {
  paths: string[];
  benchmarks: string[];
  namespace: string;
  parameterFiles: string[];
  terraformDir: string | null;
  bicepRestore: boolean;
  bicepRegistries: string[];
  limits: InputLimits;
  ignores: IgnoreRule[];
  exclude: string[];
  skip: SkipRule[];
}

/** A Kubernetes object as stored: its field locations as a table instead of a function. */
type StoredKubeObject = Omit<KubeObject, 'locate'> & {
  /** By `JSON.stringify(path)`: [line, column] in the object's own file, else the whole location. */
  fieldLocations: Record<string, [number, number] | SourceLocation>;
};

interface StoredOutcome extends Omit<InputOutcome, 'model'> {
  model: Omit<InputOutcome['model'], 'kubeObjects'> & {
    kubeObjects: StoredKubeObject[];
    clusters: Cluster[];
  };
}

/** What one shard read of one tree (the head, or the base commit). */
export interface ShardSide {
  /** Every input discovery found, in every shard: the merge checks that the shards agree on it. */
  inputs: string[];
  /** The inputs this shard read. */
  read: string[];
  /** What the exclude globs left out (the same in every shard). */
  excluded?: ExcludedPath[];
  outcome: StoredOutcome;
}

/** The base commit as one shard read it: its group there, or why it could not. */
export type ShardBase =
  { kind: 'read'; description: string; side: ShardSide } | { kind: 'unavailable'; reason: string };

/** The file `scan --shard I/N` writes: what the shard read, and who it is. It decides nothing. */
export interface ShardReport {
  kind: typeof shardReportKind;
  formatVersion: 1;
  shard: Shard;
  toolVersion: string;
  /** The commit scanned, when known (a git checkout). */
  commit: string | null;
  configHash: string;
  config: ShardConfig;
  head: ShardSide;
  /** Present when the shard was asked to read the base commit too. */
  base?: ShardBase;
}

export const shardReportKind = 'aks-cis-gate-shard';

export function configHash(config: ShardConfig): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex');
}

/** Every path into a body that holds a value, the root first. */
function* fieldPaths(value: unknown, path: (string | number)[] = []): Generator<FieldPath> {
  yield path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* fieldPaths(item, [...path, index]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* fieldPaths(item, [...path, key]);
  }
}

/** A field in the object's own file (and template) is stored as its line and column alone. */
const inObjectFile = (object: SourceLocation, field: SourceLocation): field is FileLocation =>
  object.kind !== 'live' &&
  field.kind !== 'live' &&
  field.file === object.file &&
  field.template === object.template &&
  field.address === object.address;

/**
 * The object's locations for every field it has (and every field known to be unknown): a missing
 * field is located at its nearest present ancestor, so that table answers every `locate`.
 */
function storeKubeObject(object: KubeObject): StoredKubeObject {
  // The locate function stays behind: a shard report is JSON, its table replaces the function.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { locate, ...plain } = object;
  const fieldLocations: StoredKubeObject['fieldLocations'] = {};
  const paths = [...fieldPaths(object.body), ...(object.unknownFields ?? []).map((field) => field.path)];
  for (const path of paths) {
    const location = object.locate(path);
    fieldLocations[JSON.stringify(path)] = inObjectFile(object.location, location)
      ? [location.line, location.column]
      : location;
  }
  return { ...plain, fieldLocations };
}

function restoreKubeObject(stored: StoredKubeObject): KubeObject {
  const { fieldLocations, ...plain } = stored;
  const locate = (path: FieldPath): SourceLocation => {
    for (let length = path.length; length >= 0; length -= 1) {
      const found = fieldLocations[JSON.stringify(path.slice(0, length))];
      if (Array.isArray(found) && stored.location.kind !== 'live')
        return { ...stored.location, line: found[0], column: found[1] };
      if (found !== undefined && !Array.isArray(found)) return found;
    }
    return stored.location;
  };
  // JSON has no undefined: a cluster-scoped object's namespace comes back as a missing key.
  return { ...plain, namespace: plain.namespace ?? undefined, locate };
}

export function storeOutcome(outcome: InputOutcome): StoredOutcome {
  return {
    ...outcome,
    model: { ...outcome.model, kubeObjects: outcome.model.kubeObjects.map(storeKubeObject) },
  };
}

export function restoreOutcome(stored: StoredOutcome): InputOutcome {
  return {
    ...stored,
    model: { ...stored.model, kubeObjects: stored.model.kubeObjects.map(restoreKubeObject) },
  };
}
