import type { BenchmarkResult, Finding, RuleResult, ScanReport } from '../results/results.js';

/** Copies `source`'s defined fields in the order `keys` lists them: the JSON key order is part of the format. */
function ordered<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  const result: Partial<T> = {};
  for (const key of keys) {
    if (source[key] !== undefined) result[key] = source[key];
  }
  return result;
}

const findingKeys: readonly (keyof Finding)[] = [
  'file',
  'line',
  'column',
  'resource',
  'container',
  'template',
  'terraformAddress',
  'cluster',
  'message',
  'fingerprint',
  'suppressed',
  'platform',
  'check',
  'uid',
  'suppressedBy',
  'address',
  'clusterSource',
  'legacyFingerprint',
];

const ruleKeys: readonly (keyof RuleResult)[] = [
  'id',
  'title',
  'assessment',
  'level',
  'status',
  'reason',
  'decidedBy',
  'section',
  'aksStatus',
  'remediation',
  'source',
  'fix',
];

const benchmarkKeys: readonly (keyof BenchmarkResult)[] = [
  'id',
  'family',
  'title',
  'version',
  'selectedBecause',
  'sections',
];

/**
 * The JSON format (README "JSON format", report.schema.json): the documented keys first in
 * their documented order, then the fields added since.
 */
export function renderJson(report: ScanReport): string {
  const document = {
    schemaVersion: report.schemaVersion,
    ...(report.verdict === undefined ? {} : { verdict: report.verdict }),
    benchmarks: report.benchmarks.map((benchmark) => ({
      ...ordered(benchmark, benchmarkKeys),
      rules: benchmark.rules.map((rule) => ({
        ...ordered(rule, ruleKeys),
        findings: rule.findings.map((finding) => ordered(finding, findingKeys)),
      })),
    })),
    skipped: report.skipped.map((skipped) => ({ file: skipped.file, reason: skipped.reason })),
    errors: report.errors.map((error) => ordered(error, ['file', 'line', 'column', 'message'])),
    notChecked: report.notChecked.map((entry) => ordered(entry, ['file', 'line', 'reason', 'fix'])),
    ...(report.notices === undefined ? {} : { notices: report.notices }),
    ...(report.drift === undefined
      ? {}
      : { drift: report.drift.map((entry) => ordered(entry, ['benchmark', 'id', 'title', 'code', 'live'])) }),
    ...(report.skippedRules === undefined
      ? {}
      : { skippedRules: report.skippedRules.map((entry) => ordered(entry, ['rule', 'reason', 'source'])) }),
    ...(report.excluded === undefined
      ? {}
      : { excluded: report.excluded.map((entry) => ordered(entry, ['path', 'pattern'])) }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
