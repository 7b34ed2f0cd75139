import { assess } from '../../src/benchmarks/assess.js';
import { at, catalog, fixedCheck, kubeObject, rule } from './benchmarks.js';
import type { ScanReport } from '../../src/results/results.js';

/** A resource name and message that try to inject markup: reporters must print them inert. */
export const hostileName = 'web|<img src=x onerror=alert(1)>`[x](https://evil.example)`';

/**
 * A small report with every kind of row (Fail, Pass, platform, not evaluated), a suppressed
 * finding, a platform finding, an input error, a skipped file and a notice.
 */
export function sampleReport(): ScanReport {
  const catalogs = [
    catalog('cis-kubernetes-v1.12.0', {
      title: 'CIS Kubernetes Benchmark v1.12.0',
      sections: [
        { id: '1', title: 'Control Plane Components' },
        { id: '5', title: 'Policies' },
        { id: '5.2', title: 'Pod Security Standards' },
      ],
      rules: [
        rule('1.2.2', {
          section: '1',
          responsibility: 'platform',
          aksStatus: 'Fail',
          aksReason: 'Managed by AKS.',
        }),
        rule('5.2.2', {
          section: '5.2',
          title: 'Minimize the admission of privileged containers',
          checks: ['priv'],
        }),
        rule('5.2.3', { section: '5.2', checks: ['pid'] }),
        rule('5.2.4', { section: '5.2', level: 'L2', assessment: 'Manual', checks: ['ipc'] }),
      ],
    }),
  ];
  const location = at('deploy/web.yaml', 12, 'shop/templates/web.yaml');
  const checks = [
    fixedCheck('priv', {
      applicable: 3,
      findings: [
        {
          resource: `Deployment/shop/${hostileName}`,
          container: 'app',
          location,
          message: `container app of ${hostileName} runs privileged`,
          key: 'privileged',
        },
        {
          resource: 'DaemonSet/kube-system/csi',
          container: 'driver',
          location: at('csi.yaml', 30),
          message: 'driver runs privileged',
          key: 'privileged',
        },
        {
          resource: 'DaemonSet/kube-system/ama-logs',
          location: at('live', 1),
          message: 'agent runs privileged',
          key: 'privileged',
          platform: true,
        },
      ],
    }),
    fixedCheck('pid', { applicable: 3 }),
    fixedCheck('ipc', { notApplicableReason: 'no workloads in the scanned input' }),
  ];
  const csi = kubeObject('DaemonSet', 'csi', 'kube-system', at('csi.yaml', 1), {
    'aks-cis-gate/ignore': '5.2.2: the CSI driver needs host access',
  });
  return assess(
    {
      model: { clusters: [], kubeObjects: [csi] },
      errors: [{ file: 'broken.yaml', line: 4, column: 3, message: 'bad indentation of a mapping entry' }],
      skipped: [{ file: 'values.yaml', reason: 'no Kubernetes object (apiVersion and kind) in the file' }],
      notChecked: [],
    },
    {
      catalogs,
      checks,
      ignores: [{ rule: '5.2.3', reason: 'old', paths: ['**'], expires: '2020-01-01' }],
      today: new Date('2026-11-23'),
    },
  );
}

/**
 * The sample report as a code-and-live scan gives it: the platform finding comes from the
 * cluster (no file, a uid), rows carry their source, and one row drifted.
 */
export function liveSampleReport(): ScanReport {
  const report = sampleReport();
  const [benchmark] = report.benchmarks;
  for (const rule of benchmark?.rules ?? []) {
    rule.source = rule.decidedBy === 'platform' ? 'platform' : rule.id === '5.2.2' ? 'code+live' : 'code';
    for (const finding of rule.findings.filter((entry) => entry.platform === true)) {
      const [kind = '', namespace = '', name = ''] = finding.resource.split('/');
      finding.location = {
        kind: 'live',
        api: 'kubernetes',
        cluster: 'aks-prod',
        apiAddress: `/apis/apps/v1/namespaces/${namespace}/${kind.toLowerCase()}s/${name}`,
        uid: '00000000-0000-4000-8000-000000000042',
      };
    }
  }
  report.drift = [
    { benchmark: 'cis-kubernetes-v1.12.0', id: '5.2.3', title: 'Rule 5.2.3', code: 'Pass', live: 'Fail' },
  ];
  return report;
}
