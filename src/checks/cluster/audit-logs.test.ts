import { describe, expect, it } from 'vitest';
import type { DiagnosticSetting } from '../../model/cluster.js';
import { auditLogs } from './audit-logs.js';
import {
  deployTime,
  lineOf,
  makeCluster,
  makeDiagnosticSetting,
  modelOf,
  onCluster,
  stated,
} from '../../../test/support/cluster-factory.js';

const options = { defaultNamespace: 'default' };
const run = (...settings: DiagnosticSetting[]) =>
  auditLogs.run(modelOf(makeCluster({ diagnosticSettings: settings })), options);

const exporting = (categories: string[]): DiagnosticSetting =>
  makeDiagnosticSetting({ enabledCategories: stated(categories, 44), hasDestination: stated(true, 42) });

describe('cluster.audit-logs', () => {
  it.each([['kube-audit'], ['kube-audit-admin'], ['allLogs'], ['audit'], ['KUBE-AUDIT']])(
    'passes a diagnostic setting that exports %s to a destination',
    (category) => {
      expect(run(exporting(['kube-apiserver', category]))).toMatchObject({
        findings: [],
        applicable: 1,
        undecided: [],
      });
    },
  );

  it('fails a cluster without any diagnostic setting at the cluster, and says what it cannot see', () => {
    const result = run();
    expect(result.findings).toEqual([
      {
        resource: 'ManagedCluster/aks-prod',
        ...onCluster(),
        location: lineOf(1),
        message:
          "No diagnostic setting in the scanned input exports the cluster's kube-audit or kube-audit-admin logs",
        key: 'diagnosticSettings',
      },
    ]);
    expect(result.note).toBe(
      'A diagnostic setting deployed outside the scanned input (for example by Azure Policy) is not seen.',
    );
  });

  it("says when a pass rests on the 'audit' category group alone", () => {
    expect(run(exporting(['audit'])).note).toBe(
      "The 'audit' category group is counted as exporting kube-audit; AKS does not publish that group's members.",
    );
    expect(run(exporting(['audit', 'kube-audit'])).note).toBeUndefined();
  });

  it('fails a setting without audit categories at its logs', () => {
    expect(run(exporting(['kube-apiserver', 'guard'])).findings).toEqual([
      {
        resource: 'ManagedCluster/aks-prod',
        ...onCluster(),
        location: lineOf(44),
        message:
          "The audit log is not exported: diagnostic setting 'aks-diagnostics' enables neither kube-audit nor kube-audit-admin " +
          '(logs = ["kube-apiserver","guard"])',
        key: 'diagnosticSettings',
      },
    ]);
  });

  it('fails a setting without a destination at the setting', () => {
    const setting = makeDiagnosticSetting({ enabledCategories: stated(['kube-audit'], 44) });
    expect(run(setting).findings.map((finding) => [finding.location, finding.message])).toEqual([
      [
        lineOf(40),
        "The audit log is not exported: diagnostic setting 'aks-diagnostics' names no destination " +
          '(workspaceId/storageAccountId/eventHubAuthorizationRuleId not set; Azure Monitor default false)',
      ],
    ]);
  });

  it('passes when any one of several settings exports the audit log', () => {
    const metricsOnly = makeDiagnosticSetting({ name: 'metrics', enabledCategories: stated([], 50) });
    expect(run(metricsOnly, exporting(['kube-audit-admin'])).findings).toEqual([]);
  });

  it('stays undecided while the categories are known only at deployment', () => {
    const result = run(
      makeDiagnosticSetting({ enabledCategories: deployTime(45), hasDestination: stated(true, 42) }),
    );
    expect(result.findings).toEqual([]);
    expect(result.undecided).toEqual([
      {
        reason: 'logs: the value comes from reference() and resolves only at deployment',
        resource: 'ManagedCluster/aks-prod',
        location: lineOf(45),
      },
    ]);
  });

  it('judges each cluster by its own diagnostic settings', () => {
    const result = auditLogs.run(
      modelOf(
        makeCluster({ name: 'aks-east', diagnosticSettings: [exporting(['kube-audit'])] }),
        makeCluster({ name: 'aks-west', location: lineOf(60) }),
      ),
      options,
    );
    expect(result.applicable).toBe(2);
    expect(result.findings.map((finding) => [finding.cluster, finding.location.line])).toEqual([
      ['aks-west', 60],
    ]);
  });

  it('names the Terraform arguments for a Terraform cluster', () => {
    const cluster = makeCluster({
      origin: 'terraform',
      diagnosticSettings: [
        makeDiagnosticSetting({ enabledCategories: stated(['guard'], 44), hasDestination: stated(true, 42) }),
      ],
    });
    expect(auditLogs.run(modelOf(cluster), options).findings[0]?.message).toMatch(
      /\(enabled_log = \["guard"\]\)$/,
    );
  });

  it('has nothing to judge without a cluster', () => {
    expect(auditLogs.run(modelOf(), options)).toMatchObject({
      applicable: 0,
      notApplicableReason: 'no AKS cluster in the scanned input',
    });
  });
});

it('diagnostic settings that could not be read leave the audit-log rows undecided, not failed', () => {
  const cluster = makeCluster({
    name: 'aks-prod',
    diagnosticSettingsUnknown: 'forbidden: GET …/diagnosticSettings',
  });
  const result = auditLogs.run(modelOf(cluster), { defaultNamespace: 'default' });
  expect(result.findings).toEqual([]);
  expect(result.undecided).toHaveLength(1);
  expect(result.undecided[0]?.reason).toContain('forbidden');
});
