import type { KubeObject } from '../model/kubernetes.js';
import type { FieldPath } from '../model/location.js';
import { readOnce } from '../model/read-once.js';
import {
  containerKindWords,
  podTemplatesIn,
  type ContainerKind,
  type ContainerSpec,
  type PodTemplate,
} from '../model/pod-templates.js';

/** What a pod or container rule judges: a pod, or one of its containers. */
export interface Subject {
  template: PodTemplate;
  /** Undefined for a pod: present on every subject, so that pods and containers share one shape. */
  container: ContainerSpec | undefined;
}

export type SubjectLevel = 'pod' | 'container';

/** A model's subjects, built once and shared by every rule (objects do not change during a scan). */
const subjectsOf = readOnce((templates: PodTemplate[]): Record<SubjectLevel, Subject[]> => ({
  // One shape for both levels: code that judges either (the field rules, the list rules) is not
  // compiled again when it meets the other.
  pod: templates.map((template) => ({ template, container: undefined })),
  container: templates.flatMap((template) =>
    template.containers.map((container) => ({ template, container })),
  ),
}));

export const subjectsIn = (objects: readonly KubeObject[], level: SubjectLevel): Subject[] =>
  subjectsOf(podTemplatesIn(objects))[level];

export function subjectPath({ template, container }: Subject): FieldPath {
  return container?.path ?? template.specPath;
}

export function subjectKey({ template, container }: Subject): string {
  return container?.key ?? template.key;
}

/** How a finding's message begins: `The pod`, `Container "app"`, `Init container "setup"`. */
export function subjectWords({ container }: Subject): string {
  return container === undefined ? 'The pod' : `${kindWordsAtStart[container.kind]} "${container.name}"`;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// Capitalized once here rather than for each of a plan's thousands of findings.
const kindWordsAtStart = Object.fromEntries(
  Object.entries(containerKindWords).map(([kind, words]) => [kind, capitalize(words)]),
) as Record<ContainerKind, string>;
