import { referenceTo, type Cluster } from '../model/cluster.js';
import { asList, asText, valueAt } from '../model/fields.js';
import type { KubeObject } from '../model/kubernetes.js';
import type { Check, CheckResult, FindingDraft, Undecided } from './check.js';

const outsideInput =
  'A policy mechanism installed outside the scanned input (by another repository, or by hand) is not seen.';

/** Kyverno's failure action, per policy or per rule (1.13+); its default, Audit, blocks nothing. */
function kyvernoEnforces(object: KubeObject): boolean {
  const enforce = (value: unknown) => asText(value)?.toLowerCase() === 'enforce';
  if (enforce(valueAt(object.body, ['spec', 'validationFailureAction']))) return true;
  return asList(valueAt(object.body, ['spec', 'rules'])).some((rule) =>
    enforce(valueAt(rule, ['validate', 'failureAction'])),
  );
}

/**
 * How an object shows a policy control mechanism that enforces (denies), or undefined when it
 * does not: dry-run, warn and audit modes only report, and CIS 5.2.1 asks for control.
 */
function mechanismShownBy(object: KubeObject): string | undefined {
  // Asked of every object of the scan: the group without splitting the apiVersion into an array.
  const slash = object.apiVersion.indexOf('/');
  const group = slash === -1 ? object.apiVersion : object.apiVersion.slice(0, slash);
  if (object.kind === 'Namespace') {
    // PSA's `privileged` level restricts nothing, so it is no control.
    const level = asText(valueAt(object.body, ['metadata', 'labels', 'pod-security.kubernetes.io/enforce']));
    return level !== undefined && level !== 'privileged'
      ? `Pod Security Admission (namespace "${object.name}" enforces "${level}")`
      : undefined;
  }
  if (group === 'constraints.gatekeeper.sh') {
    const action = asText(valueAt(object.body, ['spec', 'enforcementAction'])) ?? 'deny';
    return action === 'deny' ? `Gatekeeper (${object.kind} "${object.name}")` : undefined;
  }
  // A live scan lists templates, not the constraints (whose kinds the templates create).
  if (group === 'templates.gatekeeper.sh') return `Gatekeeper (${object.kind} "${object.name}")`;
  if (group === 'kyverno.io' && (object.kind === 'ClusterPolicy' || object.kind === 'Policy')) {
    return kyvernoEnforces(object) ? `Kyverno (${object.kind} "${object.name}", Enforce)` : undefined;
  }
  if (group === 'admissionregistration.k8s.io' && object.kind === 'ValidatingAdmissionPolicyBinding') {
    const actions = asList(valueAt(object.body, ['spec', 'validationActions'])).map(asText);
    return actions.includes('Deny') ? `ValidatingAdmissionPolicyBinding "${object.name}" (Deny)` : undefined;
  }
  return undefined;
}

/** The Azure Policy add-on's verdict for one cluster: on, off (a finding), or unknown. */
function judgeAzurePolicy(cluster: Cluster): { finding?: FindingDraft; undecided?: Undecided } {
  const setting = cluster.azurePolicyEnabled;
  const resource = `ManagedCluster/${cluster.name}`;
  if (setting.state === 'unknown') {
    return {
      undecided: { reason: `Azure Policy add-on: ${setting.reason}`, resource, location: setting.location },
    };
  }
  if (setting.state === 'set' && setting.value) return {};
  const message =
    setting.state === 'set'
      ? `Cluster "${cluster.name}" turns the Azure Policy add-on off, and the scanned manifests show no other policy mechanism`
      : `Cluster "${cluster.name}" does not enable the Azure Policy add-on (off by default), and the scanned manifests show no other policy mechanism`;
  return {
    finding: {
      resource,
      ...referenceTo(cluster),
      location: setting.location,
      message,
      key: 'addonProfiles.azurepolicy.enabled',
    },
  };
}

/**
 * CIS 5.2.1: some admission control must police pods. Pass when the manifests show Pod Security
 * Admission labels, Gatekeeper, Kyverno or a ValidatingAdmissionPolicy. Otherwise each cluster in
 * the input decides by its Azure Policy add-on; with manifests alone there is nothing to decide.
 */
export const admissionMechanismCheck: Check = {
  id: 'policy.admission-mechanism',
  description:
    'A policy control mechanism (Pod Security Admission, Gatekeeper, Kyverno, ValidatingAdmissionPolicy or Azure Policy).',
  run(model): CheckResult {
    // Every object of the scan is asked: no array for each object that shows none.
    const mechanisms: string[] = [];
    for (const object of model.kubeObjects) {
      const mechanism = mechanismShownBy(object);
      if (mechanism !== undefined) mechanisms.push(mechanism);
    }
    if (mechanisms.length > 0) {
      return {
        findings: [],
        applicable: 1,
        undecided: [],
        note: `Found: ${[...new Set(mechanisms)].join('; ')}.`,
      };
    }
    if (model.clusters.length === 0) {
      return {
        findings: [],
        applicable: 0,
        undecided: [],
        notApplicableReason:
          'the scanned manifests show no policy mechanism, and there is no cluster definition to show the Azure Policy add-on',
        note: outsideInput,
      };
    }
    const verdicts = model.clusters.map(judgeAzurePolicy);
    const undecided = verdicts.flatMap((verdict) => verdict.undecided ?? []);
    return {
      findings: verdicts.flatMap((verdict) => verdict.finding ?? []),
      applicable: model.clusters.length - undecided.length,
      undecided,
      note: outsideInput,
    };
  },
};
