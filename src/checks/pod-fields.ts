import { asFields, valueAt } from '../model/fields.js';
import type { FieldPath } from '../model/location.js';
import type { PodTemplate } from '../model/pod-templates.js';
import type { Subject } from './pod-subjects.js';

/**
 * Where a field is read from:
 * - `pod`: a path below the pod spec (hostPID, volumes);
 * - `container`: a path below the container (securityContext.privileged, ports);
 * - `container-over-pod`: a path below securityContext, where the container's value overrides
 *   the pod's, as Kubernetes resolves runAsUser, runAsNonRoot, seccompProfile, windowsOptions;
 * - `pod-annotation` / `container-annotation`: a pod annotation (for a container, the key is
 *   the prefix followed by the container name), as the legacy seccomp annotations are.
 */
export type FieldSource =
  | { from: 'pod' | 'container' | 'container-over-pod'; path: readonly string[] }
  | { from: 'pod-annotation'; key: string }
  | { from: 'container-annotation'; keyPrefix: string };

/**
 * A field source with what is worked out once, not once per subject: its steps below the pod
 * spec, the container or the annotations, and the names a message gives it.
 */
export interface PodField {
  source: FieldSource;
  /** The steps below the pod spec, the container or the annotations (a container's annotation key is its own). */
  steps: readonly string[];
  /** What a message calls the field set on the container, the pod or the annotation. */
  name: string;
  /** `container-over-pod`: what a message calls the pod's value. */
  podName: string;
}

export function podField(source: FieldSource): PodField {
  const steps = stepsOf(source);
  const name = nameOf(source, steps);
  return { source, steps, name, podName: `pod ${name}` };
}

/** The same field however a rule spells it, so that rules reading it share one read. */
export function fieldIdentity(source: FieldSource): string {
  switch (source.from) {
    case 'pod':
    case 'container':
    case 'container-over-pod':
      return `${source.from}:${source.path.join('\u0000')}`;
    case 'pod-annotation':
      return `${source.from}:${source.key}`;
    case 'container-annotation':
      return `${source.from}:${source.keyPrefix}`;
  }
}

function stepsOf(source: FieldSource): readonly string[] {
  switch (source.from) {
    case 'pod':
    case 'container':
      return source.path;
    case 'container-over-pod':
      return ['securityContext', ...source.path];
    case 'pod-annotation':
      return [source.key];
    case 'container-annotation':
      return [];
  }
}

/** What a message calls the field (a container annotation is named with its key, see `whereSet`). */
function nameOf(source: FieldSource, steps: readonly string[]): string {
  switch (source.from) {
    case 'pod':
    case 'container':
    case 'container-over-pod':
      return steps.join('.');
    case 'pod-annotation':
      return `annotation ${source.key}`;
    case 'container-annotation':
      return `annotation ${source.keyPrefix}`;
  }
}

/** Where a read starts when not from an earlier read: the pod spec, the container, the pod's annotations. */
const fromPodSpec = -1;
const fromContainer = -2;
const fromAnnotations = -3;

/** One property read: `key` of a base (`from` < 0) or of the value an earlier read (`from`) gave. */
interface Step {
  from: number;
  key: string;
}

/** Which reads give a field's value: on the container (-1: none), on the pod (-1: none). */
interface Leaf {
  container: number;
  pod: number;
  /** `container-annotation`: the key's prefix, followed by the container's name. */
  annotationPrefix: string | undefined;
}

/**
 * How the fields of one level are read for each subject: one list of property reads in which a
 * path's steps that several fields share (`securityContext`, read for nine of a container's
 * fields and five of its pod's) are read once, without a path walked or a source switched on per field.
 */
export interface FieldReads {
  steps: Step[];
  leaves: Leaf[];
}

/** The reads for `fields`, in their order: each step read once, after the read that holds it. */
export function fieldReads(fields: readonly PodField[]): FieldReads {
  const steps: Step[] = [];
  const known = new Map<string, number>();
  const leafOf = (base: number, path: readonly string[]): number => {
    let from = base;
    for (const key of path) {
      const identity = `${from}\u0000${key}`;
      let at = known.get(identity);
      if (at === undefined) {
        at = steps.push({ from, key }) - 1;
        known.set(identity, at);
      }
      from = at;
    }
    return from;
  };
  const leaves = fields.map(({ source, steps: path }): Leaf => {
    switch (source.from) {
      case 'pod':
        return { container: -1, pod: leafOf(fromPodSpec, path), annotationPrefix: undefined };
      case 'container':
        return { container: leafOf(fromContainer, path), pod: -1, annotationPrefix: undefined };
      case 'container-over-pod':
        return {
          container: leafOf(fromContainer, path),
          pod: leafOf(fromPodSpec, path),
          annotationPrefix: undefined,
        };
      case 'pod-annotation':
        return { container: -1, pod: leafOf(fromAnnotations, path), annotationPrefix: undefined };
      case 'container-annotation':
        return { container: -1, pod: -1, annotationPrefix: source.keyPrefix };
    }
  });
  return { steps, leaves };
}

/**
 * Each field's effective value for `subject` into `values` (undefined: set nowhere), the
 * container's value before its pod's, as Kubernetes resolves them; `read` holds each read's value.
 * No path, place or name is built (`whereSet` does that for a blamed field).
 */
export function readFields(
  { steps, leaves }: FieldReads,
  { template, container }: Subject,
  read: unknown[],
  values: unknown[],
): void {
  const spec = template.spec;
  const body = container?.body;
  const annotations = template.metadata.annotations;
  for (let at = 0; at < steps.length; at += 1) {
    const { from, key } = steps[at] as Step;
    const base =
      from >= 0 ? read[from] : from === fromPodSpec ? spec : from === fromContainer ? body : annotations;
    // As valueAt reads: a step below anything but a mapping, or a null, is unset.
    const value = asFields(base)?.[key];
    read[at] = value === null ? undefined : value;
  }
  for (let slot = 0; slot < leaves.length; slot += 1) {
    const { container: onContainer, pod: onPod, annotationPrefix } = leaves[slot] as Leaf;
    let value = onContainer < 0 ? undefined : read[onContainer];
    if (value === undefined && onPod >= 0) value = read[onPod];
    if (annotationPrefix !== undefined && container !== undefined)
      value = valueAt(annotations, [`${annotationPrefix}${container.name}`]);
    values[slot] = value;
  }
}

/** Where a field that is set for `subject` was set, and what a message calls it there. */
export interface SetField {
  path: FieldPath;
  name: string;
}

/** Where `field` is set for `subject` (the container's value before its pod's), or undefined when set nowhere. */
export function whereSet(field: PodField, subject: Subject): SetField | undefined {
  for (const site of sitesOf(field, subject)) {
    if (valueAt(site.base, site.steps) !== undefined) {
      return { path: [...site.basePath, ...site.steps], name: site.name };
    }
  }
  return undefined;
}

/** Every path `field` may read for `subject`, for telling whether one is not known yet. */
export const pathsRead = (field: PodField, subject: Subject): FieldPath[] =>
  sitesOf(field, subject).map((site) => [...site.basePath, ...site.steps]);

/** Where a field is read, relative to a pod spec or container that the subject holds. */
interface Site {
  base: unknown;
  basePath: FieldPath;
  steps: readonly string[];
  name: string;
}

/** Where `field` is read for `subject`, in precedence order (a container's value before its pod's). */
function sitesOf(field: PodField, { template, container }: Subject): Site[] {
  const { source, steps, name } = field;
  switch (source.from) {
    case 'pod':
      return [{ base: template.spec, basePath: template.specPath, steps, name }];
    case 'container':
      return container ? [{ base: container.body, basePath: container.path, steps, name }] : [];
    case 'container-over-pod': {
      const fromPod = { base: template.spec, basePath: template.specPath, steps, name: field.podName };
      return container
        ? [{ base: container.body, basePath: container.path, steps, name }, fromPod]
        : [fromPod];
    }
    case 'pod-annotation':
      return [annotationSite(template, source.key)];
    case 'container-annotation':
      return container ? [annotationSite(template, `${source.keyPrefix}${container.name}`)] : [];
  }
}

function annotationSite(template: PodTemplate, key: string): Site {
  return {
    base: template.metadata.annotations,
    basePath: [...template.specPath.slice(0, -1), 'metadata', 'annotations'],
    steps: [key],
    name: `annotation ${key}`,
  };
}
