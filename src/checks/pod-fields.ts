import { valueAt } from '../model/fields.js';
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

/**
 * A field's effective value for `subject`, resolving pod/container precedence. Rules read a few
 * fields of tens of thousands of subjects: read straight from the subject's pod spec, container or
 * annotations, with no path, place or name built (`whereSet` does that for a blamed field).
 */
export function valueOf(field: PodField, { template, container }: Subject): unknown {
  const { source, steps } = field;
  switch (source.from) {
    case 'pod':
      return valueAt(template.spec, steps);
    case 'container':
      return container === undefined ? undefined : valueAt(container.body, steps);
    case 'container-over-pod':
      return (
        (container === undefined ? undefined : valueAt(container.body, steps)) ??
        valueAt(template.spec, steps)
      );
    case 'pod-annotation':
      return valueAt(template.metadata.annotations, steps);
    case 'container-annotation':
      return container === undefined
        ? undefined
        : valueAt(template.metadata.annotations, [`${source.keyPrefix}${container.name}`]);
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
