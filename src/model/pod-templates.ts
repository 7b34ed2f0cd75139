import { asFields, asText, valueAt, type Fields } from './fields.js';
import { pathsOverlap, type KubeObject } from './kubernetes.js';
import type { FieldPath } from './location.js';
import { readOnce } from './read-once.js';

export type ContainerKind = 'container' | 'initContainer' | 'ephemeralContainer';

export interface ContainerSpec {
  kind: ContainerKind;
  name: string;
  body: Fields;
  /** Path of the container entry within the object. */
  path: FieldPath;
  /** The path with the container's name instead of its index, e.g. `spec.template.spec.containers[app]`, for fingerprints. */
  key: string;
}

/** A pod spec inside a workload object, with where it sits. */
export interface PodTemplate {
  object: KubeObject;
  spec: Fields;
  specPath: FieldPath;
  /** The pod's own metadata (the template's for controllers; the object's for a Pod). */
  metadata: Fields;
  /** e.g. `spec.template.spec`, the prefix of finding keys. */
  key: string;
  containers: ContainerSpec[];
  /**
   * The object's fields known only at deploy time that this pod may hold: those at or above its
   * template, or inside it. Absent when there is none (always, for YAML), so a check reading the
   * pod need not ask about each field it reads.
   */
  unknownFields?: NonNullable<KubeObject['unknownFields']>;
}

/** Where each workload kind keeps its pod template (metadata and spec are siblings). */
export const podTemplatePaths: Readonly<Record<string, FieldPath>> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

const containerLists: readonly [ContainerKind, string][] = [
  ['initContainer', 'initContainers'],
  ['container', 'containers'],
  ['ephemeralContainer', 'ephemeralContainers'],
];

/**
 * The pod templates of a workload object: one for the kinds above, none for anything else.
 * Every check reads pod templates; objects are immutable during a scan, so each is read once.
 */
export const podTemplatesOf = (object: KubeObject): readonly PodTemplate[] =>
  podPlaces.has(object.kind) ? workloadTemplatesOf(object) : noTemplates;

const noTemplates: readonly PodTemplate[] = [];

/** Each workload kind's pod spec and metadata paths and its key, shared by all objects of the kind. */
const podPlaces = new Map(
  Object.entries(podTemplatePaths).map(([kind, templatePath]) => {
    const specPath = [...templatePath, 'spec'];
    return [
      kind,
      { templatePath, specPath, metadataPath: [...templatePath, 'metadata'], key: specPath.join('.') },
    ];
  }),
);

/**
 * Unknown fields that may hold part of the pod: one that neither leads into the template nor lies
 * inside it differs from the template's path at some step, and so from every path below it.
 */
function unknownFieldsOf(object: KubeObject, templatePath: FieldPath): PodTemplate['unknownFields'] {
  const inPod = object.unknownFields?.filter(({ path }) => pathsOverlap(path, templatePath));
  return inPod === undefined || inPod.length === 0 ? undefined : inPod;
}

/** Remembered for workloads only: other objects have none, without an entry each. */
const workloadTemplatesOf = readOnce(readPodTemplates);

/** Read once for each of a scan's thousands of workloads: loops, and no object spread or closure each. */
function readPodTemplates(object: KubeObject): PodTemplate[] {
  const places = podPlaces.get(object.kind);
  if (places === undefined) return [];
  const { templatePath, specPath, metadataPath, key } = places;
  const spec = asFields(valueAt(object.body, specPath));
  if (spec === undefined) return [];
  const template: PodTemplate = {
    object,
    spec,
    specPath,
    metadata: asFields(valueAt(object.body, metadataPath)) ?? {},
    key,
    containers: containersIn(spec, specPath, key),
  };
  const unknownFields = unknownFieldsOf(object, templatePath);
  if (unknownFields !== undefined) template.unknownFields = unknownFields;
  return [template];
}

/** The pod templates of all `objects`, read once per list: a model's checks all ask for them. */
export const podTemplatesIn = readOnce((objects: readonly KubeObject[]): PodTemplate[] =>
  objects.flatMap(podTemplatesOf),
);

/** A pod spec's containers, init containers first; entries that are not mappings are no containers. */
function containersIn(spec: Fields, specPath: FieldPath, specKey: string): ContainerSpec[] {
  const containers: ContainerSpec[] = [];
  for (const [kind, field] of containerLists) {
    const entries = spec[field];
    if (!Array.isArray(entries)) continue;
    for (let index = 0; index < entries.length; index += 1) {
      const body = asFields(entries[index]);
      if (body === undefined) continue;
      const name = asText(body.name) ?? `#${index}`;
      containers.push({
        kind,
        name,
        body,
        path: specPath.concat(field, index),
        key: `${specKey}.${field}[${name}]`,
      });
    }
  }
  // A copy of the exact length: an array grown by pushing keeps its slack for the whole scan.
  return containers.slice();
}

export const containerKindWords: Readonly<Record<ContainerKind, string>> = {
  container: 'container',
  initContainer: 'init container',
  ephemeralContainer: 'ephemeral container',
};

/** `container "app"`, `init container "setup"`: how messages name a container. */
export function describeContainer(container: Pick<ContainerSpec, 'kind' | 'name'>): string {
  return `${containerKindWords[container.kind]} "${container.name}"`;
}
