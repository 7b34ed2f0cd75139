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

/** Which findings a view of the report keeps. */
export type FindingFilter = (rule: RuleResult, finding: Finding) => boolean;

/**
 * Every finding of the report once: a finding judged under two catalogs of one family (v1.11.1
 * and v1.12.0 for two clusters) shares its fingerprint, and the first row that holds it wins.
 * A fingerprint is taken at the first row whose finding `include` keeps, so a finding left out in
 * an earlier row can still be taken from a later one.
 */
export function uniqueFindings(report: ScanReport, include: FindingFilter = () => true): RuleFinding[] {
  const found: RuleFinding[] = [];
  const taken = new Set<string>();
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      for (const finding of rule.findings) {
        if (taken.has(finding.fingerprint) || !include(rule, finding)) continue;
        taken.add(finding.fingerprint);
        found.push({ benchmark, rule, finding });
      }
    }
  }
  return found;
}

/** Whether a baseline holds a finding, and under which extra key (a suppression's reason). */
export type BaselineLookup = (finding: Finding, extra?: string) => boolean;

/**
 * What a report holds, to serve as the baseline of a later scan. A finding is there when its
 * fingerprint is. Reports written before clusters were keyed by their source named a cluster by
 * its name alone: a cluster finding matches such a report through its `legacyFingerprint` and
 * its file together, so one of fifty copies matches only itself, never a copy in another file.
 * Every finding is read, not one per fingerprint: in such a report fifty copies share one.
 */
export function baselineLookup(
  report: ScanReport,
  include: (finding: Finding) => boolean = () => true,
  extraOf: (finding: Finding) => string = () => '',
): BaselineLookup {
  const keys = new Set<string>();
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      for (const finding of rule.findings) {
        if (!include(finding)) continue;
        keys.add(`${finding.fingerprint}|${extraOf(finding)}`);
        // Only an old report's cluster findings (a cluster, no source) are named the old way.
        if (finding.cluster !== undefined && finding.clusterSource === undefined)
          keys.add(`${finding.fingerprint}@${fileOf(finding)}|${extraOf(finding)}`);
      }
    }
  }
  return (finding, extra = '') =>
    keys.has(`${finding.fingerprint}|${extra}`) ||
    (finding.legacyFingerprint !== undefined &&
      keys.has(`${finding.legacyFingerprint}@${fileOf(finding)}|${extra}`));
}

/**
 * The file a finding is in, if any. A report of schemaVersion 1 or 2 read as a baseline has no
 * `location`; its flat `file` says the same.
 */
function fileOf(finding: Finding): string | undefined {
  const written = finding as Partial<Finding> & { file?: string };
  if (written.location === undefined) return written.file;
  return written.location.kind === 'file' ? written.location.file : undefined;
}

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
