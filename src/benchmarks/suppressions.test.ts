import { inFile } from '../../test/support/check-testing.js';
import { describe, expect, test } from 'vitest';
import type { FindingDraft } from '../checks/check.js';
import type { KubeObject } from '../model/kubernetes.js';
import type { RuleResult, ScanReport } from '../results/results.js';
import { assess } from './assess.js';
import type { IgnoreRule } from './suppressions.js';
import { at, catalog, fixedCheck, kubeObject, rule } from '../../test/support/benchmarks.js';

const driverAt = (annotation: string | undefined): KubeObject =>
  kubeObject(
    'DaemonSet',
    'csi-driver',
    'kube-system',
    at('csi.yaml', 1),
    annotation === undefined ? undefined : { 'aks-cis-gate/ignore': annotation },
    { 'metadata.annotations.aks-cis-gate/ignore': 6 },
  );

const finding = (line: number): FindingDraft => ({
  resource: 'DaemonSet/kube-system/csi-driver',
  container: 'driver',
  location: at('csi.yaml', line),
  message: 'container driver runs privileged',
  key: 'privileged',
});

const catalogs = [
  catalog('cis-kubernetes-v1.12.0', {
    rules: [rule('5.2.2', { checks: ['priv'] }), rule('5.2.3', { checks: ['pid'] })],
  }),
  catalog('cis-aks-v1.8', { family: 'cis-aks', rules: [rule('4.2.1', { checks: ['priv'] })] }),
];

function scanWith(
  object: KubeObject,
  ignores: IgnoreRule[] = [],
  today = new Date('2026-11-23'),
): ScanReport {
  return assess(
    { model: { clusters: [], kubeObjects: [object] }, errors: [], skipped: [], notChecked: [] },
    {
      catalogs,
      checks: [
        fixedCheck('priv', { findings: [finding(20)], applicable: 1 }),
        fixedCheck('pid', { applicable: 1 }),
      ],
      benchmarks: ['cis-kubernetes', 'cis-aks'],
      ignores,
      today,
    },
  );
}

const row = (report: ScanReport, benchmark: number, id: string): RuleResult =>
  report.benchmarks[benchmark]?.rules.find((candidate) => candidate.id === id) as RuleResult;

describe('the aks-cis-gate/ignore annotation', () => {
  test('a bare id suppresses the CIS Kubernetes finding only; the finding stays listed', () => {
    const report = scanWith(driverAt('5.2.2: CSI driver needs host access'));
    expect(row(report, 0, '5.2.2')).toMatchObject({
      status: 'Pass',
      reason: '1 subject checked, none fails (1 finding suppressed)',
    });
    expect(row(report, 0, '5.2.2').findings[0]?.suppressed).toBe('CSI driver needs host access');
    expect(row(report, 1, '4.2.1').status).toBe('Fail');
  });

  test('one entry per line; a family prefix names another benchmark', () => {
    const report = scanWith(driverAt('5.2.2: needs host access\ncis-aks:4.2.1: same driver, AKS policy row'));
    expect(row(report, 0, '5.2.2').findings[0]?.suppressed).toBe('needs host access');
    expect(row(report, 1, '4.2.1').findings[0]?.suppressed).toBe('same driver, AKS policy row');
  });

  test('an entry without a reason does not apply and is a finding of its own at the annotation line', () => {
    const report = scanWith(driverAt('5.2.3'));
    const pid = row(report, 0, '5.2.3');
    expect(pid.status).toBe('Fail');
    expect(pid.findings).toMatchObject([
      {
        location: { file: 'csi.yaml', line: 6 },
        resource: 'DaemonSet/kube-system/csi-driver',
        check: 'suppressions.missing-reason',
      },
    ]);
    expect(pid.findings[0]?.message).toContain('gives no reason, so it does not apply');
  });

  test('an entry that names no rule is reported as a notice', () => {
    const report = scanWith(driverAt('privileged is fine'));
    expect(report.notices).toEqual([
      'csi.yaml:6: aks-cis-gate/ignore entry "privileged is fine" on DaemonSet/kube-system/csi-driver names no rule; write "5.2.2: reason" or "cis-aks:4.2.1: reason"',
    ]);
    expect(row(report, 0, '5.2.2').status).toBe('Fail');
  });
});

describe('config ignores', () => {
  const plain = driverAt(undefined);

  test('a resource selector with globs suppresses matching findings', () => {
    const report = scanWith(plain, [
      {
        rule: '5.2.2',
        reason: 'CSI drivers need host access',
        resources: [{ kind: 'DaemonSet', namespace: 'kube-*', name: 'csi-*' }],
      },
    ]);
    expect(row(report, 0, '5.2.2').findings[0]?.suppressed).toBe('CSI drivers need host access');
  });

  test('a selector that names no namespace matches cluster-scoped objects too', () => {
    const binding = kubeObject('ClusterRoleBinding', 'ops-admins', undefined, at('rbac.yaml', 1));
    const bindingFinding: FindingDraft = {
      ...finding(7),
      resource: 'ClusterRoleBinding/ops-admins',
      container: undefined,
    };
    const report = assess(
      { model: { clusters: [], kubeObjects: [binding] }, errors: [], skipped: [], notChecked: [] },
      {
        catalogs,
        checks: [
          fixedCheck('priv', { findings: [bindingFinding], applicable: 1 }),
          fixedCheck('pid', { applicable: 1 }),
        ],
        benchmarks: ['cis-kubernetes'],
        ignores: [
          {
            rule: '5.2.2',
            reason: 'break-glass group',
            resources: [{ kind: 'ClusterRoleBinding', name: 'ops-*' }],
          },
        ],
        today: new Date('2026-11-23'),
      },
    );
    expect(row(report, 0, '5.2.2').findings[0]?.suppressed).toBe('break-glass group');
  });

  test('path globs scope an ignore; a non-matching path does not apply', () => {
    const matching = scanWith(plain, [{ rule: 'cis-aks:4.2.1', reason: 'vendored', paths: ['*.yaml'] }]);
    expect(row(matching, 1, '4.2.1').findings[0]?.suppressed).toBe('vendored');
    const elsewhere = scanWith(plain, [{ rule: 'cis-aks:4.2.1', reason: 'vendored', paths: ['vendor/**'] }]);
    expect(row(elsewhere, 1, '4.2.1').findings[0]?.suppressed).toBeUndefined();
  });

  test('an expired ignore stops applying and the report says so', () => {
    const ignore = {
      rule: '5.2.2',
      reason: 'until the driver update',
      paths: ['**'],
      expires: '2026-11-22',
      source: { file: '.github/aks-cis-gate.yml', line: 4 },
    };
    const report = scanWith(plain, [ignore]);
    expect(row(report, 0, '5.2.2').status).toBe('Fail');
    expect(report.notices).toEqual([
      'ignore of cis-kubernetes:5.2.2 (.github/aks-cis-gate.yml:4) expired on 2026-11-22 and no longer applies ("until the driver update")',
    ]);
    const lastDay = scanWith(plain, [ignore], new Date('2026-11-22T23:00:00Z'));
    expect(row(lastDay, 0, '5.2.2').findings[0]?.suppressed).toBe('until the driver update');
  });

  test('an ignore without a reason is a finding under its rule at the config line', () => {
    const report = scanWith(plain, [
      { rule: '5.2.2', reason: ' ', paths: ['**'], source: { file: '.github/aks-cis-gate.yml', line: 9 } },
    ]);
    const findings = row(report, 0, '5.2.2').findings;
    expect(
      findings.map((entry) => [
        entry.check,
        inFile(entry.location).file,
        inFile(entry.location).line,
        entry.suppressed,
      ]),
    ).toEqual([
      ['priv', 'csi.yaml', 20, undefined],
      ['suppressions.missing-reason', '.github/aks-cis-gate.yml', 9, undefined],
    ]);
  });

  test('an ignore without paths or resources does not apply, and says so', () => {
    const report = scanWith(plain, [{ rule: '5.2.2', reason: 'everything' }]);
    expect(row(report, 0, '5.2.2').findings[0]?.suppressed).toBeUndefined();
    expect(report.notices?.[0]).toBe(
      'ignore of cis-kubernetes:5.2.2 names no paths and no resources, so it does not apply',
    );
  });
});
