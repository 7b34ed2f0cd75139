import { findingCounts, rowKey, ruleFails, uniqueFindings, type RuleFinding } from './findings.js';
import type { Finding, ScanReport } from './results.js';

/**
 * The headline of every format, defined once. Rules are counted by family and id (a rule failing
 * under two catalogs of one family is one failing rule); findings once per fingerprint.
 */
export interface HeadlineCounts {
  /** Rules the scan decided as Fail. */
  failingRules: number;
  /** Findings that make their rule fail (neither suppressed nor on platform-managed objects). */
  findings: number;
  /** Counted findings the baseline does not hold; every one when there is no baseline. */
  new: number;
  /** Counted findings that block under the gate's policy. */
  blocking: number;
  suppressed: number;
  /** Rules nobody decided (status "Not evaluated") and that fail under no catalog. */
  notEvaluated: number;
  /** Inputs recognised as deployable code but not checked. */
  notChecked: number;
  inputErrors: number;
}

/** The two counts only the gate knows; without one (a bare report), every counted finding is new and none blocks. */
export interface GateCounts {
  new: number;
  blocking: number;
}

/** A report's findings once per fingerprint: those that count, and the suppressed. */
export interface FindingTotals {
  findings: number;
  suppressed: number;
}

/** Adds one finding (once per fingerprint) to `totals`: what the headline counts of it. */
export function countFinding(totals: FindingTotals, finding: Finding): void {
  if (findingCounts(finding)) totals.findings += 1;
  if (finding.suppressed !== undefined) totals.suppressed += 1;
}

function findingTotals(unique: readonly RuleFinding[]): FindingTotals {
  const totals: FindingTotals = { findings: 0, suppressed: 0 };
  for (const { finding } of unique) countFinding(totals, finding);
  return totals;
}

export function headlineCounts(
  report: ScanReport,
  gate?: GateCounts,
  /** The totals of `uniqueFindings(report)`, when the caller has them already (the gate). */
  totals: FindingTotals = findingTotals(uniqueFindings(report)),
): HeadlineCounts {
  const failing = new Set<string>();
  const notEvaluated = new Set<string>();
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      if (ruleFails(rule)) failing.add(rowKey(benchmark, rule));
      else if (rule.status === 'Not evaluated') notEvaluated.add(rowKey(benchmark, rule));
    }
  }
  return {
    failingRules: failing.size,
    findings: totals.findings,
    new: gate?.new ?? totals.findings,
    blocking: gate?.blocking ?? 0,
    suppressed: totals.suppressed,
    notEvaluated: [...notEvaluated].filter((key) => !failing.has(key)).length,
    notChecked: report.notChecked.length,
    inputErrors: report.errors.length,
  };
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

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The counts as one line, in the same words in every format. */
export function countsLine(counts: HeadlineCounts): string {
  return [
    plural(counts.failingRules, 'failing rule'),
    plural(counts.findings, 'finding'),
    `${counts.new} new`,
    `${counts.blocking} blocking`,
    `${counts.suppressed} suppressed`,
    `${counts.notEvaluated} not evaluated`,
    `${plural(counts.notChecked, 'input')} not checked`,
    plural(counts.inputErrors, 'input error'),
  ].join(', ');
}
