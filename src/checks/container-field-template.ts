import { asFields, asList, valueAt, type Fields } from '../model/fields.js';
import type { KubeObject } from '../model/kubernetes.js';
import type { FieldPath } from '../model/location.js';
import { readOnce } from '../model/read-once.js';
import {
  describeContainer,
  podTemplatesIn,
  type ContainerSpec,
  type PodTemplate,
} from '../model/pod-templates.js';
import type { Check, FindingDraft, Undecided } from './check.js';
import { findingOn, noWorkloads, resultOf, undecidedAt, undecidedPods } from './findings.js';

/**
 * Two templates (in the manner of kube-linter) that the pod-security and secrets checks
 * configure: "a pod or container field has a failing value" and "an entry of a pod or
 * container list fails". A rule is data plus a small judging function.
 */

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

/** A field's effective value, and where it was set (absent when set nowhere). */
export interface ResolvedField {
  value: unknown;
  /** The path of the pod spec, container or annotations where it was set, and the steps below it. */
  setAt?: { base: FieldPath; steps: readonly string[] };
  /** How the message names it: `securityContext.privileged`, `spec.securityContext.runAsUser`… */
  name: string;
}

/** What a failing subject is blamed for: a field that is set (else the subject itself), and why. */
export interface Violation<F extends string> {
  blame?: F;
  message: string;
}

interface RuleBase {
  id: string;
  description: string;
}

export interface PodFieldRule<F extends string> extends RuleBase {
  /** Judge each pod (pod-level fields) or each container. */
  subject: 'pod' | 'container';
  fields: Record<F, FieldSource>;
  judge(fields: Record<F, ResolvedField>): Violation<F> | undefined;
}

export interface ListEntryRule extends RuleBase {
  subject: 'pod' | 'container';
  lists: readonly ListSpec[];
}

export interface ListSpec {
  /** The list, below the pod spec or the container. */
  path: readonly string[];
  /** For a failing entry: the path inside it to blame, a name for the finding key, and why. */
  judge(entry: Fields): { blame: readonly string[]; name: string; message: string } | undefined;
}

interface Subject {
  template: PodTemplate;
  container?: ContainerSpec;
}

type SubjectLevel = 'pod' | 'container';

/** A model's subjects, built once and shared by every rule (objects do not change during a scan). */
const subjectsOf = readOnce((templates: PodTemplate[]): Record<SubjectLevel, Subject[]> => ({
  pod: templates.map((template) => ({ template })),
  container: templates.flatMap((template) =>
    template.containers.map((container) => ({ template, container })),
  ),
}));

const subjectsIn = (objects: readonly KubeObject[], level: SubjectLevel): Subject[] =>
  subjectsOf(podTemplatesIn(objects))[level];

function subjectPath({ template, container }: Subject): FieldPath {
  return container?.path ?? template.specPath;
}

function subjectKey({ template, container }: Subject): string {
  return container?.key ?? template.key;
}

function subjectWords({ container }: Subject): string {
  return container === undefined ? 'the pod' : describeContainer(container);
}

/** Where a field is read, relative to a pod spec or container that the subject already holds. */
interface Site {
  base: unknown;
  basePath: FieldPath;
  steps: readonly string[];
  name: string;
}

/**
 * Where `source` is read for `subject`, in precedence order (a container's value before its
 * pod's), each with the name a message gives it. Read from the subject's own pod spec, container
 * or annotations rather than from the object's root; full paths are built only for what a
 * finding or an unknown field needs.
 */
function sitesOf(source: FieldSource, { template, container }: Subject): Site[] {
  switch (source.from) {
    case 'pod':
      return [{ base: template.spec, basePath: template.specPath, steps: source.path, name: nameOf(source) }];
    case 'container':
      return container
        ? [{ base: container.body, basePath: container.path, steps: source.path, name: nameOf(source) }]
        : [];
    case 'container-over-pod': {
      const name = nameOf(source);
      const steps = securitySteps(source.path);
      const fromPod = { base: template.spec, basePath: template.specPath, steps, name: `pod ${name}` };
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
    basePath: annotationsPath(template),
    steps: [key],
    name: `annotation ${key}`,
  };
}

const annotationsPath = (template: PodTemplate): FieldPath => [
  ...template.specPath.slice(0, -1),
  'metadata',
  'annotations',
];

/** What a message calls the field when it is set nowhere (for a container annotation, see `annotationSite`). */
function nameOf(source: FieldSource): string {
  switch (source.from) {
    case 'pod':
    case 'container':
      return source.path.join('.');
    case 'container-over-pod':
      return securitySteps(source.path).join('.');
    case 'pod-annotation':
      return `annotation ${source.key}`;
    case 'container-annotation':
      return `annotation ${source.keyPrefix}`;
  }
}

/** `securityContext` and the path below it, built once per source: rules are constants. */
const securitySteps = readOnce((path: readonly string[]): readonly string[] => ['securityContext', ...path]);

/** A rule's field, with what is worked out once per rule rather than once per subject. */
interface RuleField<F extends string> {
  key: F;
  source: FieldSource;
  /** What a message calls the field when it is set nowhere (`nameOf`). */
  name: string;
  /** `container-over-pod`: what a message calls the pod's value. */
  podName: string;
  /** The steps below the pod spec, the container or the annotations. */
  steps: readonly string[];
}

function ruleField<F extends string>(key: F, source: FieldSource): RuleField<F> {
  const name = nameOf(source);
  return { key, source, name, podName: `pod ${name}`, steps: stepsOf(source) };
}

/** The steps below the pod spec, the container or the annotations (a container's annotation key is its own). */
function stepsOf(source: FieldSource): readonly string[] {
  switch (source.from) {
    case 'pod':
    case 'container':
      return source.path;
    case 'container-over-pod':
      return securitySteps(source.path);
    case 'pod-annotation':
      return [source.key];
    case 'container-annotation':
      return [];
  }
}

/**
 * Reads a field where its source says, resolving pod/container precedence. Each rule reads a few
 * fields of tens of thousands of subjects: read straight from the subject's pod spec, container
 * or annotations, without building a path, a list of places or a name.
 */
function resolveField(field: RuleField<string>, { template, container }: Subject): ResolvedField {
  const { source, name, steps } = field;
  switch (source.from) {
    case 'pod':
      return readAt(template.spec, template.specPath, steps, name);
    case 'container':
      return container === undefined
        ? { value: undefined, name }
        : readAt(container.body, container.path, steps, name);
    case 'container-over-pod': {
      if (container !== undefined) {
        const own = readAt(container.body, container.path, steps, name);
        if (own.value !== undefined) return own;
      }
      const fromPod = readAt(template.spec, template.specPath, steps, field.podName);
      return fromPod.value === undefined ? { value: undefined, name } : fromPod;
    }
    case 'pod-annotation':
      return readAnnotation(template, steps, name);
    case 'container-annotation': {
      if (container === undefined) return { value: undefined, name };
      const key = `${source.keyPrefix}${container.name}`;
      return readAnnotation(template, [key], `annotation ${key}`);
    }
  }
}

function readAt(base: unknown, basePath: FieldPath, steps: readonly string[], name: string): ResolvedField {
  const value = valueAt(base, steps);
  return value === undefined ? { value, name } : { value, name, setAt: { base: basePath, steps } };
}

/** An annotation's path is built only when it is set: a finding may blame it. */
function readAnnotation(template: PodTemplate, steps: readonly string[], name: string): ResolvedField {
  const value = valueAt(template.metadata.annotations, steps);
  return value === undefined
    ? { value, name }
    : { value, name, setAt: { base: annotationsPath(template), steps } };
}

/** Every path `source` may read for `subject`, for telling whether one is not known yet. */
const pathsRead = (source: FieldSource, subject: Subject): FieldPath[] =>
  sitesOf(source, subject).map((site) => [...site.basePath, ...site.steps]);

/**
 * Why a subject cannot be judged: a field it reads is known only at deploy time. `paths` is
 * worked out only for a pod with unknown fields (never one read from YAML, nor a Terraform
 * workload whose only unknown is its `id`).
 */
function undecidedBy(subject: Subject, paths: () => FieldPath[]): Undecided | undefined {
  if (subject.template.unknownFields === undefined) return undefined;
  for (const path of paths()) {
    const undecided = undecidedAt(subject.template.object, path);
    if (undecided !== undefined) return undecided;
  }
  return undefined;
}

/** A check from a field rule: one finding per failing pod or container. */
export function podFieldCheck<F extends string>(rule: PodFieldRule<F>): Check {
  // Worked out once per rule, not once per subject: a scan judges tens of thousands of subjects.
  const fields = (Object.entries(rule.fields) as [F, FieldSource][]).map(([key, source]) =>
    ruleField(key, source),
  );
  return {
    id: rule.id,
    description: rule.description,
    scope: 'object',
    run(model) {
      const subjects = subjectsIn(model.kubeObjects, rule.subject);
      const undecided: Undecided[] = [];
      const findings: FindingDraft[] = [];
      for (const subject of subjects) {
        const resolved = {} as Record<F, ResolvedField>;
        for (const field of fields) resolved[field.key] = resolveField(field, subject);
        const violation = rule.judge(resolved);
        if (violation === undefined) {
          // A value that looks compliant only because it is not known yet is no Pass.
          const unknown = undecidedBy(subject, () =>
            fields.flatMap(({ source }) => pathsRead(source, subject)),
          );
          if (unknown) undecided.push(unknown);
          continue;
        }
        const blamed = violation.blame === undefined ? undefined : resolved[violation.blame];
        const setAt = blamed?.setAt;
        const object = subject.template.object;
        findings.push(
          findingOn(object, {
            location: object.locate(
              setAt === undefined ? subjectPath(subject) : [...setAt.base, ...setAt.steps],
            ),
            message: `${capitalize(subjectWords(subject))} ${violation.message}`,
            key:
              setAt === undefined
                ? subjectKey(subject)
                : `${subjectKey(subject)}:${(blamed as ResolvedField).name}`,
            container: subject.container?.name,
          }),
        );
      }
      return resultOf(findings, subjects.length - undecided.length, noWorkloads, [
        ...undecided,
        ...undecidedPods(model.kubeObjects, rule.subject),
      ]);
    },
  };
}

/** A check from a list rule: one finding per failing entry. */
export function listEntryCheck(rule: ListEntryRule): Check {
  return {
    id: rule.id,
    description: rule.description,
    scope: 'object',
    run(model) {
      const subjects = subjectsIn(model.kubeObjects, rule.subject);
      const undecided: Undecided[] = [];
      const findings: FindingDraft[] = [];
      for (const subject of subjects) {
        const unknown = undecidedBy(subject, () =>
          rule.lists.map((list) => [...subjectPath(subject), ...list.path]),
        );
        if (unknown) undecided.push(unknown);
        // Each list is read from the subject's own pod spec or container; its path is built for a finding only.
        const base = subject.container?.body ?? subject.template.spec;
        const object = subject.template.object;
        for (const list of rule.lists) {
          asList(valueAt(base, list.path)).forEach((item, index) => {
            const entry = asFields(item);
            const violation = entry && list.judge(entry);
            if (violation === undefined) return;
            findings.push(
              findingOn(object, {
                location: object.locate([...subjectPath(subject), ...list.path, index, ...violation.blame]),
                message: `${capitalize(subjectWords(subject))} ${violation.message}`,
                key: `${subjectKey(subject)}.${list.path.join('.')}[${violation.name}]`,
                container: subject.container?.name,
              }),
            );
          });
        }
      }
      return resultOf(findings, subjects.length - undecided.length, noWorkloads, [
        ...undecided,
        ...undecidedPods(model.kubeObjects, rule.subject),
      ]);
    },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
