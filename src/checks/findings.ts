import { valueAt } from '../model/fields.js';
import { resourceName, unknownReason, withClusterOf, type KubeObject } from '../model/kubernetes.js';
import type { FieldPath, SourceLocation } from '../model/location.js';
import { podTemplatePaths, podTemplatesOf, type PodTemplate } from '../model/pod-templates.js';
import { readOnce } from '../model/read-once.js';
import type { CheckResult, FindingDraft, Undecided } from './check.js';

/** Where a finding points: the field when the object has it, else the object itself. */
export function blame(object: KubeObject, field: FieldPath): SourceLocation {
  return valueAt(object.body, field) === undefined ? object.location : object.locate(field);
}

export interface FindingOnObject {
  location: SourceLocation;
  message: string;
  key: string;
  container?: string;
}

/**
 * A finding about a Kubernetes object, carrying the object's cluster and platform mark (a live object's uid is in its location).
 * `resource` is the object's name, given by a caller that made it once for all the object's findings.
 */
export function findingOn(
  object: KubeObject,
  finding: FindingOnObject,
  resource = resourceName(object),
): FindingDraft {
  const draft: FindingDraft = {
    resource,
    location: finding.location,
    message: finding.message,
    key: finding.key,
  };
  // Optional fields set one by one, absent when undefined, rather than by object spreads: a
  // plan's checks make tens of thousands of drafts.
  if (finding.container !== undefined) draft.container = finding.container;
  withClusterOf(draft, object);
  if (object.platform !== undefined) draft.platform = object.platform;
  return draft;
}

/** The object left undecided because the field at `path` (or a part of it) is known only at deploy time. */
export function undecidedAt(object: KubeObject, path: FieldPath): Undecided | undefined {
  const reason = unknownReason(object, path);
  if (reason === undefined) return undefined;
  return {
    reason: `${path.join('.')}: ${reason}`,
    resource: resourceName(object),
    location: object.locate(path),
  };
}

/**
 * `undecidedAt` for a field of a pod spec. Only the pod's own unknown fields can hold it (those
 * at or above its template, or inside it: `PodTemplate.unknownFields`), so a pod without any,
 * as every pod read from YAML, is never asked and its path never built.
 */
export function undecidedInPod(template: PodTemplate, field: string): Undecided | undefined {
  return template.unknownFields === undefined
    ? undefined
    : undecidedAt(template.object, [...template.specPath, field]);
}

/**
 * Workloads with nothing to judge because their pod spec, or for container rules their container
 * list, is known only at deploy time (a Terraform block computed after apply): without this, such
 * a workload would have no pod or container to check and so would vanish from the row.
 */
export function undecidedPods(objects: readonly KubeObject[], level: 'pod' | 'container'): Undecided[] {
  return undecidedPodsIn(objects)[level];
}

/**
 * Every pod and container rule asks: both levels are found in one pass over a model's objects when
 * the first rule asks (one loop rather than one per level, which V8 compiled again for the second).
 */
const undecidedPodsIn = readOnce((objects: readonly KubeObject[]) => {
  const undecided: Record<'pod' | 'container', Undecided[]> = { pod: [], container: [] };
  for (const object of objects) {
    // Asked first: no object read from YAML has an unknown field, so most objects stop here.
    if (object.unknownFields === undefined) continue;
    const templatePath = podTemplatePaths[object.kind];
    if (templatePath === undefined) continue;
    const template = podTemplatesOf(object)[0];
    if (template === undefined) {
      const specPath = [...templatePath, 'spec'];
      pushExplained(undecided.pod, object, specPath);
      pushExplained(undecided.container, object, specPath);
    } else if (template.containers.length === 0) {
      pushExplained(undecided.container, object, [...template.specPath, 'containers']);
    }
  }
  return undecided;
});

/** Adds the object, undecided, when an unknown field explains what is missing at `missing`. */
function pushExplained(undecided: Undecided[], object: KubeObject, missing: FieldPath): void {
  // Only an unknown at or above the missing part explains it; an unknown field deeper down does not.
  const explained = object.unknownFields?.some((field) =>
    field.path.every((step, index) => missing[index] === step),
  );
  const found = explained === true ? undecidedAt(object, missing) : undefined;
  if (found !== undefined) undecided.push(found);
}

/** The result of a check that judged `applicable` subjects, or none for the reason given. */
export function resultOf(
  findings: FindingDraft[],
  applicable: number,
  notApplicableReason: string,
  undecided: Undecided[] = [],
): CheckResult {
  return applicable === 0
    ? { findings, applicable, undecided, notApplicableReason }
    : { findings, applicable, undecided };
}

export const noWorkloads = 'no workloads (pods or pod templates) in the scanned input';
