import type { BenchmarkResult, Finding, RuleResult, ScanReport } from '../report/report.js';

export type FailOn = 'automated' | 'all' | 'none';
export type Level = 'L1' | 'L2';

export interface GatePolicy {
  failOn: FailOn;
  /** L1 counts L1 rules only; L2 counts L1 and L2. */
  level: Level;
  /** Input errors do not block. */
  allowErrors: boolean;
}

export const defaultGatePolicy: GatePolicy = { failOn: 'automated', level: 'L2', allowErrors: false };

/** A finding with the benchmark and rule it belongs to. */
export interface RuleFinding {
  benchmark: BenchmarkResult;
  rule: RuleResult;
  finding: Finding;
}

/**
 * Whether a failing row counts for the gate. Only rows the scan decided count (platform
 * rows are Microsoft's to fix). Rows without assessment or level count only under `all`.
 */
export function ruleCounts(rule: RuleResult, policy: Pick<GatePolicy, 'failOn' | 'level'>): boolean {
  if (rule.decidedBy !== 'scan' || policy.failOn === 'none') return false;
  if (policy.level === 'L1' && rule.level !== 'L1' && (policy.failOn !== 'all' || rule.level !== undefined)) {
    return false;
  }
  if (policy.failOn === 'all') return true;
  return rule.assessment === 'Automated' && rule.level !== undefined;
}

/** Findings that make their row fail: neither suppressed nor on platform-managed objects. */
export const findingCounts = (finding: Finding): boolean =>
  finding.suppressed === undefined && finding.platform !== true;

/** Every counted finding of the report, once per fingerprint (a finding judged under two catalogs is one finding). */
function countedFindings(report: ScanReport, include: (rule: RuleResult) => boolean): RuleFinding[] {
  const seen = new Set<string>();
  const found: RuleFinding[] = [];
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      if (!include(rule)) continue;
      for (const finding of rule.findings) {
        if (!findingCounts(finding) || seen.has(finding.fingerprint)) continue;
        seen.add(finding.fingerprint);
        found.push({ benchmark, rule, finding });
      }
    }
  }
  return found;
}

/** The findings that block under this policy; with a baseline, only those not in it. */
export function blockingFindings(
  report: ScanReport,
  policy: Pick<GatePolicy, 'failOn' | 'level'>,
  baselineFingerprints?: ReadonlySet<string>,
): RuleFinding[] {
  const blocking = countedFindings(report, (rule) => rule.status === 'Fail' && ruleCounts(rule, policy));
  return baselineFingerprints === undefined
    ? blocking
    : blocking.filter((entry) => !baselineFingerprints.has(entry.finding.fingerprint));
}

/** Counted findings (any rule) whose fingerprint the baseline does not hold. */
export function newFindings(report: ScanReport, baselineFingerprints: ReadonlySet<string>): RuleFinding[] {
  return countedFindings(report, () => true).filter(
    (entry) => !baselineFingerprints.has(entry.finding.fingerprint),
  );
}

/** Every fingerprint in a report, to serve as the baseline of a later scan. */
export function fingerprintsOf(report: ScanReport): Set<string> {
  return new Set(
    report.benchmarks.flatMap((benchmark) =>
      benchmark.rules.flatMap((rule) => rule.findings.map((f) => f.fingerprint)),
    ),
  );
}

export interface Score {
  passed: number;
  decided: number;
  /** passed / decided, or undefined when the scan decided no Automated rule. */
  ratio: number | undefined;
}

/** Passed Automated rules over Automated rules the scan decided, across every benchmark. */
export function score(report: ScanReport): Score {
  const decided = report.benchmarks.flatMap((benchmark) =>
    benchmark.rules.filter((rule) => rule.decidedBy === 'scan' && rule.assessment === 'Automated'),
  );
  const passed = decided.filter((rule) => rule.status === 'Pass').length;
  return {
    passed,
    decided: decided.length,
    ratio: decided.length === 0 ? undefined : passed / decided.length,
  };
}

/** 0 when nothing blocks; 1 when a counted rule fails or (unless allowed) an input could not be read. */
export function exitStatus(report: ScanReport, policy: GatePolicy): 0 | 1 {
  if (!policy.allowErrors && report.errors.length > 0) return 1;
  return blockingFindings(report, policy).length > 0 ? 1 : 0;
}

/** Exit status when the tool cannot run: bad arguments, a PATH that does not exist or matches nothing. */
export const cannotRunStatus = 2;
