import { describe, expect, it } from 'vitest';
import type { Check } from './check.js';
import { findingsOf, manifestModel, pickCheck, runCheck } from '../../test/support/check-testing.js';
import { rbacChecks } from './rbac.js';

const check = (id: string): Check => pickCheck(rbacChecks, id);

function clusterRole(rules: string): string {
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: operator
rules:
${rules}`;
}

describe('permission checks', () => {
  const cases: [string, string, string][] = [
    [
      'rbac.secrets-access',
      '  - apiGroups: [""]\n    resources: [secrets]\n    verbs: [list]\n',
      'get/list/watch on secrets',
    ],
    [
      'rbac.create-pods',
      '  - apiGroups: [""]\n    resources: [pods]\n    verbs: [create]\n',
      'create on pods',
    ],
    [
      'rbac.bind-impersonate-escalate',
      '  - apiGroups: [rbac.authorization.k8s.io]\n    resources: [clusterroles]\n    verbs: [escalate]\n',
      'bind/escalate on roles',
    ],
    [
      'rbac.bind-impersonate-escalate',
      '  - apiGroups: [""]\n    resources: [users]\n    verbs: [impersonate]\n',
      'impersonate',
    ],
    [
      'rbac.create-persistentvolumes',
      '  - apiGroups: [""]\n    resources: [persistentvolumes]\n    verbs: [create]\n',
      'create on persistentvolumes',
    ],
    [
      'rbac.nodes-proxy',
      '  - apiGroups: [""]\n    resources: [nodes/proxy]\n    verbs: [get]\n',
      'access to nodes/proxy',
    ],
    [
      'rbac.csr-approval',
      '  - apiGroups: [certificates.k8s.io]\n    resources: [certificatesigningrequests/approval]\n    verbs: [patch]\n',
      'update on certificatesigningrequests/approval',
    ],
    [
      'rbac.webhook-configurations',
      '  - apiGroups: [admissionregistration.k8s.io]\n    resources: [mutatingwebhookconfigurations]\n    verbs: [create]\n',
      'changes to admission webhook configurations',
    ],
    [
      'rbac.serviceaccount-token-create',
      '  - apiGroups: [""]\n    resources: [serviceaccounts/token]\n    verbs: [create]\n',
      'create on serviceaccounts/token',
    ],
  ];

  it.each(cases)('%s blames the rule granting %#', (id, rules, words) => {
    const yaml = clusterRole(`  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get]\n${rules}`);
    expect(findingsOf(check(id), manifestModel(yaml))).toEqual([
      {
        line: 9,
        resource: 'ClusterRole/operator',
        message: expect.stringContaining(`ClusterRole "operator" grants ${words} (`),
      },
    ]);
  });

  it.each(cases)('%s counts a full wildcard as granting it %#', (id) => {
    const yaml = clusterRole('  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n');
    expect(findingsOf(check(id), manifestModel(yaml)).map((finding) => finding.line)).toEqual([6]);
  });

  it('does not count the same resource name in another API group', () => {
    const yaml = clusterRole('  - apiGroups: [metrics.k8s.io]\n    resources: [pods]\n    verbs: [create]\n');
    expect(findingsOf(check('rbac.create-pods'), manifestModel(yaml))).toEqual([]);
  });

  it('matches a subresource wildcard', () => {
    const yaml = clusterRole('  - apiGroups: [""]\n    resources: ["*/proxy"]\n    verbs: [get]\n');
    expect(findingsOf(check('rbac.nodes-proxy'), manifestModel(yaml)).map((finding) => finding.line)).toEqual(
      [6],
    );
  });

  it('still counts rules limited by resourceNames, and says so', () => {
    const yaml = clusterRole(
      '  - apiGroups: [""]\n    resources: [secrets]\n    resourceNames: [webhook-cert]\n    verbs: [get]\n',
    );
    expect(findingsOf(check('rbac.secrets-access'), manifestModel(yaml))).toEqual([
      expect.objectContaining({
        line: 6,
        message: expect.stringContaining('limited to resourceNames [webhook-cert]'),
      }),
    ]);
  });

  it('judges the explicit rules of an aggregated ClusterRole', () => {
    const yaml = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: monitoring-edit
aggregationRule:
  clusterRoleSelectors:
    - matchLabels:
        rbac.example.com/aggregate-to-monitoring: "true"
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [watch]
`;
    expect(
      findingsOf(check('rbac.secrets-access'), manifestModel(yaml)).map((finding) => finding.line),
    ).toEqual([10]);
  });

  it('keys a finding by the rule content, so reordering rules keeps it', () => {
    const secrets = '  - apiGroups: [""]\n    resources: [secrets]\n    verbs: [get]\n';
    const other = '  - apiGroups: [""]\n    resources: [configmaps]\n    verbs: [get]\n';
    const keyOf = (rules: string) =>
      runCheck(check('rbac.secrets-access'), manifestModel(clusterRole(rules))).findings[0]?.key;
    expect(keyOf(secrets + other)).toBe(keyOf(other + secrets));
  });

  it('says why nothing was judged', () => {
    expect(
      runCheck(
        check('rbac.create-pods'),
        manifestModel('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n'),
      ),
    ).toMatchObject({
      applicable: 0,
      notApplicableReason: 'no Roles or ClusterRoles in the scanned input',
    });
  });
});

describe('rbac.wildcards', () => {
  it('blames each field holding a wildcard', () => {
    const yaml = clusterRole(
      '  - apiGroups: ["*"]\n    resources: [deployments]\n    verbs:\n      - get\n      - "*"\n',
    );
    expect(findingsOf(check('rbac.wildcards'), manifestModel(yaml))).toEqual([
      expect.objectContaining({
        line: 6,
        message: 'ClusterRole "operator" uses a wildcard in apiGroups: [*]',
      }),
      expect.objectContaining({
        line: 8,
        message: 'ClusterRole "operator" uses a wildcard in verbs: [get, *]',
      }),
    ]);
  });

  it('allows path globs in nonResourceURLs other than a bare wildcard', () => {
    const yaml = clusterRole('  - nonResourceURLs: ["/healthz/*"]\n    verbs: [get]\n');
    expect(findingsOf(check('rbac.wildcards'), manifestModel(yaml))).toEqual([]);
  });
});

function binding(roleRef: string, subjects: string): string {
  return `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: admins
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: ${roleRef}
subjects:
${subjects}`;
}

const subjects = `  - kind: User
    name: system:kube-controller-manager
  - kind: Group
    name: system:masters
  - kind: ServiceAccount
    name: deployer
    namespace: ci
`;

describe('bindings', () => {
  it('rbac.cluster-admin-binding flags non-system subjects of cluster-admin', () => {
    expect(
      findingsOf(check('rbac.cluster-admin-binding'), manifestModel(binding('cluster-admin', subjects))),
    ).toEqual([
      {
        line: 14,
        resource: 'ClusterRoleBinding/admins',
        message: 'ClusterRoleBinding "admins" binds cluster-admin to ServiceAccount "ci/deployer"',
      },
    ]);
  });

  it('rbac.cluster-admin-binding flags the system: groups that stand for whole populations', () => {
    const populations = `  - kind: Group
    name: system:authenticated
  - kind: Group
    name: system:serviceaccounts:ci
`;
    expect(
      findingsOf(check('rbac.cluster-admin-binding'), manifestModel(binding('cluster-admin', populations))),
    ).toEqual([
      {
        line: 10,
        resource: 'ClusterRoleBinding/admins',
        message: 'ClusterRoleBinding "admins" binds cluster-admin to Group "system:authenticated"',
      },
      {
        line: 12,
        resource: 'ClusterRoleBinding/admins',
        message: 'ClusterRoleBinding "admins" binds cluster-admin to Group "system:serviceaccounts:ci"',
      },
    ]);
  });

  it('rbac.cluster-admin-binding ignores other roles', () => {
    expect(findingsOf(check('rbac.cluster-admin-binding'), manifestModel(binding('view', subjects)))).toEqual(
      [],
    );
  });

  it('rbac.system-masters flags the group whatever the role', () => {
    expect(findingsOf(check('rbac.system-masters'), manifestModel(binding('view', subjects)))).toEqual([
      {
        line: 12,
        resource: 'ClusterRoleBinding/admins',
        message: 'ClusterRoleBinding "admins" binds ClusterRole "view" to Group "system:masters"',
      },
    ]);
  });

  it('says why nothing was judged', () => {
    expect(
      runCheck(
        check('rbac.system-masters'),
        manifestModel(clusterRole('  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]\n')),
      ),
    ).toMatchObject({
      applicable: 0,
      notApplicableReason: 'no RoleBindings or ClusterRoleBindings in the scanned input',
    });
  });
});
