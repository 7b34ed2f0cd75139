import { isDeepStrictEqual } from 'node:util';
import type { Check, CheckOptions, CheckResult, FindingDraft, Undecided } from '../checks/check.js';
import { findingOn, type FindingOnObject } from '../checks/findings.js';
import { resourceName, type KubeObject } from '../model/kubernetes.js';
import type { SourceLocation } from '../model/location.js';
import type { ScanModel } from '../model/scan-model.js';

/**
 * A finding as stored: a location in the object's own place (its file and template) is its line
 * and column alone, as the object's field table stores its fields.
 */
export type StoredFinding = Omit<FindingOnObject, 'location'> & {
  location: SourceLocation | [number, number];
};

/**
 * An object-scoped check's result on one Kubernetes object alone, as a shard report stores it
 * beside the object. Its findings are `findingOn` that object: the object's resource, cluster and
 * platform mark are not repeated, and cannot be told apart from the object's own.
 */
export interface StoredCheckResult {
  check: string;
  applicable: number;
  findings?: StoredFinding[];
  undecided?: Undecided[];
  note?: string;
}

/** The checks a shard runs on each of its objects alone, with the options of the scan. */
export interface ObjectJudging {
  checks: readonly Check[];
  options: CheckOptions;
}

/** What a shard judged of its objects: the checks it ran on each, and each object's results. */
export interface ObjectVerdicts {
  /** The object-scoped checks run on every object; another check's results are not stored. */
  judged: string[];
  /** Per object (in the order given), its results that say something. */
  results: StoredCheckResult[][];
}

/** A line and column in the object's own place, restored as that place. */
const placed = (object: KubeObject, [line, column]: [number, number]): SourceLocation =>
  object.location.kind === 'live' ? object.location : { ...object.location, line, column };

function storedLocation(object: KubeObject, location: SourceLocation): StoredFinding['location'] {
  if (location.kind === 'live') return location;
  const position: [number, number] = [location.line, location.column];
  return isDeepStrictEqual(placed(object, position), location) ? position : location;
}

const restoredLocation = (object: KubeObject, location: StoredFinding['location']): SourceLocation =>
  Array.isArray(location) ? placed(object, location) : location;

/** The draft as stored, or undefined when the check did not make it `findingOn(object, …)`. */
function onObject(object: KubeObject, draft: FindingDraft): StoredFinding | undefined {
  const { location, message, key, container } = draft;
  const taken = container === undefined ? { location, message, key } : { location, message, key, container };
  if (!isDeepStrictEqual(findingOn(object, taken), draft)) return undefined;
  return { ...taken, location: storedLocation(object, location) };
}

function stored(check: string, result: CheckResult, findings: StoredFinding[]): StoredCheckResult {
  return {
    check,
    applicable: result.applicable,
    ...(findings.length === 0 ? {} : { findings }),
    ...(result.undecided.length === 0 ? {} : { undecided: result.undecided }),
    ...(result.note === undefined ? {} : { note: result.note }),
  };
}

/**
 * Runs every object-scoped check on each object alone. A check whose finding is not `findingOn`
 * its object is left out of `judged` (the merge then runs it), so a wrong scope mark costs time,
 * never a finding.
 */
export function judgeEachObject(
  objects: readonly KubeObject[],
  { checks, options }: ObjectJudging,
): ObjectVerdicts {
  const scoped = checks.filter((check) => check.scope === 'object');
  const runs = objects.map((object) => {
    const model: ScanModel = { kubeObjects: [object], clusters: [] };
    return scoped.map((check) => {
      const result = check.run(model, options);
      return { result, findings: result.findings.map((draft) => onObject(object, draft)) };
    });
  });
  const kept = scoped.flatMap((check, index) =>
    runs.every((run) => run[index]?.findings.every((finding) => finding !== undefined)) ? [index] : [],
  );
  return {
    judged: kept.map((index) => (scoped[index] as Check).id),
    results: runs.map((run) =>
      kept.flatMap((index) => {
        const { result, findings } = run[index] as (typeof run)[number];
        const said = result.applicable > 0 || findings.length > 0 || result.undecided.length > 0;
        return said || result.note !== undefined
          ? [stored((scoped[index] as Check).id, result, findings as StoredFinding[])]
          : [];
      }),
    ),
  };
}

/** A restored object's results by check, and the checks its shard judged it by. */
export interface RestoredVerdicts {
  judged: ReadonlySet<string>;
  results: ReadonlyMap<string, CheckResult>;
}

/** The stored finding as the check made it, `findingOn` the object, with the object's one `resource` string. */
function restoredFinding(object: KubeObject, stored: StoredFinding, resource: string): FindingDraft {
  const { message, key, container } = stored;
  const location = restoredLocation(object, stored.location);
  return findingOn(
    object,
    container === undefined ? { location, message, key } : { location, message, key, container },
    resource,
  );
}

export function restoreVerdicts(
  object: KubeObject,
  judged: ReadonlySet<string>,
  results: readonly StoredCheckResult[],
): RestoredVerdicts {
  // The name `findingOn` gives, made once: made for each finding, each was a string of its own
  // (and a flat copy of it in the report's finding), kept to the end of a merge of 40,000.
  const resource = resourceName(object);
  return {
    judged,
    results: new Map(
      results.map((result) => [
        result.check,
        {
          findings: (result.findings ?? []).map((finding) => restoredFinding(object, finding, resource)),
          applicable: result.applicable,
          undecided: result.undecided ?? [],
          ...(result.note === undefined ? {} : { note: result.note }),
        },
      ]),
    ),
  };
}

const judgedNothing: CheckResult = { findings: [], applicable: 0, undecided: [] };

/**
 * The check's result over `model` from its objects' results, or undefined when they do not give
 * it exactly: an object not judged by it, nothing judged (the reason is the model's), a note, or
 * undecided subjects on more than one object (a check may list them in another order).
 */
function combined(
  check: string,
  model: ScanModel,
  verdictsOf: (object: KubeObject) => RestoredVerdicts | undefined,
) {
  const findings: FindingDraft[] = [];
  const undecided: Undecided[] = [];
  let applicable = 0;
  let undecidedObjects = 0;
  for (const object of model.kubeObjects) {
    const verdicts = verdictsOf(object);
    if (verdicts?.judged.has(check) !== true) return undefined;
    const result = verdicts.results.get(check) ?? judgedNothing;
    if (result.note !== undefined) return undefined;
    applicable += result.applicable;
    for (const finding of result.findings) findings.push(finding);
    if (result.undecided.length > 0) undecidedObjects += 1;
    for (const entry of result.undecided) undecided.push(entry);
  }
  return applicable === 0 || undecidedObjects > 1 ? undefined : { findings, applicable, undecided };
}

/** `checks`, the object-scoped ones answered from the shards' results wherever those give the whole result. */
export function withShardVerdicts(
  checks: readonly Check[],
  verdictsOf: (object: KubeObject) => RestoredVerdicts | undefined,
): Check[] {
  return checks.map((check) =>
    check.scope === 'object'
      ? {
          ...check,
          run: (model, options) => combined(check.id, model, verdictsOf) ?? check.run(model, options),
        }
      : check,
  );
}
