import { asFields, asList, asText, textsOf, type Fields } from '../model/fields.js';
import type { KubeObject } from '../model/kubernetes.js';
import { readOnce } from '../model/read-once.js';
import type { Check, FindingDraft, Undecided } from './check.js';
import { findingOn, resultOf, undecidedAt } from './findings.js';

const rbacGroup = 'rbac.authorization.k8s.io';
const noRoles = 'no Roles or ClusterRoles in the scanned input';
const noBindings = 'no RoleBindings or ClusterRoleBindings in the scanned input';

/** One entry of a Role's or ClusterRole's `rules`, as the RBAC authorizer reads it. */
interface PolicyRule {
  index: number;
  apiGroups: readonly string[];
  resources: readonly string[];
  verbs: readonly string[];
  resourceNames: readonly string[];
  nonResourceURLs: readonly string[];
}

function isRbacKind(object: KubeObject, kind: string): boolean {
  return object.kind === kind && object.apiVersion.startsWith(`${rbacGroup}/`);
}

const isRole = (object: KubeObject) => isRbacKind(object, 'Role') || isRbacKind(object, 'ClusterRole');
export const isBinding = (object: KubeObject) =>
  isRbacKind(object, 'RoleBinding') || isRbacKind(object, 'ClusterRoleBinding');

// Nine checks read a model's roles and three its bindings: each list is picked out once.
const rolesIn = readOnce((objects: readonly KubeObject[]) => objects.filter(isRole));
export const bindingsIn = readOnce((objects: readonly KubeObject[]) => objects.filter(isBinding));

/**
 * The explicit rules of a role; an aggregated ClusterRole is judged on the rules it lists itself.
 * Each RBAC rule check reads every role's rules, so each role is read once.
 */
const rulesOf = readOnce((role: KubeObject): PolicyRule[] => {
  const rules: PolicyRule[] = [];
  const entries = asList(role.body.rules);
  for (let index = 0; index < entries.length; index += 1) {
    const rule = asFields(entries[index]);
    if (rule === undefined) continue;
    rules.push({
      index,
      apiGroups: textsOf(rule.apiGroups),
      resources: textsOf(rule.resources),
      verbs: textsOf(rule.verbs),
      resourceNames: textsOf(rule.resourceNames),
      nonResourceURLs: textsOf(rule.nonResourceURLs),
    });
  }
  return rules;
});

/** Names the rule by its content, not its position, so fingerprints survive reordering. */
function ruleKey(rule: PolicyRule): string {
  const parts = [rule.apiGroups, rule.resources, rule.verbs, rule.resourceNames, rule.nonResourceURLs];
  return `rules[${parts.map((part) => part.join(',')).join('|')}]`;
}

function describeRule(rule: PolicyRule): string {
  const groups = rule.apiGroups.map((group) => (group === '' ? '""' : group));
  return `apiGroups [${groups.join(', ')}], resources [${rule.resources.join(', ')}], verbs [${rule.verbs.join(', ')}]`;
}

/** A permission a check looks for: any of `verbs` (`any` = every verb) on any of `resources` in `apiGroups`. */
interface Permission {
  apiGroups: readonly string[];
  resources: readonly string[];
  verbs: readonly string[] | 'any';
  /** How messages name it, e.g. `get/list/watch on secrets`. */
  words: string;
}

// RBAC matching: "*" matches every verb, group and resource; "*/proxy" matches that subresource of every resource.
// Each part is asked only when the ones before it match: most rules fail on their group or verbs.
// Loops, not `some` with a closure: ten checks ask this of every rule of thousands of roles, cold.
function grants(rule: PolicyRule, permission: Permission): boolean {
  const verbs = permission.verbs;
  return (
    anyGranted(rule.apiGroups, permission.apiGroups) &&
    (verbs === 'any' ? rule.verbs.length > 0 : anyGranted(rule.verbs, verbs)) &&
    anyResourceGranted(rule.resources, permission.resources)
  );
}

/** Whether a rule's groups or verbs hold `*` or one of `wanted`. */
function anyGranted(granted: readonly string[], wanted: readonly string[]): boolean {
  for (const entry of granted) if (entry === '*' || wanted.includes(entry)) return true;
  return false;
}

function anyResourceGranted(granted: readonly string[], wanted: readonly string[]): boolean {
  for (const resource of granted) {
    for (const entry of wanted) if (resourceMatches(resource, entry)) return true;
  }
  return false;
}

/** `wanted` may end in `/*` for every subresource (userextras/scopes, userextras/…). */
function resourceMatches(granted: string, wanted: string): boolean {
  if (granted === '*' || granted === wanted) return true;
  if (granted.startsWith('*/')) return wanted.endsWith(granted.slice(1));
  return wanted.endsWith('/*') && granted.startsWith(wanted.slice(0, -1));
}

function roleWords(role: KubeObject): string {
  return `${role.kind} "${role.name}"`;
}

function ruleFinding(role: KubeObject, rule: PolicyRule, message: string, key: string): FindingDraft {
  return findingOn(role, { location: role.locate(['rules', rule.index]), message, key });
}

/**
 * Judges each object by `judge`, which reads only known values and adds its findings to
 * `findings` (no array of its own for each of thousands of objects). An object with no finding
 * whose `read` fields are (partly) known only after apply is undecided, never a pass: the unknown
 * part may grant what the known part does not (Terraform `rule`, `subject`, `role_ref`).
 */
export function judgeObjects(
  objects: KubeObject[],
  read: readonly string[],
  judge: (object: KubeObject, findings: FindingDraft[]) => void,
): Judged {
  const [alone] = judgeObjectsTogether(objects, read, () => undefined, [
    (object, _read, findings) => judge(object, findings),
  ]);
  return alone as Judged;
}

/** Adds `object`, undecided, when one of its `read` fields is (partly) known only after apply. */
function pushUndecided(undecided: Undecided[], object: KubeObject, read: readonly string[]): void {
  // Most objects (any read from YAML) have no unknown field to ask about.
  if (object.unknownFields === undefined) return;
  for (const field of read) {
    const unknown = undecidedAt(object, [field]);
    if (unknown === undefined) continue;
    undecided.push(unknown);
    return;
  }
}

/** What one of several checks judged together finds in an object, given what `readOf` read of it. */
type Judge<T> = (object: KubeObject, read: T, findings: FindingDraft[]) => void;

/** One check's verdicts on a list of objects: its findings, and the objects it cannot decide. */
interface Judged {
  findings: FindingDraft[];
  undecided: Undecided[];
}

/**
 * `judgeObjects` for several checks in one pass: each object is read once (its rules, its subjects)
 * and given to every check's judge in turn, each check's findings and undecided objects kept apart,
 * in the order of the objects.
 */
function judgeObjectsTogether<T>(
  objects: readonly KubeObject[],
  fields: readonly string[],
  readOf: (object: KubeObject) => T,
  judges: readonly Judge<T>[],
): Judged[] {
  const results = judges.map((): Judged => ({ findings: [], undecided: [] }));
  for (const object of objects) {
    const read = readOf(object);
    for (let index = 0; index < judges.length; index += 1) {
      const { findings, undecided } = results[index] as Judged;
      const before = findings.length;
      (judges[index] as Judge<T>)(object, read, findings);
      if (findings.length === before) pushUndecided(undecided, object, fields);
    }
  }
  return results;
}

/** A check of each rule of each role: what it finds in `rule`. */
interface RoleRuleCheck {
  id: string;
  description: string;
  judge: (role: KubeObject, rule: PolicyRule, findings: FindingDraft[]) => void;
}

/**
 * The role checks, judged together on a model's first run: one pass over its roles, each role's
 * rules read once for all ten checks rather than looked up again by each.
 */
function roleRuleChecks(checks: readonly RoleRuleCheck[]): Check[] {
  const judged = readOnce((objects: readonly KubeObject[]) =>
    judgeObjectsTogether(
      rolesIn(objects),
      ['rules'],
      rulesOf,
      checks.map(({ judge }): Judge<PolicyRule[]> => (role, rules, found) => {
        for (const rule of rules) judge(role, rule, found);
      }),
    ),
  );
  return checks.map(({ id, description }, index) => ({
    id,
    description,
    scope: 'object',
    run(model) {
      const { findings, undecided } = judged(model.kubeObjects)[index] as Judged;
      return resultOf(findings.slice(), rolesIn(model.kubeObjects).length, noRoles, undecided.slice());
    },
  }));
}

/** A check that flags every role rule granting one of `permissions`. */
function permissionCheck(id: string, description: string, permissions: readonly Permission[]): RoleRuleCheck {
  return {
    id,
    description,
    judge: (role, rule, found) => {
      const granted = grantedOf(rule, permissions);
      if (granted === undefined) return;
      const limited =
        rule.resourceNames.length === 0
          ? ''
          : `, limited to resourceNames [${rule.resourceNames.join(', ')}]`;
      const message = `${roleWords(role)} grants ${granted.map((permission) => permission.words).join(' and ')} (${describeRule(rule)}${limited})`;
      found.push(ruleFinding(role, rule, message, ruleKey(rule)));
    },
  };
}

/** Those of `permissions` that `rule` grants, or undefined for none (almost every rule). */
function grantedOf(rule: PolicyRule, permissions: readonly Permission[]): Permission[] | undefined {
  let granted: Permission[] | undefined;
  for (const permission of permissions) {
    if (grants(rule, permission)) (granted ??= []).push(permission);
  }
  return granted;
}

const coreResource = (resources: string[], verbs: readonly string[] | 'any', words: string): Permission => ({
  apiGroups: [''],
  resources,
  verbs,
  words,
});

const wildcardFields = ['apiGroups', 'resources', 'verbs', 'nonResourceURLs'] as const;

/** CIS 5.1.3: a `*` grants whatever is added to the cluster later, not just what exists today. */
const wildcardCheck: RoleRuleCheck = {
  id: 'rbac.wildcards',
  description: 'Roles and ClusterRoles whose rules use wildcards.',
  judge: (role, rule, found) => {
    for (const field of wildcardFields) {
      const wildcard = rule[field].some((entry) =>
        field === 'nonResourceURLs' ? entry === '*' : entry.includes('*'),
      );
      if (!wildcard) continue;
      found.push(
        findingOn(role, {
          location: role.locate(['rules', rule.index, field]),
          message: `${roleWords(role)} uses a wildcard in ${field}: [${rule[field].join(', ')}]`,
          key: `${ruleKey(rule)}.${field}`,
        }),
      );
    }
  },
};

export interface Subject {
  index: number;
  kind: string;
  name: string;
  namespace?: string;
}

/** A binding's subjects: three binding checks and the default service account's read them, each binding once. */
export const subjectsOf = readOnce((binding: KubeObject): Subject[] => {
  const subjects: Subject[] = [];
  const entries = asList(binding.body.subjects);
  for (let index = 0; index < entries.length; index += 1) {
    const subject = asFields(entries[index]);
    const kind = asText(subject?.kind);
    const name = asText(subject?.name);
    if (subject === undefined || kind === undefined || name === undefined) continue;
    const namespace = asText(subject.namespace);
    // No object spread for the optional namespace: one subject or more for each of thousands of bindings.
    subjects.push(namespace === undefined ? { index, kind, name } : { index, kind, name, namespace });
  }
  return subjects;
});

function describeSubject(subject: Subject): string {
  return subject.namespace === undefined
    ? `${subject.kind} "${subject.name}"`
    : `${subject.kind} "${subject.namespace}/${subject.name}"`;
}

const isSystemMasters = (subject: Subject) => subject.kind === 'Group' && subject.name === 'system:masters';

/** A check that flags binding subjects: `selects` says which, and why. */
function bindingCheck(
  id: string,
  description: string,
  selects: (binding: KubeObject, roleRef: Fields, subject: Subject) => string | undefined,
): Check {
  return {
    id,
    description,
    scope: 'object',
    run(model) {
      const bindings = bindingsIn(model.kubeObjects);
      const { findings, undecided } = judgeObjects(bindings, ['roleRef', 'subjects'], (binding, found) => {
        const roleRef = asFields(binding.body.roleRef) ?? {};
        for (const subject of subjectsOf(binding)) {
          const message = selects(binding, roleRef, subject);
          if (message === undefined) continue;
          found.push(
            findingOn(binding, {
              location: binding.locate(['subjects', subject.index]),
              message,
              key: `subjects[${subject.kind}:${subject.namespace ?? ''}/${subject.name}]`,
            }),
          );
        }
      });
      return resultOf(findings, bindings.length, noBindings, undecided);
    },
  };
}

/**
 * Kubernetes' own identities (system:kube-controller-manager, system:node:…) may hold
 * cluster-admin. The `system:` groups that stand for whole populations may not: binding them
 * hands the cluster to every user, every service account, or anyone at all.
 */
const isComponentIdentity = (subject: Subject) =>
  subject.name.startsWith('system:') &&
  !/^system:(authenticated|unauthenticated|anonymous|serviceaccounts)(:|$)/.test(subject.name);

/** The checks in the order given, the role rule checks among them judged together. */
function inOrder(entries: readonly (Check | RoleRuleCheck)[]): Check[] {
  const ofRules = entries.filter((entry): entry is RoleRuleCheck => 'judge' in entry);
  const together = roleRuleChecks(ofRules);
  return entries.map((entry) => ('judge' in entry ? (together[ofRules.indexOf(entry)] as Check) : entry));
}

export const rbacChecks: Check[] = inOrder([
  // CIS 5.1.1: system:masters is 5.1.7's concern.
  bindingCheck(
    'rbac.cluster-admin-binding',
    'Bindings of the cluster-admin ClusterRole to subjects other than Kubernetes components.',
    (binding, roleRef, subject) =>
      roleRef.kind === 'ClusterRole' &&
      roleRef.name === 'cluster-admin' &&
      !isSystemMasters(subject) &&
      !isComponentIdentity(subject)
        ? `${binding.kind} "${binding.name}" binds cluster-admin to ${describeSubject(subject)}`
        : undefined,
  ),
  permissionCheck('rbac.secrets-access', 'Roles that can read Secrets (get, list or watch).', [
    coreResource(['secrets'], ['get', 'list', 'watch'], 'get/list/watch on secrets'),
  ]),
  wildcardCheck,
  permissionCheck('rbac.create-pods', 'Roles that can create pods.', [
    coreResource(['pods'], ['create'], 'create on pods'),
  ]),
  // CIS 5.1.7: system:masters bypasses RBAC altogether, so no binding should name it.
  bindingCheck('rbac.system-masters', 'Bindings to the system:masters group.', (binding, roleRef, subject) =>
    isSystemMasters(subject)
      ? `${binding.kind} "${binding.name}" binds ${asText(roleRef.kind) ?? 'role'} "${asText(roleRef.name) ?? '?'}" to Group "system:masters"`
      : undefined,
  ),
  permissionCheck(
    'rbac.bind-impersonate-escalate',
    'Roles that can bind or escalate roles, or impersonate.',
    [
      {
        apiGroups: [rbacGroup],
        resources: ['roles', 'clusterroles'],
        verbs: ['bind', 'escalate'],
        words: 'bind/escalate on roles',
      },
      {
        apiGroups: ['', 'authentication.k8s.io'],
        resources: ['users', 'groups', 'serviceaccounts', 'uids', 'userextras/*'],
        verbs: ['impersonate'],
        words: 'impersonate',
      },
    ],
  ),
  permissionCheck('rbac.create-persistentvolumes', 'Roles that can create PersistentVolumes.', [
    coreResource(['persistentvolumes'], ['create'], 'create on persistentvolumes'),
  ]),
  permissionCheck('rbac.nodes-proxy', 'Roles with access to the proxy subresource of nodes.', [
    coreResource(['nodes/proxy'], 'any', 'access to nodes/proxy'),
  ]),
  permissionCheck('rbac.csr-approval', 'Roles that can approve certificate signing requests.', [
    {
      apiGroups: ['certificates.k8s.io'],
      resources: ['certificatesigningrequests/approval'],
      verbs: ['update', 'patch'],
      words: 'update on certificatesigningrequests/approval',
    },
  ]),
  permissionCheck('rbac.webhook-configurations', 'Roles that can change admission webhook configurations.', [
    {
      apiGroups: ['admissionregistration.k8s.io'],
      resources: ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'],
      verbs: ['create', 'update', 'patch', 'delete', 'deletecollection'],
      words: 'changes to admission webhook configurations',
    },
  ]),
  permissionCheck('rbac.serviceaccount-token-create', 'Roles that can create service account tokens.', [
    coreResource(['serviceaccounts/token'], ['create'], 'create on serviceaccounts/token'),
  ]),
]);
