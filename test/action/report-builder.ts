import type { FileLocation } from '../../src/model/location.js';
import {
  schemaVersion,
  type BenchmarkResult,
  type Finding,
  type RuleResult,
  type ScanReport,
} from '../../src/results/results.js';

/** What a test may override: the finding's fields, and its file position field by field. */
type FindingFields = Partial<Finding> &
  Partial<Pick<FileLocation, 'file' | 'line' | 'column' | 'template' | 'terraformAddress'>>;

/** A finding on a Deployment in `deploy/app.yaml`; fields override. */
export function finding(fields: FindingFields = {}): Finding {
  const { file = 'deploy/app.yaml', line = 12, column = 7, template, terraformAddress, ...rest } = fields;
  return {
    location: {
      kind: 'file',
      file,
      line,
      column,
      ...(template === undefined ? {} : { template }),
      ...(terraformAddress === undefined ? {} : { terraformAddress }),
    },
    resource: 'Deployment/shop/web',
    container: 'app',
    message: 'Container "app" runs privileged.',
    check: 'pod-security.privileged',
    fingerprint: 'fp-privileged-web-app',
    ...rest,
  };
}

/** A row the scan decided; `findings` decides Pass or Fail. */
export function rule(fields: Partial<RuleResult> & { id: string }): RuleResult {
  const findings = fields.findings ?? [];
  return {
    title: `Recommendation ${fields.id}`,
    section: fields.id.split('.').slice(0, 2).join('.'),
    assessment: 'Automated',
    level: 'L1',
    status: findings.length > 0 ? 'Fail' : 'Pass',
    reason: findings.length > 0 ? 'Failing resources in the input.' : 'No failing resources in the input.',
    decidedBy: 'scan',
    aksStatus: 'Depends on Environment',
    remediation: 'Fix it.',
    ...fields,
    findings,
  };
}

export function benchmark(rules: RuleResult[], fields: Partial<BenchmarkResult> = {}): BenchmarkResult {
  return {
    id: 'cis-kubernetes-v1.12.0',
    family: 'cis-kubernetes',
    title: 'CIS Kubernetes Benchmark v1.12.0',
    version: '1.12.0',
    selectedBecause: 'no Kubernetes version in the input; the newest catalog',
    rules,
    ...fields,
  };
}

export function report(benchmarks: BenchmarkResult[], fields: Partial<ScanReport> = {}): ScanReport {
  return { schemaVersion, benchmarks, skipped: [], notChecked: [], errors: [], ...fields };
}
