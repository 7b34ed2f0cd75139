import { describe, expect, it } from 'vitest';
import { deployTime, makeCluster, onCluster, stated } from '../../test/support/cluster-factory.js';
import { manifestModel, runCheck } from '../../test/support/check-testing.js';
import { admissionMechanismCheck } from './policy-mechanism.js';

const workload =
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\nspec:\n  containers:\n    - name: app\n';

const mechanisms: [string, string][] = [
  [
    'Pod Security Admission',
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n',
  ],
  [
    'Gatekeeper',
    'apiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata:\n  name: k8spspprivileged\n',
  ],
  [
    'Gatekeeper',
    'apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sPSPPrivilegedContainer\nmetadata:\n  name: no-privileged\n',
  ],
  [
    'Kyverno',
    'apiVersion: kyverno.io/v1\nkind: Policy\nmetadata:\n  name: restrict\n  namespace: shop\nspec:\n  validationFailureAction: Enforce\n',
  ],
  [
    'Kyverno',
    'apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata:\n  name: restrict\nspec:\n  rules:\n    - name: r\n      validate:\n        failureAction: Enforce\n',
  ],
  [
    'ValidatingAdmissionPolicyBinding',
    'apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata:\n  name: no-host-path\nspec:\n  policyName: no-host-path\n  validationActions: [Deny]\n',
  ],
];

describe('policy.admission-mechanism', () => {
  it.each(mechanisms)(
    'passes when the manifests show %s, even beside a cluster without Azure Policy',
    (name, yaml) => {
      const model = manifestModel(yaml, [makeCluster({ azurePolicyEnabled: stated(false, 12) })]);
      const result = runCheck(admissionMechanismCheck, model);
      expect(result).toMatchObject({ findings: [], applicable: 1, undecided: [] });
      expect(result.note).toContain(name);
    },
  );

  it.each([
    [
      'a Kyverno policy in Audit mode (the default)',
      'apiVersion: kyverno.io/v1\nkind: ClusterPolicy\nmetadata:\n  name: audit-only\nspec:\n  rules: []\n',
    ],
    [
      'a Gatekeeper constraint in dry-run',
      'apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sPSPPrivilegedContainer\nmetadata:\n  name: p\nspec:\n  enforcementAction: dryrun\n',
    ],
    [
      'a ValidatingAdmissionPolicy without a Deny binding',
      'apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata:\n  name: p\n---\napiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata:\n  name: p\nspec:\n  policyName: p\n  validationActions: [Warn, Audit]\n',
    ],
  ])('does not count %s as a control: it only reports', (_name, yaml) => {
    const model = manifestModel(yaml, [
      makeCluster({ name: 'aks-shop', azurePolicyEnabled: stated(false, 27) }),
    ]);
    expect(runCheck(admissionMechanismCheck, model).findings).toHaveLength(1);
  });

  it('does not count the privileged PSA level as a control', () => {
    const yaml =
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: privileged\n';
    expect(runCheck(admissionMechanismCheck, manifestModel(yaml))).toMatchObject({ applicable: 0 });
  });

  it('leaves manifests alone undecided: a mechanism outside the input is not seen', () => {
    expect(runCheck(admissionMechanismCheck, manifestModel(workload))).toEqual({
      findings: [],
      applicable: 0,
      undecided: [],
      notApplicableReason:
        'the scanned manifests show no policy mechanism, and there is no cluster definition to show the Azure Policy add-on',
      note: expect.stringContaining('not seen'),
    });
  });

  it('fails a cluster that turns the Azure Policy add-on off, at the setting', () => {
    const model = manifestModel(workload, [
      makeCluster({ name: 'aks-shop', azurePolicyEnabled: stated(false, 27) }),
    ]);
    const result = runCheck(admissionMechanismCheck, model);
    expect(result.findings).toEqual([
      {
        resource: 'ManagedCluster/aks-shop',
        ...onCluster('aks-shop'),
        location: { file: 'infra/main.bicep', line: 27, column: 3 },
        message:
          'Cluster "aks-shop" turns the Azure Policy add-on off, and the scanned manifests show no other policy mechanism',
        key: 'addonProfiles.azurepolicy.enabled',
      },
    ]);
    expect(result.applicable).toBe(1);
  });

  it('fails a cluster that leaves the add-on out, at the cluster', () => {
    const result = runCheck(admissionMechanismCheck, manifestModel('', [makeCluster()]));
    expect(result.findings.map((finding) => [finding.location.line, finding.message])).toEqual([
      [1, expect.stringContaining('does not enable the Azure Policy add-on (off by default)')],
    ]);
  });

  it('passes a cluster with the add-on on', () => {
    const result = runCheck(
      admissionMechanismCheck,
      manifestModel('', [makeCluster({ azurePolicyEnabled: stated(true, 9) })]),
    );
    expect(result).toMatchObject({ findings: [], applicable: 1, undecided: [] });
  });

  it('leaves a cluster whose add-on is known only at deployment undecided, with the reason', () => {
    const result = runCheck(
      admissionMechanismCheck,
      manifestModel('', [makeCluster({ azurePolicyEnabled: deployTime(14) })]),
    );
    expect(result.findings).toEqual([]);
    expect(result.applicable).toBe(0);
    expect(result.undecided).toEqual([
      {
        reason: 'Azure Policy add-on: the value comes from reference() and resolves only at deployment',
        resource: 'ManagedCluster/aks-prod',
        location: { file: 'infra/main.bicep', line: 14, column: 3 },
      },
    ]);
  });
});
