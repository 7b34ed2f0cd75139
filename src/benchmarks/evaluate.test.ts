import { describe, expect, test } from 'vitest';
import type { FindingDraft } from '../checks/check.js';
import type { ScanModel } from '../model/scan-model.js';
import type { RuleResult } from '../results/results.js';
import { assess } from './assess.js';
import type { Catalog } from './catalog.js';
import { fingerprint, nameOnlyFingerprint } from './fingerprint.js';
import { at, catalog, fixedCheck, kubeObject, rule } from '../../test/support/benchmarks.js';

const web = kubeObject('Deployment', 'web', 'shop', at('deploy.yaml', 3, 'chart/templates/web.yaml'));
const model: ScanModel = { clusters: [], kubeObjects: [web] };

const privileged = (line: number): FindingDraft => ({
  resource: 'Deployment/shop/web',
  container: 'app',
  location: at('deploy.yaml', line, 'chart/templates/web.yaml'),
  message: 'container app runs privileged',
  key: 'spec.template.spec.containers[app].securityContext.privileged',
});

function evaluateRow(
  catalogRule: Catalog['rules'][number],
  checks: ReturnType<typeof fixedCheck>[],
): RuleResult {
  const report = assess(
    { model, errors: [], skipped: [], notChecked: [] },
    { catalogs: [catalog('cis-kubernetes-v1.12.0', { rules: [catalogRule] })], checks },
  );
  return report.benchmarks[0]?.rules[0] as RuleResult;
}

describe('row statuses', () => {
  test('a finding makes the row fail, decided by the scan, with the finding located and fingerprinted', () => {
    const row = evaluateRow(rule('5.2.2', { checks: ['priv'] }), [
      fixedCheck('priv', { findings: [privileged(12)], applicable: 1 }),
    ]);
    expect(row).toMatchObject({ status: 'Fail', decidedBy: 'scan', reason: '1 finding in 1 resource' });
    expect(row.findings).toEqual([
      {
        location: {
          kind: 'file',
          file: 'deploy.yaml',
          line: 12,
          column: 1,
          template: 'chart/templates/web.yaml',
        },
        resource: 'Deployment/shop/web',
        container: 'app',
        message: 'container app runs privileged',
        check: 'priv',
        fingerprint: fingerprint('cis-kubernetes', '5.2.2', privileged(12)),
      },
    ]);
  });

  test('a failing row counts its resources by cluster source, cluster and name, findings without a cluster first or not', () => {
    const on = (resource: string, key: string, cluster?: string, clusterSource?: string): FindingDraft => ({
      ...privileged(12),
      resource,
      key,
      ...(cluster === undefined ? {} : { cluster }),
      ...(clusterSource === undefined ? {} : { clusterSource }),
    });
    const reasonOf = (findings: FindingDraft[]) =>
      evaluateRow(rule('5.2.2', { checks: ['priv'] }), [fixedCheck('priv', { findings, applicable: 1 })])
        .reason;
    const plain = [
      on('Deployment/shop/web', 'a'),
      on('Deployment/shop/web', 'b'),
      on('Deployment/shop/api', 'a'),
    ];
    expect(reasonOf(plain)).toBe('3 findings in 2 resources');
    // The same names in a cluster of each of two files are other resources; an empty cluster is none.
    const clustered = [
      ...plain,
      on('Deployment/shop/web', 'c', '', ''),
      on('Deployment/shop/web', 'a', 'aks', 'a.bicep'),
      on('Deployment/shop/web', 'a', 'aks', 'b.bicep'),
      on('Deployment/shop/web', 'b', 'aks', 'b.bicep'),
    ];
    expect(reasonOf(clustered)).toBe('7 findings in 4 resources');
    expect(reasonOf([...clustered].reverse())).toBe('7 findings in 4 resources');
  });

  test('a finding keeps its location whole: a live object by its API address and uid, a file position with its address', () => {
    const liveLocation = {
      kind: 'live',
      api: 'kubernetes',
      cluster: 'aks-prod',
      apiAddress: '/apis/apps/v1/namespaces/shop/deployments/web',
      uid: '00000000-0000-4000-8000-000000000042',
      fieldPath: 'spec.template.spec.containers[0].securityContext.privileged',
    } as const;
    const armLocation = { file: 'cluster.json', line: 9, column: 5, address: 'properties.enableRBAC' };
    const row = evaluateRow(rule('5.2.2', { checks: ['priv'] }), [
      fixedCheck('priv', {
        findings: [
          { ...privileged(1), location: liveLocation },
          { ...privileged(1), key: 'arm', location: armLocation },
        ],
        applicable: 1,
      }),
    ]);
    expect(row.findings.map((finding) => finding.location)).toEqual([
      liveLocation,
      { kind: 'file', ...armLocation },
    ]);
  });

  test('applicable subjects and no findings pass', () => {
    const row = evaluateRow(rule('5.2.2', { checks: ['priv'] }), [fixedCheck('priv', { applicable: 3 })]);
    expect(row).toMatchObject({
      status: 'Pass',
      decidedBy: 'scan',
      reason: '3 subjects checked, none fails',
      findings: [],
    });
  });

  test("nothing to judge is Not evaluated, says why, and keeps Microsoft's status apart", () => {
    const row = evaluateRow(rule('5.2.2', { checks: ['priv'] }), [
      fixedCheck('priv', { notApplicableReason: 'no workloads in the scanned input' }),
    ]);
    expect(row).toMatchObject({
      status: 'Not evaluated',
      aksStatus: 'Depends on Environment',
      decidedBy: 'none',
      reason: 'Not evaluated: no workloads in the scanned input. Microsoft: Microsoft says it depends',
    });
  });

  test('an undecidable subject stops a Pass', () => {
    const undecided = [
      { reason: 'runAsUser comes from a value set at deploy time', resource: 'Deployment/shop/web' },
    ];
    const row = evaluateRow(rule('5.2.7', { checks: ['root'] }), [
      fixedCheck('root', { applicable: 2, undecided }),
    ]);
    expect(row).toMatchObject({
      status: 'Not evaluated',
      decidedBy: 'none',
      reason:
        'Not evaluated: Deployment/shop/web: runAsUser comes from a value set at deploy time. Microsoft: Microsoft says it depends',
    });
  });

  test("platform rows keep Microsoft's status and reason, even an Automated Fail", () => {
    const row = evaluateRow(
      rule('1.2.2', { responsibility: 'platform', aksStatus: 'Fail', aksReason: 'Managed by AKS' }),
      [],
    );
    expect(row).toMatchObject({
      status: 'Fail',
      reason: 'Managed by AKS',
      decidedBy: 'platform',
      aksStatus: 'Fail',
    });
  });

  test("a platform row whose check could not judge keeps Microsoft's status and says what the scan saw", () => {
    const row = evaluateRow(
      rule('4.2.4', { responsibility: 'platform', aksStatus: 'Pass', aksReason: '', checks: ['port'] }),
      [
        fixedCheck('port', {
          applicable: 0,
          undecided: [{ reason: 'forbidden: GET nodes/a/proxy/configz' }],
        }),
      ],
    );
    expect(row).toMatchObject({ status: 'Pass', decidedBy: 'platform' });
    expect(row.reason).toBe('This scan: forbidden: GET nodes/a/proxy/configz.');
  });

  test("Microsoft's reference-style links show as their text, and a reason ending a sentence gets no second full stop", () => {
    const row = evaluateRow(
      rule('1.2.27', {
        checks: ['kms'],
        aksReason: 'Argument is set when [Azure KMS][azure-kms] is enabled',
      }),
      [fixedCheck('kms', { applicable: 0, notApplicableReason: 'no AKS cluster in the scanned input.' })],
    );
    expect(row.reason).toBe(
      'Not evaluated: no AKS cluster in the scanned input. Microsoft: Argument is set when Azure KMS is enabled',
    );
  });

  test('a user row no check decides is not evaluated', () => {
    const row = evaluateRow(rule('5.7.1'), []);
    expect(row.decidedBy).toBe('none');
    expect(row.reason).toMatch(/^Not evaluated: no check of this tool decides this recommendation\./);
  });

  test('a named check missing from the registry is reported, never a silent Pass', () => {
    const row = evaluateRow(rule('5.2.2', { checks: ['priv', 'gone'] }), [
      fixedCheck('priv', { applicable: 1 }),
    ]);
    expect(row.decidedBy).toBe('none');
    expect(row.reason).toContain('the check gone is not available');
  });

  test('findings on platform-managed objects are shown and do not fail the row', () => {
    const row = evaluateRow(rule('5.2.2', { checks: ['priv'] }), [
      fixedCheck('priv', { findings: [{ ...privileged(12), platform: true }], applicable: 1 }),
    ]);
    expect(row).toMatchObject({
      status: 'Pass',
      reason: '1 subject checked, none fails (1 finding on platform-managed objects, not counted)',
    });
    expect(row.findings[0]?.platform).toBe(true);
  });

  test("a platform row whose findings are all on the platform's objects keeps Microsoft's status, not a Pass", () => {
    const row = evaluateRow(
      rule('4.3.1', {
        responsibility: 'platform',
        aksStatus: 'Fail',
        aksReason: 'AKS scrapes it',
        checks: ['proxy'],
      }),
      [fixedCheck('proxy', { findings: [{ ...privileged(12), platform: true }], applicable: 1 })],
    );
    expect(row).toMatchObject({
      status: 'Fail',
      decidedBy: 'platform',
      reason: 'AKS scrapes it This scan: 1 finding on platform-managed objects, not counted.',
    });
    expect(row.findings[0]?.platform).toBe(true);
  });

  test('the check note is added to the reason', () => {
    const row = evaluateRow(rule('5.2.1', { checks: ['policy'] }), [
      fixedCheck('policy', { applicable: 1, note: 'a mechanism installed outside the input is not seen' }),
    ]);
    expect(row.reason).toBe(
      '1 subject checked, none fails. a mechanism installed outside the input is not seen',
    );
  });
});

describe('running checks', () => {
  test('a check named by rows of several catalogs runs once per scope', () => {
    const check = fixedCheck('priv', { applicable: 1 });
    const catalogs = [
      catalog('cis-kubernetes-v1.12.0', {
        rules: [rule('5.2.2', { checks: ['priv'] }), rule('5.2.3', { checks: ['priv'] })],
      }),
      catalog('cis-aks-v1.8', { family: 'cis-aks', rules: [rule('4.2.1', { checks: ['priv'] })] }),
    ];
    assess(
      { model, errors: [], skipped: [], notChecked: [] },
      { catalogs, checks: [check], benchmarks: ['cis-kubernetes', 'cis-aks'] },
    );
    expect(check.runs).toBe(1);
  });
});

describe('fingerprints', () => {
  test('do not change when lines move or the catalog version changes, and differ across families and containers', () => {
    const moved = { ...privileged(40), location: at('other.yaml', 40) };
    expect(fingerprint('cis-kubernetes', '5.2.2', privileged(12))).toBe(
      fingerprint('cis-kubernetes', '5.2.2', moved),
    );
    // sha256 of `family:id|cluster|resource|container|key`: a baseline matches only the same value.
    expect(fingerprint('cis-kubernetes', '5.2.2', privileged(12))).toBe('88b1350f158837a74dc003cc738611c9');
    expect(fingerprint('cis-aks', '5.2.2', privileged(12))).not.toBe(
      fingerprint('cis-kubernetes', '5.2.2', privileged(12)),
    );
    expect(fingerprint('cis-kubernetes', '5.2.2', { ...privileged(12), container: 'sidecar' })).not.toBe(
      fingerprint('cis-kubernetes', '5.2.2', privileged(12)),
    );
    expect(fingerprint('cis-kubernetes', '5.2.2', { ...privileged(12), cluster: 'blue' })).not.toBe(
      fingerprint('cis-kubernetes', '5.2.2', { ...privileged(12), cluster: 'green' }),
    );
  });

  test('name a cluster by its identity (source and id), keeping the name-only fingerprint of older reports', () => {
    const copy = (source: string, line: number) => ({
      ...privileged(line),
      location: at(source, line),
      cluster: 'aks',
      clusterSource: source,
      clusterIdentity: `${source}#aks`,
    });
    const first = fingerprint('cis-aks', '3.1.1', copy('env-1/aks.json', 5));
    expect(fingerprint('cis-aks', '3.1.1', copy('env-1/aks.json', 30))).toBe(first);
    expect(fingerprint('cis-aks', '3.1.1', copy('env-2/aks.json', 5))).not.toBe(first);
    const nameOnly = fingerprint('cis-aks', '3.1.1', { ...privileged(5), cluster: 'aks' });
    expect(nameOnlyFingerprint('cis-aks', '3.1.1', copy('env-1/aks.json', 5))).toBe(nameOnly);
    expect(nameOnlyFingerprint('cis-aks', '3.1.1', copy('env-2/aks.json', 5))).toBe(nameOnly);
    expect(nameOnlyFingerprint('cis-aks', '3.1.1', { ...privileged(5), cluster: 'aks' })).toBeUndefined();
  });
});

test('a live scan that could not read a kind a check reads leaves its rows not evaluated', () => {
  const check = { ...fixedCheck('rbac', { applicable: 2 }), reads: ['ClusterRoleBinding'] };
  const report = assess(
    {
      model: {
        ...model,
        unreadable: [{ kind: 'ClusterRoleBinding', reason: 'forbidden for the scanning identity' }],
      },
      errors: [],
      skipped: [],
      notChecked: [],
    },
    {
      catalogs: [catalog('cis-kubernetes-v1.12.0', { rules: [rule('5.1.1', { checks: ['rbac'] })] })],
      checks: [check],
    },
  );
  expect(report.benchmarks[0]?.rules[0]).toMatchObject({
    decidedBy: 'none',
    reason:
      'Not evaluated: cannot read ClusterRoleBinding: forbidden for the scanning identity. Microsoft: Microsoft says it depends',
  });
});

test('a catalog asked for without anything to judge (Azure Linux, no node pools) is not evaluated, platform rows too', () => {
  const azureLinux = catalog('cis-azure-linux-3.0-v1.0', {
    family: 'cis-azure-linux',
    rules: [
      rule('1.1.1', { responsibility: 'platform', aksStatus: 'Pass', aksReason: 'Set by the node image' }),
    ],
  });
  const report = assess(
    { model, errors: [], skipped: [], notChecked: [] },
    { catalogs: [azureLinux], checks: [], benchmarks: ['cis-azure-linux'] },
  );
  expect(report.benchmarks[0]?.rules[0]).toMatchObject({
    status: 'Not evaluated',
    aksStatus: 'Pass',
    reason: 'Not evaluated: no node pools in the input.',
    decidedBy: 'none',
  });
});
