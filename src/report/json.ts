import type { FileLocation, LiveLocation } from '../model/location.js';
import { joinedPieces, MappedArray, writeIndentedJson } from './indented-json.js';
import type { BenchmarkResult, Finding, RuleResult, ScanReport } from '../results/results.js';

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

// Each row and each benchmark one object literal of every key, in the format's order (JSON
// leaves out what is undefined): one shape for all, where keys copied one by one made a shape
// per combination of defined fields, and a loop over key names that V8 compiled in a small scan.
const ruleJson = (rule: RuleResult) =>
  ({
    id: rule.id,
    title: rule.title,
    assessment: rule.assessment,
    level: rule.level,
    status: rule.status,
    reason: rule.reason,
    decidedBy: rule.decidedBy,
    section: rule.section,
    aksStatus: rule.aksStatus,
    remediation: rule.remediation,
    source: rule.source,
    fix: rule.fix,
    // Each finding's JSON object is made as it is written: 20,000 of them never exist at once.
    findings: new MappedArray(rule.findings, findingJson),
  }) satisfies Record<keyof RuleResult, unknown>;

const benchmarkJson = (benchmark: BenchmarkResult) =>
  ({
    id: benchmark.id,
    family: benchmark.family,
    title: benchmark.title,
    version: benchmark.version,
    selectedBecause: benchmark.selectedBecause,
    sections: benchmark.sections,
    rules: benchmark.rules.map(ruleJson),
  }) satisfies Record<keyof BenchmarkResult, unknown>;

/**
 * The JSON format (README "JSON format", report.schema.json): the documented keys first in
 * their documented order, then the fields added since. Handed to `write` in pieces, in order,
 * so that a report of tens of megabytes goes to its file without ever being one string.
 */
export function writeJson(report: ScanReport, write: (piece: string) => void): void {
  const document = {
    schemaVersion: report.schemaVersion,
    verdict: report.verdict,
    benchmarks: report.benchmarks.map(benchmarkJson),
    skipped: report.skipped.map((skipped) => ({ file: skipped.file, reason: skipped.reason })),
    errors: report.errors.map((error) => ({
      file: error.file,
      line: error.line,
      column: error.column,
      message: error.message,
    })),
    notChecked: report.notChecked.map((entry) => ({
      file: entry.file,
      line: entry.line,
      reason: entry.reason,
      fix: entry.fix,
    })),
    notices: report.notices,
    drift: report.drift?.map((entry) => ({
      benchmark: entry.benchmark,
      id: entry.id,
      title: entry.title,
      code: entry.code,
      live: entry.live,
    })),
    skippedRules: report.skippedRules?.map((entry) => ({
      rule: entry.rule,
      reason: entry.reason,
      source: entry.source,
    })),
    excluded: report.excluded?.map((entry) => ({ path: entry.path, pattern: entry.pattern })),
  } satisfies Record<keyof ScanReport, unknown>;
  const findings = report.benchmarks.reduce(
    (sum, benchmark) => benchmark.rules.reduce((count, rule) => count + rule.findings.length, sum),
    0,
  );
  writeIndentedJson(document, findings, write);
  write('\n');
}

/** The JSON report as one string. */
export const renderJson = (report: ScanReport): string => joinedPieces((write) => writeJson(report, write));
