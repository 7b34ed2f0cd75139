import { asFields, asList, valueAt, type Fields } from '../model/fields.js';
import type { KubeObject } from '../model/kubernetes.js';
import type { FieldPath } from '../model/location.js';
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

/** A field's effective value, and the path where it was set (absent when set nowhere). */
export interface ResolvedField {
  value: unknown;
  path?: FieldPath;
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
  /** Where each field source is read for this subject, worked out on first use. */
  candidates: Map<FieldSource, Candidates>;
}

interface Candidates {
  name: string;
  candidates: { path: FieldPath; name: string }[];
}

type SubjectLevel = 'pod' | 'container';

/** A model's subjects, built once and shared by every rule (objects do not change during a scan). */
const subjectsByTemplates = new WeakMap<PodTemplate[], Record<SubjectLevel, Subject[]>>();

function subjectsIn(objects: readonly KubeObject[], level: SubjectLevel): Subject[] {
  const templates = podTemplatesIn(objects);
  let subjects = subjectsByTemplates.get(templates);
  if (subjects === undefined) {
    subjects = {
      pod: templates.map((template) => ({ template, candidates: new Map() })),
      container: templates.flatMap((template) =>
        template.containers.map((container) => ({ template, container, candidates: new Map() })),
      ),
    };
    subjectsByTemplates.set(templates, subjects);
  }
  return subjects[level];
}

function subjectPath({ template, container }: Subject): FieldPath {
  return container?.path ?? template.specPath;
}

function subjectKey({ template, container }: Subject): string {
  return container?.key ?? template.key;
}

function subjectWords({ container }: Subject): string {
  return container === undefined ? 'the pod' : describeContainer(container);
}

/**
 * Where `source` is read for `subject`, in precedence order (a container's value before its pod's),
 * each with the name a message gives it; `name` names the field when it is set nowhere.
 */
function candidatesOf(source: FieldSource, subject: Subject): Candidates {
  let candidates = subject.candidates.get(source);
  if (candidates === undefined) {
    candidates = findCandidates(source, subject);
    subject.candidates.set(source, candidates);
  }
  return candidates;
}

function findCandidates(source: FieldSource, { template, container }: Subject): Candidates {
  const annotations = [...template.specPath.slice(0, -1), 'metadata', 'annotations'];
  switch (source.from) {
    case 'pod': {
      const name = source.path.join('.');
      return { name, candidates: [{ path: [...template.specPath, ...source.path], name }] };
    }
    case 'container': {
      const name = source.path.join('.');
      return { name, candidates: container ? [{ path: [...container.path, ...source.path], name }] : [] };
    }
    case 'container-over-pod': {
      const name = ['securityContext', ...source.path].join('.');
      const fromPod = {
        path: [...template.specPath, 'securityContext', ...source.path],
        name: `pod ${name}`,
      };
      return {
        name,
        candidates: container
          ? [{ path: [...container.path, 'securityContext', ...source.path], name }, fromPod]
          : [fromPod],
      };
    }
    case 'pod-annotation': {
      const name = `annotation ${source.key}`;
      return { name, candidates: [{ path: [...annotations, source.key], name }] };
    }
    case 'container-annotation': {
      const key = `${source.keyPrefix}${container?.name ?? ''}`;
      const name = `annotation ${key}`;
      return { name, candidates: container ? [{ path: [...annotations, key], name }] : [] };
    }
  }
}

/** Reads a field where `source` says, resolving pod/container precedence. */
function resolveField(source: FieldSource, subject: Subject): ResolvedField {
  const { name, candidates } = candidatesOf(source, subject);
  for (const candidate of candidates) {
    const value = valueAt(subject.template.object.body, candidate.path);
    if (value !== undefined) return { value, path: candidate.path, name: candidate.name };
  }
  return { value: undefined, name };
}

/** Every path `source` may read for `subject`, for telling whether one is not known yet. */
const pathsRead = (source: FieldSource, subject: Subject): FieldPath[] =>
  candidatesOf(source, subject).candidates.map((candidate) => candidate.path);

/**
 * Why a subject cannot be judged: a field it reads is known only at deploy time. `paths` is
 * worked out only for an object with unknown fields (never one read from YAML).
 */
function undecidedBy(subject: Subject, paths: () => FieldPath[]): Undecided | undefined {
  if (subject.template.object.unknownFields === undefined) return undefined;
  for (const path of paths()) {
    const undecided = undecidedAt(subject.template.object, path);
    if (undecided !== undefined) return undecided;
  }
  return undefined;
}

/** A check from a field rule: one finding per failing pod or container. */
export function podFieldCheck<F extends string>(rule: PodFieldRule<F>): Check {
  // Listed once per rule, not once per subject: a scan judges tens of thousands of subjects.
  const fields = Object.entries(rule.fields) as [F, FieldSource][];
  return {
    id: rule.id,
    description: rule.description,
    run(model) {
      const subjects = subjectsIn(model.kubeObjects, rule.subject);
      const undecided: Undecided[] = [];
      const findings: FindingDraft[] = [];
      for (const subject of subjects) {
        const resolved = {} as Record<F, ResolvedField>;
        for (const [name, source] of fields) resolved[name] = resolveField(source, subject);
        const violation = rule.judge(resolved);
        if (violation === undefined) {
          // A value that looks compliant only because it is not known yet is no Pass.
          const unknown = undecidedBy(subject, () =>
            fields.flatMap(([, source]) => pathsRead(source, subject)),
          );
          if (unknown) undecided.push(unknown);
          continue;
        }
        const blamed = violation.blame === undefined ? undefined : resolved[violation.blame];
        const object = subject.template.object;
        findings.push(
          findingOn(object, {
            location: object.locate(blamed?.path ?? subjectPath(subject)),
            message: `${capitalize(subjectWords(subject))} ${violation.message}`,
            key: blamed?.path === undefined ? subjectKey(subject) : `${subjectKey(subject)}:${blamed.name}`,
            ...(subject.container === undefined ? {} : { container: subject.container.name }),
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
    run(model) {
      const subjects = subjectsIn(model.kubeObjects, rule.subject);
      const undecided = subjects.flatMap((subject) => {
        const unknown = undecidedBy(subject, () =>
          rule.lists.map((list) => [...subjectPath(subject), ...list.path]),
        );
        return unknown ? [unknown] : [];
      });
      const findings = subjects.flatMap((subject) =>
        rule.lists.flatMap((list) => {
          const listPath = [...subjectPath(subject), ...list.path];
          const object = subject.template.object;
          return asList(valueAt(object.body, listPath)).flatMap((item, index): FindingDraft[] => {
            const entry = asFields(item);
            const violation = entry && list.judge(entry);
            if (violation === undefined) return [];
            return [
              findingOn(object, {
                location: object.locate([...listPath, index, ...violation.blame]),
                message: `${capitalize(subjectWords(subject))} ${violation.message}`,
                key: `${subjectKey(subject)}.${list.path.join('.')}[${violation.name}]`,
                ...(subject.container === undefined ? {} : { container: subject.container.name }),
              }),
            ];
          });
        }),
      );
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
