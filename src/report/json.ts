import type { FileLocation, LiveLocation } from '../model/location.js';
import type { BenchmarkResult, Finding, RuleResult, ScanReport } from '../results/results.js';

/** Copies `source`'s defined fields in the order `keys` lists them: the JSON key order is part of the format. */
function ordered<T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> {
  const result: Partial<T> = {};
  for (const key of keys) {
    if (source[key] !== undefined) result[key] = source[key];
  }
  return result;
}

/** Version 2's keys in its order: a file finding's position fields among them, `location` after. */
type FindingFields = Omit<Finding, 'location'> & Omit<FileLocation, 'kind'>;
const findingKeys: readonly (keyof FindingFields)[] = [
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
  'suppressedBy',
  'address',
  'clusterSource',
  'legacyFingerprint',
];

const fileLocationKeys: readonly (keyof FileLocation)[] = [
  'file',
  'line',
  'column',
  'template',
  'terraformAddress',
  'address',
];
const liveLocationKeys: readonly (keyof LiveLocation)[] = [
  'api',
  'cluster',
  'apiAddress',
  'uid',
  'fieldPath',
];

/**
 * `location` says where, by kind. A file finding also keeps version 2's flat `file`, `line`,
 * `column`, `template`, `terraformAddress` and `address`, so readers of version 2 still find them.
 */
function findingJson(finding: Finding) {
  const { location } = finding;
  const tagged =
    location.kind === 'file'
      ? { kind: location.kind, ...ordered(location, fileLocationKeys) }
      : { kind: location.kind, ...ordered(location, liveLocationKeys) };
  const { location: _, ...fields } = finding;
  const flat: Partial<FindingFields> = location.kind === 'file' ? { ...fields, ...location } : fields;
  return { ...ordered(flat, findingKeys), location: tagged };
}

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
        findings: rule.findings.map(findingJson),
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
