import {
  blockingFindings,
  fingerprintsOf,
  score,
  type GatePolicy,
  type RuleFinding,
} from '../benchmarks/gate.js';
import type { FailOn, Level } from '../action/inputs.js';
import type { BenchmarkResult, RuleResult, ScanReport } from '../report/report.js';

/** What counts as old. `unavailable`: every finding counts as new, and the comment says why. */
export type Baseline =
  { kind: 'report'; report: ScanReport; description: string } | { kind: 'unavailable'; reason: string };

/** A failing finding, marked new or old against the baseline and blocking or not under `fail-on`. */
export interface Failure extends RuleFinding {
  isNew: boolean;
  blocking: boolean;
}

/** A row the baseline failed and the head no longer fails. */
export interface FixedRow {
  benchmark: BenchmarkResult;
  rule: RuleResult;
}

export interface GateSettings {
  failOn: FailOn;
  level: Level;
  failOnError: boolean;
}

export interface GateVerdict {
  passed: boolean;
  /** Every unsuppressed failing finding of a row the scan decides, blocking ones first. */
  failures: Failure[];
  fixedRows: FixedRow[];
  suppressed: number;
  /**
   * Suppressed findings that the base did not suppress (for the same reason): the pull
   * request's own ignores and annotations, for a reviewer to approve. Every suppression when
   * there is no baseline.
   */
  addedSuppressions: RuleFinding[];
  errors: number;
  /** Passed Automated rules over Automated rules the scan decided, in percent; undefined when none. */
  score: number | undefined;
  /** One line per thing that fails the step, for the failure message. */
  reasons: string[];
}

/** The action's `fail-on` words in the engine's terms: which rows count, and whether only new findings do. */
const policies: Record<Exclude<FailOn, 'none'>, { failOn: GatePolicy['failOn']; onlyNew: boolean }> = {
  'new-automated': { failOn: 'automated', onlyNew: true },
  automated: { failOn: 'automated', onlyNew: false },
  new: { failOn: 'all', onlyNew: true },
  all: { failOn: 'all', onlyNew: false },
};

// The family, not the catalog version: moving from v1.11.1 to v1.12.0 fixes nothing by itself.
const rowKey = (benchmark: BenchmarkResult, rule: RuleResult): string => `${benchmark.family}:${rule.id}`;

const failingFindings = (report: ScanReport): RuleFinding[] =>
  blockingFindings(report, { failOn: 'all', level: 'L2' });

const suppressedFindings = (report: ScanReport): RuleFinding[] =>
  report.benchmarks.flatMap((benchmark) =>
    benchmark.rules.flatMap((rule) =>
      rule.findings
        .filter((finding) => finding.suppressed !== undefined)
        .map((finding) => ({ benchmark, rule, finding })),
    ),
  );

const suppressionKey = ({ finding }: RuleFinding): string => `${finding.fingerprint}|${finding.suppressed}`;

function addedSuppressions(report: ScanReport, baseline: Baseline): RuleFinding[] {
  const base = new Set(
    baseline.kind === 'report' ? suppressedFindings(baseline.report).map(suppressionKey) : [],
  );
  return suppressedFindings(report).filter((entry) => !base.has(suppressionKey(entry)));
}

export function decideGate(report: ScanReport, baseline: Baseline, settings: GateSettings): GateVerdict {
  const baseFingerprints = baseline.kind === 'report' ? fingerprintsOf(baseline.report) : new Set<string>();
  const isNew = (entry: RuleFinding) =>
    baseline.kind === 'unavailable' || !baseFingerprints.has(entry.finding.fingerprint);

  const blockingFingerprints = new Set<string>();
  if (settings.failOn !== 'none') {
    const policy = policies[settings.failOn];
    const counted = blockingFindings(report, { failOn: policy.failOn, level: settings.level });
    for (const entry of counted) {
      if (!policy.onlyNew || isNew(entry)) blockingFingerprints.add(entry.finding.fingerprint);
    }
  }
  const failures = failingFindings(report)
    .map((entry) => ({
      ...entry,
      isNew: isNew(entry),
      blocking: blockingFingerprints.has(entry.finding.fingerprint),
    }))
    .sort((a, b) => Number(b.blocking) - Number(a.blocking) || Number(b.isNew) - Number(a.isNew));

  const headFailingRows = new Set(failures.map((failure) => rowKey(failure.benchmark, failure.rule)));
  const baseFailingRows =
    baseline.kind === 'report'
      ? new Set(failingFindings(baseline.report).map((entry) => rowKey(entry.benchmark, entry.rule)))
      : new Set<string>();
  const fixedRows = report.benchmarks.flatMap((benchmark) =>
    benchmark.rules
      .filter(
        (rule) =>
          baseFailingRows.has(rowKey(benchmark, rule)) && !headFailingRows.has(rowKey(benchmark, rule)),
      )
      .map((rule) => ({ benchmark, rule })),
  );

  const reasons = failures
    .filter((failure) => failure.blocking)
    .map(
      ({ benchmark, rule, finding }) =>
        `${benchmark.id} ${rule.id} (${rule.title}): ${finding.resource} at ${finding.file}:${finding.line}`,
    );
  if (settings.failOnError && report.errors.length > 0) {
    reasons.push(
      `${report.errors.length} file(s) could not be read or parsed; set fail-on-error: false to only report them`,
    );
  }
  const { ratio } = score(report);
  return {
    passed: reasons.length === 0,
    failures,
    fixedRows,
    suppressed: suppressedFindings(report).length,
    addedSuppressions: addedSuppressions(report, baseline),
    errors: report.errors.length,
    score: ratio === undefined ? undefined : Math.round(ratio * 1000) / 10,
    reasons,
  };
}

// The step's error line; the whole list is in the job summary and the JSON report.
const maxListedReasons = 20;

/** The failed step's message: what blocks, the first twenty of it. */
export function blockedMessage(reasons: string[]): string {
  const listed = reasons.slice(0, maxListedReasons).map((reason) => `\n- ${reason}`);
  const more = reasons.length - listed.length;
  return `aks-cis-gate blocks this change:${listed.join('')}${more > 0 ? `\n…and ${more} more in the job summary` : ''}`;
}
