import { createHash } from 'node:crypto';
import type { InputOutcome } from '../benchmarks/assess.js';
import type { SkipRule } from '../benchmarks/skip-rules.js';
import type { IgnoreRule } from '../benchmarks/suppressions.js';
import type { InputLimits } from '../inputs/input-format.js';
import type { Cluster } from '../model/cluster.js';
import type { ExcludedPath } from '../model/input-problems.js';
import type { KubeObject } from '../model/kubernetes.js';
import type { FieldPath, FileLocation, SourceLocation } from '../model/location.js';
import {
  judgeEachObject,
  restoreVerdicts,
  type ObjectJudging,
  type RestoredVerdicts,
  type StoredCheckResult,
} from './object-results.js';
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

/**
 * A Kubernetes object as stored: its field locations as a table instead of a function. The
 * table is two flat arrays rather than an object keyed by path: a merge of 40,000 findings
 * schema-checks some 45,000 fields, and an object's keys each cost the validator a call.
 */
type StoredKubeObject = Omit<KubeObject, 'locate'> & {
  /** `JSON.stringify(path)` of each field located in the object's own file (and template). */
  fieldPaths: string[];
  /** The line and column of each of `fieldPaths`, two numbers per path. */
  fieldPositions: number[];
  /** Fields located anywhere else, by `JSON.stringify(path)`. */
  fieldsElsewhere?: Record<string, SourceLocation>;
  /** The object-scoped checks' results on this object alone that say something (`objectChecks`). */
  results?: StoredCheckResult[];
};

interface StoredOutcome extends Omit<InputOutcome, 'model'> {
  model: Omit<InputOutcome['model'], 'kubeObjects'> & {
    kubeObjects: StoredKubeObject[];
    clusters: Cluster[];
  };
  /** The object-scoped checks the shard ran on each of its objects alone; the merge runs the rest. */
  objectChecks?: string[];
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
  formatVersion: typeof shardReportFormatVersion;
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
/**
 * 2: field locations as flat arrays (`StoredKubeObject`). 3: each object carries the
 * object-scoped checks' results on it (`results`, `objectChecks`).
 */
export const shardReportFormatVersion = 3;

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
function storeKubeObject(object: KubeObject, results: StoredCheckResult[] = []): StoredKubeObject {
  // The locate function stays behind: a shard report is JSON, its table replaces the function.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { locate, ...plain } = object;
  const stored: StoredKubeObject = {
    ...plain,
    fieldPaths: [],
    fieldPositions: [],
    ...(results.length === 0 ? {} : { results }),
  };
  const elsewhere: Record<string, SourceLocation> = {};
  const seen = new Set<string>();
  const paths = [...fieldPaths(object.body), ...(object.unknownFields ?? []).map((field) => field.path)];
  for (const path of paths) {
    const key = JSON.stringify(path);
    if (seen.has(key)) continue;
    seen.add(key);
    const location = object.locate(path);
    if (inObjectFile(object.location, location)) {
      stored.fieldPaths.push(key);
      stored.fieldPositions.push(location.line, location.column);
    } else elsewhere[key] = location;
  }
  return Object.keys(elsewhere).length === 0 ? stored : { ...stored, fieldsElsewhere: elsewhere };
}

function restoreKubeObject(stored: StoredKubeObject): KubeObject {
  const {
    fieldPaths: paths,
    fieldPositions: positions,
    fieldsElsewhere: elsewhere,
    results: _results,
    ...plain
  } = stored;
  // Built on the first `locate`: most objects are located a few times, some never.
  let indexOf: Map<string, number> | undefined;
  const locateKey = (key: string): SourceLocation | undefined => {
    indexOf ??= new Map(paths.map((path, index) => [path, index]));
    const index = indexOf.get(key);
    if (index !== undefined && stored.location.kind !== 'live')
      return {
        ...stored.location,
        line: positions[2 * index] as number,
        column: positions[2 * index + 1] as number,
      };
    return elsewhere !== undefined && Object.hasOwn(elsewhere, key) ? elsewhere[key] : undefined;
  };
  const locate = (path: FieldPath): SourceLocation => {
    for (let length = path.length; length >= 0; length -= 1) {
      const found = locateKey(JSON.stringify(path.slice(0, length)));
      if (found !== undefined) return found;
    }
    return stored.location;
  };
  // JSON has no undefined: a cluster-scoped object's namespace comes back as a missing key.
  return { ...plain, namespace: plain.namespace ?? undefined, locate };
}

/**
 * What the schema cannot say about a stored object: every field path has its line and column,
 * and each result is of a check the shard says it ran, once.
 */
function storedObjectProblem(object: StoredKubeObject, judged: ReadonlySet<string>): string | undefined {
  const named = `${object.kind} "${object.name}"`;
  if (object.fieldPositions.length !== 2 * object.fieldPaths.length)
    return `${named} has ${object.fieldPaths.length} field paths and ${object.fieldPositions.length} positions, not two per path`;
  const checks = (object.results ?? []).map((result) => result.check);
  const stray = checks.find((check) => !judged.has(check));
  if (stray !== undefined) return `${named} has a result of ${stray}, which is not among objectChecks`;
  return new Set(checks).size === checks.length ? undefined : `${named} has two results of one check`;
}

/** The first stored object, in the head or the base, whose field table or results are not whole. */
export function storedObjectsProblem(report: ShardReport): string | undefined {
  const sides = [report.head, ...(report.base?.kind === 'read' ? [report.base.side] : [])];
  for (const side of sides) {
    const judged = new Set(side.outcome.objectChecks);
    for (const object of side.outcome.model.kubeObjects) {
      const problem = storedObjectProblem(object, judged);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

/** The outcome as a shard report stores it; with `judging`, each object's results of the object-scoped checks. */
export function storeOutcome(outcome: InputOutcome, judging?: ObjectJudging): StoredOutcome {
  const { kubeObjects } = outcome.model;
  const verdicts = judging === undefined ? undefined : judgeEachObject(kubeObjects, judging);
  return {
    ...outcome,
    model: {
      ...outcome.model,
      kubeObjects: kubeObjects.map((object, index) => storeKubeObject(object, verdicts?.results[index])),
    },
    ...(verdicts === undefined ? {} : { objectChecks: verdicts.judged }),
  };
}

/** The outcome as read; `verdicts` receives each restored object's stored results. */
export function restoreOutcome(
  stored: StoredOutcome,
  verdicts?: Map<KubeObject, RestoredVerdicts>,
): InputOutcome {
  const { objectChecks, ...outcome } = stored;
  const judged = new Set(objectChecks);
  return {
    ...outcome,
    model: {
      ...stored.model,
      kubeObjects: stored.model.kubeObjects.map((storedObject) => {
        const object = restoreKubeObject(storedObject);
        verdicts?.set(object, restoreVerdicts(object, judged, storedObject.results ?? []));
        return object;
      }),
    },
  };
}
