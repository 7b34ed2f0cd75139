import type { FileLocation, LiveLocation } from '../model/location.js';
import { joinedPieces, MappedArray, writeInPieces } from './indented-json.js';
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

/** The flat keys a file finding takes from its location; none of them is a field of the finding itself. */
const flatLocationKeys: ReadonlySet<string> = new Set(fileLocationKeys);

/**
 * `location` says where, by kind. A file finding also keeps version 2's flat `file`, `line`,
 * `column`, `template`, `terraformAddress` and `address`, so readers of version 2 still find them.
 * Built key by key, without intermediate copies: a merge renders tens of thousands of findings.
 */
function findingJson(finding: Finding) {
  const { location } = finding;
  const json: Record<string, unknown> = {};
  for (const key of findingKeys) {
    const value = flatLocationKeys.has(key)
      ? location.kind === 'live'
        ? undefined
        : location[key as keyof FileLocation]
      : finding[key as keyof Finding];
    if (value !== undefined) json[key] = value;
  }
  json.location =
    location.kind === 'live'
      ? copyDefined({ kind: location.kind }, location, liveLocationKeys)
      : copyDefined({ kind: location.kind }, location, fileLocationKeys);
  return json;
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

/** The document's levels down to one finding: benchmarks, a benchmark, rules, a rule, findings. */
const levelsWrittenInPieces = 6;

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
  writeInPieces(document, levelsWrittenInPieces, write);
  write('\n');
}

/** The JSON report as one string. */
export const renderJson = (report: ScanReport): string => joinedPieces((write) => writeJson(report, write));
