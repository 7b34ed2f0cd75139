import { asText, displayValue, valueAt } from '../model/fields.js';
import { describeLocation } from '../model/location.js';
import { resourceName, type KubeObject } from '../model/kubernetes.js';
import { podTemplatesIn, type PodTemplate } from '../model/pod-templates.js';
import type { Check, FindingDraft, Undecided } from './check.js';
import {
  blame,
  findingOn,
  noWorkloads,
  resultOf,
  undecidedAt,
  undecidedInPod,
  undecidedPods,
} from './findings.js';
import { bindingsIn, judgeObjects, subjectsOf, type Subject } from './rbac.js';

/** The service account a pod runs as, and the field that names it (`serviceAccount` is the deprecated spelling). */
function serviceAccountOf(template: PodTemplate): { name: string; field?: string } {
  for (const field of ['serviceAccountName', 'serviceAccount']) {
    const name = asText(template.spec[field]);
    if (name !== undefined && name !== '') return { name, field };
  }
  return { name: 'default' };
}

/** A service account name the input cannot know yet (Terraform: known only after apply) is not "unset". */
const unknownAccount = (template: PodTemplate): Undecided | undefined =>
  undecidedInPod(template, 'serviceAccountName');

function workloadWords(template: PodTemplate): string {
  return `${template.object.kind} "${template.object.name}"`;
}

const isServiceAccount = (object: KubeObject) =>
  object.kind === 'ServiceAccount' && object.apiVersion === 'v1';

/** The user name Kubernetes authenticates a service account's token as. */
const serviceAccountUser = /^system:serviceaccount:([^:]+):default$/;

/**
 * The namespace whose `default` ServiceAccount a binding subject names, if it names one: as a
 * ServiceAccount (a RoleBinding's subject without a namespace means the binding's own, as the
 * RBAC authorizer reads it) or as the user its token authenticates as.
 */
function defaultAccountBoundBy(binding: KubeObject, subject: Subject): string | undefined {
  if (subject.kind === 'ServiceAccount' && subject.name === 'default')
    return subject.namespace ?? binding.namespace;
  return subject.kind === 'User' ? serviceAccountUser.exec(subject.name)?.[1] : undefined;
}

/**
 * CIS 5.1.5's audit: the default service account has no roles bound to it beyond the defaults.
 * A binding whose subjects are known only after apply is undecided, not clean.
 */
function defaultAccountBindings(bindings: KubeObject[]): {
  findings: FindingDraft[];
  undecided: Undecided[];
} {
  return judgeObjects(bindings, ['subjects'], (binding, found) => {
    for (const subject of subjectsOf(binding)) {
      const namespace = defaultAccountBoundBy(binding, subject);
      if (namespace === undefined) continue;
      const role = asText(valueAt(binding.body, ['roleRef', 'name'])) ?? '?';
      const roleKind = asText(valueAt(binding.body, ['roleRef', 'kind'])) ?? 'role';
      found.push(
        findingOn(binding, {
          location: binding.locate(['subjects', subject.index]),
          message: `${binding.kind} "${binding.name}" binds ${roleKind} "${role}" to the default ServiceAccount of namespace "${namespace}"`,
          key: `subjects[${subject.kind}:${namespace}/${subject.name}]`,
        }),
      );
    }
  });
}

/**
 * CIS 5.1.5: workloads get a service account of their own, the `default` one mounts no token,
 * and no binding grants it a role. A namespace whose `default` ServiceAccount is not in the
 * input is judged only on its workloads and bindings: the input cannot say whether someone
 * turned the token off there.
 */
export const defaultServiceAccountCheck: Check = {
  id: 'service-accounts.default-used',
  description:
    'Workloads that run as the default service account, default service accounts that mount a token, and bindings that grant them roles.',
  run(model) {
    const templates = podTemplatesIn(model.kubeObjects);
    const undecided: Undecided[] = [];
    const workloadFindings = templates.flatMap((template): FindingDraft[] => {
      const unknown = unknownAccount(template);
      if (unknown) {
        undecided.push(unknown);
        return [];
      }
      const account = serviceAccountOf(template);
      if (account.name !== 'default') return [];
      const object = template.object;
      return [
        findingOn(object, {
          location: blame(object, [...template.specPath, account.field ?? 'serviceAccountName']),
          message:
            account.field === undefined
              ? `${workloadWords(template)} runs as the default service account (serviceAccountName is unset)`
              : `${workloadWords(template)} sets ${account.field}: default`,
          key: `${template.key}.serviceAccountName`,
        }),
      ];
    });
    const defaultAccounts = model.kubeObjects.filter(
      (object) => isServiceAccount(object) && object.name === 'default',
    );
    const accountFindings = defaultAccounts
      .filter((account) => account.body.automountServiceAccountToken !== false)
      .map((account) =>
        findingOn(account, {
          location: blame(account, ['automountServiceAccountToken']),
          message: `The default ServiceAccount of namespace "${account.namespace ?? '?'}" does not set automountServiceAccountToken: false`,
          key: 'automountServiceAccountToken',
        }),
      );
    const bindingObjects = bindingsIn(model.kubeObjects);
    const bindings = defaultAccountBindings(bindingObjects);
    undecided.push(...bindings.undecided);
    return resultOf(
      [...workloadFindings, ...accountFindings, ...bindings.findings],
      templates.length + defaultAccounts.length + bindingObjects.length - undecided.length,
      'no workloads, default ServiceAccounts or role bindings in the scanned input',
      [...undecided, ...undecidedPods(model.kubeObjects, 'pod')],
    );
  },
};

/**
 * CIS 5.1.6, the rule implemented: a pod mounts its service account token unless the pod sets
 * `automountServiceAccountToken: false`, or leaves it unset and its ServiceAccount (looked up by
 * namespace and name across every scanned file) sets it to false. The pod's own setting wins,
 * as in Kubernetes. A ServiceAccount that is not in the input does not turn the token off:
 * Kubernetes' default is to mount it.
 */
export const tokenAutomountCheck: Check = {
  id: 'service-accounts.token-automount',
  description: 'Pods that mount a service account token without opting out.',
  run(model) {
    const accounts = new Map(
      model.kubeObjects
        .filter(isServiceAccount)
        .map((account) => [`${account.namespace}/${account.name}`, account]),
    );
    const templates = podTemplatesIn(model.kubeObjects);
    const undecided: Undecided[] = [];
    const findings = templates.flatMap((template): FindingDraft[] => {
      const object = template.object;
      const podSetting = template.spec.automountServiceAccountToken;
      if (podSetting === false) return [];
      const accountName = serviceAccountOf(template).name;
      const account = accounts.get(`${object.namespace}/${accountName}`);
      // Unknown until apply: the pod's switch, the account it runs as, or that account's switch.
      const accountUnknown = () =>
        unknownAccount(template) ??
        (account === undefined ? undefined : undecidedAt(account, ['automountServiceAccountToken']));
      const unknown =
        undecidedInPod(template, 'automountServiceAccountToken') ??
        (podSetting === undefined ? accountUnknown() : undefined);
      if (unknown !== undefined) {
        undecided.push(unknown);
        return [];
      }
      if (podSetting === undefined && account?.body.automountServiceAccountToken === false) return [];
      const message =
        podSetting !== undefined
          ? `${workloadWords(template)} sets automountServiceAccountToken: ${displayValue(podSetting)}`
          : account === undefined
            ? `${workloadWords(template)} mounts the token of ServiceAccount "${accountName}": the pod does not set automountServiceAccountToken: false and the ServiceAccount is not in the scanned input`
            : `${workloadWords(template)} mounts the token of ${resourceName(account)}: neither the pod nor the ServiceAccount (${describeLocation(account.location)}) sets automountServiceAccountToken: false`;
      return [
        findingOn(object, {
          location: blame(object, [...template.specPath, 'automountServiceAccountToken']),
          message,
          key: `${template.key}.automountServiceAccountToken`,
        }),
      ];
    });
    return resultOf(findings, templates.length - undecided.length, noWorkloads, [
      ...undecided,
      ...undecidedPods(model.kubeObjects, 'pod'),
    ]);
  },
};

export const serviceAccountChecks: Check[] = [defaultServiceAccountCheck, tokenAutomountCheck];
