import type { NotCheckedInput } from '../model/input-problems.js';
import type { BenchmarkResult, Finding, RuleResult, ScanReport } from './results.js';

/** A finding with the benchmark and rule it belongs to. */
export interface RuleFinding {
  benchmark: BenchmarkResult;
  rule: RuleResult;
  finding: Finding;
}

/** Findings that make their row fail: neither suppressed nor on platform-managed objects. */
export const findingCounts = (finding: Finding): boolean =>
  finding.suppressed === undefined && finding.platform !== true;

/**
 * Every finding of the report once: a finding judged under two catalogs of one family (v1.11.1
 * and v1.12.0 for two clusters) shares its fingerprint, and the first row that holds it wins.
 */
export function uniqueFindings(
  report: ScanReport,
  include: (rule: RuleResult, finding: Finding) => boolean = () => true,
): RuleFinding[] {
  const seen = new Set<string>();
  const found: RuleFinding[] = [];
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      for (const finding of rule.findings) {
        if (seen.has(finding.fingerprint) || !include(rule, finding)) continue;
        seen.add(finding.fingerprint);
        found.push({ benchmark, rule, finding });
      }
    }
  }
  return found;
}

/** Every fingerprint in a report, to serve as the baseline of a later scan. */
export const fingerprintsOf = (report: ScanReport): Set<string> =>
  new Set(uniqueFindings(report).map((entry) => entry.finding.fingerprint));

/** A row the scan decided as failing. */
export const ruleFails = (rule: RuleResult): boolean => rule.status === 'Fail' && rule.decidedBy === 'scan';

/**
 * How a row is named across catalogs: by its family, not the catalog version, so moving from
 * v1.11.1 to v1.12.0 fixes nothing by itself and one rule failing under both counts once.
 */
export const rowKey = (benchmark: BenchmarkResult, rule: RuleResult): string =>
  `${benchmark.family}:${rule.id}`;

/** An input not checked in one line of plain text (each format escapes it): where, why, and how to get it checked. */
export const describeNotChecked = (entry: NotCheckedInput): string =>
  `${entry.line === undefined ? entry.file : `${entry.file}:${entry.line}`}: ${entry.reason}. To check it: ${entry.fix}`;
