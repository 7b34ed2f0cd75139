import type { KubeObject } from '../model/kubernetes.js';
import type { FieldPath } from '../model/location.js';
import { readOnce } from '../model/read-once.js';
import {
  describeContainer,
  podTemplatesIn,
  type ContainerSpec,
  type PodTemplate,
} from '../model/pod-templates.js';

/** What a pod or container rule judges: a pod, or one of its containers. */
export interface Subject {
  template: PodTemplate;
  container?: ContainerSpec;
}

export type SubjectLevel = 'pod' | 'container';

/** A model's subjects, built once and shared by every rule (objects do not change during a scan). */
const subjectsOf = readOnce((templates: PodTemplate[]): Record<SubjectLevel, Subject[]> => ({
  pod: templates.map((template) => ({ template })),
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
  return capitalize(container === undefined ? 'the pod' : describeContainer(container));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
