import { findingCounts, score } from '../benchmarks/gate.js';
import type { BenchmarkResult, Finding, RuleResult, ScanReport } from './report.js';

/** Counts every reporter prints the same way. */
export interface ReportCounts {
  failedRules: number;
  findings: number;
  suppressed: number;
  errors: number;
  /** "12/15 Automated rules pass", or undefined when the scan decided none. */
  score: string | undefined;
}

const allRules = (report: ScanReport): RuleResult[] =>
  report.benchmarks.flatMap((benchmark) => benchmark.rules);

/** Unique findings of a report: one finding judged under two catalog versions shares its fingerprint. */
export function uniqueFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(
    (finding) => !seen.has(finding.fingerprint) && seen.add(finding.fingerprint) !== undefined,
  );
}

export function reportCounts(report: ScanReport): ReportCounts {
  const findings = uniqueFindings(allRules(report).flatMap((rule) => rule.findings));
  const { passed, decided } = score(report);
  return {
    failedRules: allRules(report).filter((rule) => rule.status === 'Fail' && rule.decidedBy === 'scan')
      .length,
    findings: findings.filter(findingCounts).length,
    suppressed: findings.filter((finding) => finding.suppressed !== undefined).length,
    errors: report.errors.length,
    score: decided === 0 ? undefined : `${passed}/${decided} Automated rules pass`,
  };
}

/** Live findings name their source (`live:<context>`, `arm:<cluster>`), not a file: they have no line. */
export const isLiveFinding = (finding: Finding): boolean => /^(live|arm):/.test(finding.file);

/** Where a finding is: `file:line`, or the live source alone. */
export const findingPlace = (finding: Finding): string =>
  isLiveFinding(finding) ? finding.file : `${finding.file}:${finding.line}`;

/** Counted findings first, then those on platform-managed objects, which are shown apart. */
export function platformLast(findings: Finding[]): Finding[] {
  return [
    ...findings.filter((finding) => finding.platform !== true),
    ...findings.filter((finding) => finding.platform === true),
  ];
}

/** `Deployment/shop/web, container app, template chart/templates/web.yaml, cluster aks-prod`. */
export function describeSubject(finding: Finding): string {
  return [
    finding.resource,
    finding.uid === undefined ? '' : `uid ${finding.uid}`,
    finding.container === undefined ? '' : `container ${finding.container}`,
    finding.template === undefined ? '' : `template ${finding.template}`,
    finding.terraformAddress === undefined ? '' : `Terraform ${finding.terraformAddress}`,
    // Azure resources already name their cluster (`NodePool/aks/system`).
    finding.cluster === undefined || finding.resource.includes(finding.cluster)
      ? ''
      : `cluster ${finding.cluster}`,
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** How many rows of a benchmark have each status, by who decided it. */
export function statusTally(benchmark: BenchmarkResult): string {
  const tally = new Map<string, number>();
  for (const rule of benchmark.rules) {
    const notEvaluated = rule.decidedBy === 'none' && rule.reason.startsWith('Not evaluated:');
    const label = rule.decidedBy === 'platform' ? 'platform' : notEvaluated ? 'not evaluated' : rule.status;
    tally.set(label, (tally.get(label) ?? 0) + 1);
  }
  return [...tally].map(([label, count]) => `${label} ${count}`).join(', ');
}
