import type { FileLocation, LiveLocation } from '../model/location.js';
import { joinedPieces, MappedArray, writeIndentedJson } from './indented-json.js';
import type { BenchmarkResult, Finding, RuleResult, ScanReport } from '../results/results.js';

/** Copies `source`'s defined fields into `target` in the order `keys` lists them: the JSON key order is part of the format. */
function copyDefined<T extends object>(
  target: Record<string, unknown>,
  source: T,
  keys: readonly (keyof T)[],
) {
  for (const key of keys) {
    if (source[key] !== undefined) target[key as string] = source[key];
  }
  return target;
}

const ordered = <T extends object>(source: T, keys: readonly (keyof T)[]): Partial<T> =>
  copyDefined({}, source, keys) as Partial<T>;

/**
 * Version 2's keys in its order: a file finding's position fields among them, `location` after.
 * A file finding also keeps version 2's flat `file`, `line`, `column`, `template`,
 * `terraformAddress` and `address`, so readers of version 2 still find them. One literal of every
 * key, each object of one shape (JSON leaves out what is undefined): a merge renders tens of
 * thousands of findings, and keys added one by one made each its own.
 */
function findingJson(finding: Finding) {
  const { location } = finding;
  const file = location.kind === 'live' ? undefined : location;
  return {
    file: file?.file,
    line: file?.line,
    column: file?.column,
    resource: finding.resource,
    container: finding.container,
    template: file?.template,
    terraformAddress: file?.terraformAddress,
    cluster: finding.cluster,
    message: finding.message,
    fingerprint: finding.fingerprint,
    suppressed: finding.suppressed,
    platform: finding.platform,
    check: finding.check,
    suppressedBy: finding.suppressedBy,
    address: file?.address,
    clusterSource: finding.clusterSource,
    legacyFingerprint: finding.legacyFingerprint,
    location:
      location.kind === 'live'
        ? ({
            kind: location.kind,
            api: location.api,
            cluster: location.cluster,
            apiAddress: location.apiAddress,
            uid: location.uid,
            fieldPath: location.fieldPath,
          } satisfies Record<keyof LiveLocation, unknown>)
        : ({
            kind: location.kind,
            file: location.file,
            line: location.line,
            column: location.column,
            template: location.template,
            terraformAddress: location.terraformAddress,
            address: location.address,
          } satisfies Record<keyof FileLocation, unknown>),
  } satisfies Record<keyof Finding | Exclude<keyof FileLocation, 'kind'>, unknown>;
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
 * their documented order, then the fields added since. Handed to `write` in pieces, in order,
 * so that a report of tens of megabytes goes to its file without ever being one string.
 */
export function writeJson(report: ScanReport, write: (piece: string) => void): void {
  const document = {
    schemaVersion: report.schemaVersion,
    ...(report.verdict === undefined ? {} : { verdict: report.verdict }),
    benchmarks: report.benchmarks.map((benchmark) => ({
      ...ordered(benchmark, benchmarkKeys),
      rules: benchmark.rules.map((rule) => ({
        ...ordered(rule, ruleKeys),
        // Each finding's JSON object is made as it is written: 20,000 of them never exist at once.
        findings: new MappedArray(rule.findings, findingJson),
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
  const findings = report.benchmarks.reduce(
    (sum, benchmark) => benchmark.rules.reduce((count, rule) => count + rule.findings.length, sum),
    0,
  );
  writeIndentedJson(document, findings, write);
  write('\n');
}

/** The JSON report as one string. */
export const renderJson = (report: ScanReport): string => joinedPieces((write) => writeJson(report, write));
