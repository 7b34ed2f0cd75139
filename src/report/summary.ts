import { countsLine, headlineCounts, score, type HeadlineCounts } from '../results/counts.js';
import type { BenchmarkResult, Finding, ScanReport } from '../results/results.js';
import { describeLocation } from '../model/location.js';

/** What every format's headline says: the verdict when an entry point decided one, the counts, the score. */
export interface Headline {
  verdict: string | undefined;
  passed: boolean | undefined;
  /** "10 failing rules, 11 findings, …", the same words everywhere. */
  counts: string;
  /** "12/15 Automated rules pass", or undefined when the scan decided none. */
  score: string | undefined;
}

/**
 * What the configuration left out, one line each: the paths `exclude:` kept from the scan and the
 * rules `skip:` switched off, with the reason. Every format lists them, so nothing is left out silently.
 */
export function configurationLines(report: ScanReport): string[] {
  return [
    ...(report.skippedRules ?? []).map(
      (skipped) => `${skipped.rule} skipped by configuration: ${skipped.reason} (${skipped.source})`,
    ),
    ...(report.excluded ?? []).map(
      (excluded) => `excluded by configuration: ${excluded.path} (${excluded.pattern})`,
    ),
  ];
}

/** `counts`: a bare report's (no verdict), as the reporter's own gate counted them. */
export function headlineOf(report: ScanReport, counts?: HeadlineCounts): Headline {
  const { passed, decided } = score(report);
  return {
    verdict: report.verdict?.summary,
    passed: report.verdict?.passed,
    counts: countsLine(report.verdict?.counts ?? counts ?? headlineCounts(report)),
    score: decided === 0 ? undefined : `${passed}/${decided} Automated rules pass`,
  };
}

/** Where a finding is: `file:line`, or the live cluster and the object's API address. */
export const findingPlace = (finding: Finding): string => describeLocation(finding.location);

/** What a finding's object sits in, without a line: its file, or the live cluster it was read from. */
export const findingSource = (finding: Finding): string =>
  finding.location.kind === 'live' ? finding.location.cluster : finding.location.file;

/** The Helm template a finding's file was rendered from, if any. */
export const templateOf = (finding: Finding | undefined): string | undefined =>
  finding?.location.kind === 'file' ? finding.location.template : undefined;

/** Counted findings first, then those on platform-managed objects, which are shown apart. */
export function platformLast(findings: Finding[]): Finding[] {
  return [
    ...findings.filter((finding) => finding.platform !== true),
    ...findings.filter((finding) => finding.platform === true),
  ];
}

/** `Deployment/shop/web, container app, template chart/templates/web.yaml, cluster aks-prod`. */
export function describeSubject(finding: Finding): string {
  const { location } = finding;
  const live = location.kind === 'live' ? location : undefined;
  const file = location.kind === 'file' ? location : undefined;
  return [
    finding.resource,
    live?.uid === undefined ? '' : `uid ${live.uid}`,
    finding.container === undefined ? '' : `container ${finding.container}`,
    file?.template === undefined ? '' : `template ${file.template}`,
    file?.terraformAddress === undefined ? '' : `Terraform ${file.terraformAddress}`,
    // Azure resources already name their cluster (`NodePool/aks/system`).
    finding.cluster === undefined || finding.resource.includes(finding.cluster)
      ? ''
      : `cluster ${finding.cluster}`,
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** How many rows of a benchmark have each status, by who decided it. */
export function statusTally(benchmark: BenchmarkResult): string {
  const tally = new Map<string, number>();
  for (const rule of benchmark.rules) {
    const label =
      rule.decidedBy === 'platform'
        ? 'platform'
        : rule.status === 'Not evaluated'
          ? 'not evaluated'
          : rule.status;
    tally.set(label, (tally.get(label) ?? 0) + 1);
  }
  return [...tally].map(([label, count]) => `${label} ${count}`).join(', ');
}
