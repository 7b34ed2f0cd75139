import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { projectUrl, qualifiedRuleId, ruleDocUrl } from '../benchmarks/catalog.js';
import type { BenchmarkResult, Finding, RuleResult, ScanReport } from '../results/results.js';
import { joinedPieces, MappedArray, writeInPieces } from './indented-json.js';
import { describeSubject } from './summary.js';
import type { TaggedLocation } from '../model/location.js';

export interface SarifOptions {
  toolVersion: string;
}

/**
 * GitHub code scanning sorts and filters alerts by `security-severity` (0.1–3.9 low, 4.0–6.9
 * medium, 7.0–8.9 high, 9.0+ critical). CIS gives no severity, so ours follows the benchmark's
 * own grading: an Automated rule is a scored, checkable control and L1 is the baseline every
 * cluster should meet, so Automated L1 is high; L2 (defence in depth) and Manual rules (which
 * need judgement) are lower. Nothing is critical: a benchmark deviation is a weakness, not an
 * exploit. Rows without assessment or level (Azure Linux, CIS AKS) sit in the middle.
 */
export function securitySeverity(rule: Pick<RuleResult, 'assessment' | 'level'>): string {
  if (rule.assessment === undefined || rule.level === undefined) return '5.0';
  const scores = { Automated: { L1: '8.0', L2: '6.0' }, Manual: { L1: '5.0', L2: '3.0' } };
  return scores[rule.assessment][rule.level];
}

/** Relative paths stay relative to the checkout (`%SRCROOT%`); others become file: URIs. */
function artifactLocation(file: string): Sarif.ArtifactLocation {
  return isAbsolute(file)
    ? { uri: pathToFileURL(file).href }
    : { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * Files carry a physical location; a live object is no file in the repository, so it has only
 * logical ones: the object by its address in the cluster's API, and by its name.
 */
function findingLocation(finding: Finding): Sarif.Location {
  const named: Sarif.LogicalLocation = { fullyQualifiedName: finding.resource, kind: 'resource' };
  const { location } = finding;
  switch (location.kind) {
    case 'live':
      return {
        logicalLocations: [
          { fullyQualifiedName: `${location.cluster}${location.apiAddress}`, kind: 'resource' },
          named,
        ],
      };
    case 'file':
      return {
        physicalLocation: {
          artifactLocation: artifactLocation(location.file),
          region: { startLine: Math.max(1, location.line), startColumn: Math.max(1, location.column) },
        },
        logicalLocations: [named],
      };
  }
}

/** What SARIF has no field for: the live object's API and uid, the Helm template, the Terraform address. */
function locationProperties(location: TaggedLocation): Record<string, string> {
  const properties: Record<string, string | undefined> =
    location.kind === 'live'
      ? { api: location.api, cluster: location.cluster, uid: location.uid, fieldPath: location.fieldPath }
      : { template: location.template, terraformAddress: location.terraformAddress };
  return Object.fromEntries(
    Object.entries(properties).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function ruleDescriptor(benchmark: BenchmarkResult, rule: RuleResult): Sarif.ReportingDescriptor {
  // `security` tells code scanning to read security-severity.
  const tags: string[] = ['security', benchmark.family, rule.assessment ?? '', rule.level ?? ''].filter(
    (tag) => tag !== '',
  );
  return {
    id: qualifiedRuleId(benchmark.family, rule.id),
    name: `${benchmark.family} ${rule.id}`,
    shortDescription: { text: rule.title },
    fullDescription: { text: `${benchmark.title}, ${rule.id}: ${rule.title}` },
    help: { text: rule.remediation, markdown: `**${rule.id} ${rule.title}**\n\n${rule.remediation}` },
    helpUri: ruleDocUrl(benchmark.id, rule.id),
    defaultConfiguration: { level: rule.assessment === 'Automated' ? 'error' : 'warning' },
    properties: { tags, benchmark: benchmark.id, 'security-severity': securitySeverity(rule) },
  };
}

function result(
  benchmark: BenchmarkResult,
  rule: RuleResult,
  ruleIndex: number,
  finding: Finding,
): Sarif.Result {
  const level: Sarif.Result.level =
    finding.platform === true ? 'note' : rule.assessment === 'Automated' ? 'error' : 'warning';
  return {
    ruleId: qualifiedRuleId(benchmark.family, rule.id),
    ruleIndex,
    level,
    message: { text: `${finding.message} (${describeSubject(finding)})` },
    locations: [findingLocation(finding)],
    partialFingerprints: { 'aksCisGate/v1': finding.fingerprint },
    ...(finding.suppressed === undefined
      ? {}
      : {
          suppressions: [
            {
              // An annotation on the object is written in the scanned source; a config ignore is not.
              kind: finding.suppressedBy === 'annotation' ? 'inSource' : 'external',
              status: 'accepted',
              justification: finding.suppressed,
            },
          ],
        }),
    properties: {
      check: finding.check,
      ...locationProperties(finding.location),
    },
  };
}

/**
 * SARIF 2.1.0 for code scanning: rules named `family:id` (not the version, so a catalog
 * upgrade does not reopen alerts), one result per finding fingerprint. Handed to `write` in
 * pieces, each result made as it is written, as the JSON report is.
 */
export function writeSarif(report: ScanReport, options: SarifOptions, write: (piece: string) => void): void {
  const rules: Sarif.ReportingDescriptor[] = [];
  const ruleIndexes = new Map<string, number>();
  const found: Parameters<typeof result>[] = [];
  const seen = new Set<string>();
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      for (const finding of rule.findings) {
        if (seen.has(finding.fingerprint)) continue;
        seen.add(finding.fingerprint);
        const id = qualifiedRuleId(benchmark.family, rule.id);
        if (!ruleIndexes.has(id)) {
          ruleIndexes.set(id, rules.length);
          rules.push(ruleDescriptor(benchmark, rule));
        }
        found.push([benchmark, rule, ruleIndexes.get(id) as number, finding]);
      }
    }
  }
  const notifications: Sarif.Notification[] = report.errors.map((error) => ({
    level: 'error',
    message: { text: error.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(error.file),
          ...(error.line === undefined ? {} : { region: { startLine: Math.max(1, error.line) } }),
        },
      },
    ],
  }));
  // What the configuration left out has no results; SARIF says so where configuration is reported.
  const configuration: Sarif.Notification[] = [
    ...(report.skippedRules ?? []).map((skipped) => ({
      level: 'note' as const,
      descriptor: { id: skipped.rule },
      message: { text: `${skipped.rule} skipped by configuration (${skipped.source}): ${skipped.reason}` },
    })),
    ...(report.excluded ?? []).map((excluded) => ({
      level: 'note' as const,
      message: { text: `excluded by configuration (${excluded.pattern})` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(excluded.path) } }],
    })),
  ];
  const run: Omit<Sarif.Run, 'results'> = {
    tool: {
      driver: { name: 'aks-cis-gate', version: options.toolVersion, informationUri: projectUrl, rules },
    },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: notifications,
        ...(configuration.length === 0 ? {} : { toolConfigurationNotifications: configuration }),
      },
    ],
  };
  // Typed as a SARIF log but for its results, which are made as they are written.
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ ...run, results: new MappedArray(found, (args) => result(...args)) }],
  } satisfies Omit<Sarif.Log, 'runs'> & { runs: object[] };
  writeInPieces(log, write);
  write('\n');
}

/** The SARIF log as one string. */
export const renderSarif = (report: ScanReport, options: SarifOptions): string =>
  joinedPieces((write) => writeSarif(report, options, write));
