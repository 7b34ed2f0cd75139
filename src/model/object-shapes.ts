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

/**
 * A kind's rules as a tree of the fields they name, so that an object is walked once, not once per
 * rule (a Deployment has 53 rules, most of them below its containers).
 */
interface ShapeNode {
  /** The rules that end at this field: the shape each requires, and its place in the kind's list. */
  checks: { shape: Shape; order: number }[];
  /** The rules that go on below a mapping's keys. */
  fields: { key: string; node: ShapeNode }[];
  /** The rules that go on below each item of a list (`*`). */
  items: ShapeNode | undefined;
}

const shapeNode = (): ShapeNode => ({ checks: [], fields: [], items: undefined });

function shapeTree(rules: readonly ShapeRule[]): ShapeNode {
  const root = shapeNode();
  rules.forEach(({ path, shape }, order) => {
    let node = root;
    for (const key of path) {
      if (key === '*') node = node.items ??= shapeNode();
      else {
        let field = node.fields.find((entry) => entry.key === key);
        if (field === undefined) node.fields.push((field = { key, node: shapeNode() }));
        node = field.node;
      }
    }
    node.checks.push({ shape, order });
  });
  return root;
}

/** Each kind's rules, made into its tree on the kind's first object: a manifest holds a few kinds. */
const rulesByKind = new Map<string, () => ShapeRule[]>([
  ...Object.entries(podTemplatePaths).map(
    ([kind, templatePath]) => [kind, () => [...metadataRules, ...workloadRules(templatePath)]] as const,
  ),
  ['Role', () => [...metadataRules, ...roleRules]],
  ['ClusterRole', () => [...metadataRules, ...roleRules]],
  ['RoleBinding', () => [...metadataRules, ...bindingRules]],
  ['ClusterRoleBinding', () => [...metadataRules, ...bindingRules]],
]);

const treesByKind = new Map<string, ShapeNode>();

const metadataTree = shapeTree(metadataRules);

function treeOf(kind: string): ShapeNode {
  let tree = treesByKind.get(kind);
  if (tree === undefined) {
    const rules = rulesByKind.get(kind);
    if (rules === undefined) return metadataTree;
    treesByKind.set(kind, (tree = shapeTree(rules())));
  }
  return tree;
}

/** A problem and the place of the rule that found it. */
type Found = ShapeProblem & { order: number };

/**
 * Fields of `object` whose shape Kubernetes would reject, where a check reads them: in the order of
 * the kind's rules, and for one rule in the order of the fields.
 */
export function shapeProblemsOf(object: Pick<KubeObject, 'kind' | 'name' | 'body'>): ShapeProblem[] {
  const found: Found[] = [];
  visit(treeOf(object.kind), object.body, [], object, found);
  if (found.length === 0) return found;
  if (found.length > 1) found.sort((a, b) => a.order - b.order);
  return found.map(({ path, message }) => ({ path, message }));
}

/**
 * Checks `value` against the rules that end at its field, then goes on below it. Null and absent
 * fields are unset, as in Kubernetes. The walk goes below a mapping's keys and a list's items
 * only, so a field in the wrong shape is reported once, at the highest field, by the rule for it.
 * `at` is one array, grown and shrunk along the way.
 */
function visit(
  node: ShapeNode,
  value: unknown,
  at: (string | number)[],
  object: Pick<KubeObject, 'kind' | 'name'>,
  found: Found[],
): void {
  if (value === null || value === undefined) return;
  // Indexed loops: every object of a stream is walked, mostly before V8 optimizes this, and a
  // `for…of` there makes an iterator and a result per step.
  const { checks, fields, items } = node;
  for (let check = 0; check < checks.length; check += 1) {
    const { shape, order } = checks[check] as ShapeNode['checks'][number];
    if (shape === 'list' ? Array.isArray(value) : isMapping(value)) continue;
    const path = [...at];
    found.push({
      path,
      message: `${object.kind} "${object.name}": ${pathText(path)} is ${describe(value)}, where Kubernetes takes a ${shape}; the checks cannot read it`,
      order,
    });
  }
  if (items !== undefined && Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      at.push(index);
      visit(items, value[index], at, object, found);
      at.pop();
    }
  }
  if (fields.length > 0 && isMapping(value)) {
    for (let field = 0; field < fields.length; field += 1) {
      const { key, node: child } = fields[field] as ShapeNode['fields'][number];
      at.push(key);
      visit(child, value[key], at, object, found);
      at.pop();
    }
  }
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
