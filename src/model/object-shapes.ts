import type { KubeObject } from './kubernetes.js';
import type { FieldPath } from './location.js';
import { podTemplatePaths } from './pod-templates.js';

/**
 * The shapes that the checks rely on in the kinds they read. The API server rejects an object
 * whose `spec` is a list or whose `containers` is a mapping; a check would find nothing to read
 * in it and pass it. An input reports each mismatch as an error at the field's line instead.
 */
type Shape = 'mapping' | 'list';

/** A field path below the object; `*` stands for every item of a list. */
type ShapePath = readonly string[];

interface ShapeRule {
  path: ShapePath;
  shape: Shape;
}

export interface ShapeProblem {
  path: FieldPath;
  message: string;
}

const rule = (path: string, shape: Shape): ShapeRule => ({ path: path === '' ? [] : path.split('.'), shape });

const containerRules = (field: string): ShapeRule[] => [
  rule(field, 'list'),
  rule(`${field}.*`, 'mapping'),
  rule(`${field}.*.securityContext`, 'mapping'),
  rule(`${field}.*.securityContext.capabilities`, 'mapping'),
  rule(`${field}.*.securityContext.capabilities.add`, 'list'),
  rule(`${field}.*.securityContext.capabilities.drop`, 'list'),
  rule(`${field}.*.securityContext.seccompProfile`, 'mapping'),
  rule(`${field}.*.ports`, 'list'),
  rule(`${field}.*.ports.*`, 'mapping'),
  rule(`${field}.*.env`, 'list'),
  rule(`${field}.*.env.*`, 'mapping'),
  rule(`${field}.*.envFrom`, 'list'),
  rule(`${field}.*.envFrom.*`, 'mapping'),
];

/** What the pod-security, service-account and secrets checks read in a pod spec. */
const podSpecRules: ShapeRule[] = [
  rule('', 'mapping'),
  rule('securityContext', 'mapping'),
  rule('securityContext.seccompProfile', 'mapping'),
  rule('volumes', 'list'),
  rule('volumes.*', 'mapping'),
  rule('volumes.*.hostPath', 'mapping'),
  ...containerRules('initContainers'),
  ...containerRules('containers'),
  ...containerRules('ephemeralContainers'),
];

const metadataRules: ShapeRule[] = [
  rule('metadata', 'mapping'),
  rule('metadata.labels', 'mapping'),
  rule('metadata.annotations', 'mapping'),
];

/** Every step down to a pod template is a mapping, then the template's metadata and spec. */
function workloadRules(templatePath: FieldPath): ShapeRule[] {
  const steps = templatePath.map(String);
  const prefix = (path: string) => [...steps, ...(path === '' ? [] : path.split('.'))];
  return [
    ...steps.map((_, index) => ({ path: steps.slice(0, index + 1), shape: 'mapping' as const })),
    ...(steps.length === 0
      ? []
      : metadataRules.map((entry) => ({ ...entry, path: prefix(entry.path.join('.')) }))),
    ...podSpecRules.map((entry) => ({ ...entry, path: [...prefix('spec'), ...entry.path] })),
  ];
}

const roleRules: ShapeRule[] = [
  rule('rules', 'list'),
  rule('rules.*', 'mapping'),
  ...['apiGroups', 'resources', 'verbs', 'resourceNames', 'nonResourceURLs'].map((field) =>
    rule(`rules.*.${field}`, 'list'),
  ),
];

const bindingRules: ShapeRule[] = [
  rule('subjects', 'list'),
  rule('subjects.*', 'mapping'),
  rule('roleRef', 'mapping'),
];

const rulesByKind = new Map<string, readonly ShapeRule[]>([
  ...Object.entries(podTemplatePaths).map(
    ([kind, templatePath]) => [kind, [...metadataRules, ...workloadRules(templatePath)]] as const,
  ),
  ['Role', [...metadataRules, ...roleRules]],
  ['ClusterRole', [...metadataRules, ...roleRules]],
  ['RoleBinding', [...metadataRules, ...bindingRules]],
  ['ClusterRoleBinding', [...metadataRules, ...bindingRules]],
]);

/** Fields of `object` whose shape Kubernetes would reject, where a check reads them. */
export function shapeProblemsOf(object: Pick<KubeObject, 'kind' | 'name' | 'body'>): ShapeProblem[] {
  const rules = rulesByKind.get(object.kind) ?? metadataRules;
  const problems: ShapeProblem[] = [];
  for (const { path, shape } of rules) {
    visit(object.body, path, 0, [], (value, at) => {
      if (shape === 'list' ? Array.isArray(value) : isMapping(value)) return;
      const field = [...at];
      problems.push({
        path: field,
        message: `${object.kind} "${object.name}": ${pathText(field)} is ${describe(value)}, where Kubernetes takes a ${shape}; the checks cannot read it`,
      });
    });
  }
  return problems;
}

/**
 * Calls `check` on each present value at `path` (null and absent fields are unset, as in
 * Kubernetes). The walk stops where a step is not a mapping or a list, so a mismatch is
 * reported once, at the highest field, by the rule for that field.
 */
function visit(
  value: unknown,
  path: ShapePath,
  step: number,
  at: (string | number)[],
  check: (value: unknown, at: FieldPath) => void,
): void {
  if (value === null || value === undefined) return;
  // Every object is walked once per rule: `at` is one array, grown and shrunk along the way.
  const key = path[step];
  if (key === undefined) {
    check(value, at);
    return;
  }
  if (key === '*') {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index += 1) {
      at.push(index);
      visit(value[index], path, step + 1, at, check);
      at.pop();
    }
    return;
  }
  if (!isMapping(value)) return;
  at.push(key);
  visit(value[key], path, step + 1, at, check);
  at.pop();
}

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isMapping(value)) return 'a mapping';
  return typeof value === 'string' ? 'a string' : `the ${typeof value} ${String(value)}`;
}

/** `spec.template.spec.containers[0].securityContext`. */
function pathText(path: FieldPath): string {
  return path
    .map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`))
    .join('');
}
