import { countFinding, headlineCounts, score, type FindingTotals, type HeadlineCounts } from './counts.js';
import { describeLocation } from '../model/location.js';
import {
  describeNotChecked,
  findingCounts,
  baselineLookup,
  rowKey,
  ruleFails,
  type RuleFinding,
} from './findings.js';
import type { BenchmarkResult, Finding, RuleResult, ScanReport } from './results.js';

/**
 * Which failing rows block: `automated` and `all` (Automated rules, or every rule the scan
 * decides), each either for every finding or, with `new-`/`new`, only for findings the
 * baseline does not hold.
 */
export type FailOn = 'new-automated' | 'automated' | 'new' | 'all' | 'none';
export const failOnValues: readonly FailOn[] = ['new-automated', 'automated', 'new', 'all', 'none'];

export type Level = 'L1' | 'L2';
export const levelValues: readonly Level[] = ['L1', 'L2'];

/** The one policy the CLI and the action both hand to `decideGate`. */
export interface GatePolicy {
  failOn: FailOn;
  /** L1 counts L1 rules only; L2 counts L1 and L2. */
  level: Level;
  /** Files that could not be read or parsed block. */
  failOnError: boolean;
  /** Deployable code that was found but not checked blocks. */
  failOnUnchecked: boolean;
}

/** The command line's default: failing Automated rules, input errors and inputs not checked block. */
export const cliDefaultPolicy: GatePolicy = {
  failOn: 'automated',
  level: 'L2',
  failOnError: true,
  failOnUnchecked: true,
};

/** What counts as old. `unavailable`: every finding counts as new, and the reports say why. */
export type Baseline =
  { kind: 'report'; report: ScanReport; description: string } | { kind: 'unavailable'; reason: string };

/** A failing finding, marked new or old against the baseline and blocking or not under the policy. */
export interface Failure extends RuleFinding {
  isNew: boolean;
  blocking: boolean;
}

/** A row the baseline failed and the head no longer fails. */
export interface FixedRow {
  benchmark: BenchmarkResult;
  rule: RuleResult;
}

/** Why failing findings did not block: what the verdict line says when the gate passes anyway. */
export interface UnblockedFailures {
  /** `fail-on none`: nothing blocks. */
  failOnNone: boolean;
  /** Failing rules left out because they are Manual (or have no assessment/level) under `automated`. */
  manualRules: number;
  /** Failing rules left out because they are L2 under level L1. */
  aboveLevelRules: number;
  /** Counted findings that would block but the baseline already has. */
  oldFindings: number;
}

export interface GateVerdict {
  passed: boolean;
  policy: GatePolicy;
  /** Every counted finding of a failing row, once, blocking ones first, then new ones. */
  failures: Failure[];
  fixedRows: FixedRow[];
  /**
   * Suppressed findings that the base did not suppress (for the same reason): the pull
   * request's own ignores and annotations, for a reviewer to approve. Every suppression when
   * there is no baseline.
   */
  addedSuppressions: RuleFinding[];
  counts: HeadlineCounts;
  /** Passed Automated rules over Automated rules the scan decided, in percent; undefined when none. */
  score: number | undefined;
  unblocked: UnblockedFailures;
  /** The gate blocks on input errors (there are some, and the policy says they block). */
  errorsBlock: boolean;
  /** The gate blocks on inputs not checked. */
  uncheckedBlock: boolean;
}

/** Exit status when the tool cannot run: bad arguments, a PATH that does not exist, an unexpected exception. */
export const cannotRunStatus = 2;

/** 0 when nothing blocks; 1 when the verdict blocks. */
export const exitStatus = (verdict: GateVerdict): 0 | 1 => (verdict.passed ? 0 : 1);

type RuleFilter = Pick<GatePolicy, 'level'> & { everyRule: boolean };

const filterOf = (policy: GatePolicy): RuleFilter => ({
  level: policy.level,
  everyRule: policy.failOn === 'all' || policy.failOn === 'new',
});

const onlyNew = (failOn: FailOn): boolean => failOn === 'new-automated' || failOn === 'new';

/** Under level L1, an L2 row is left out; a row with no level is left out only where Automated rules count. */
const aboveLevel = (rule: RuleResult, filter: RuleFilter): boolean =>
  filter.level === 'L1' && rule.level !== 'L1' && (!filter.everyRule || rule.level !== undefined);

/** Rows without assessment or level count only when every rule does. */
const assessmentCounts = (rule: RuleResult, filter: RuleFilter): boolean =>
  filter.everyRule || (rule.assessment === 'Automated' && rule.level !== undefined);

const totalsBit = 1;
const suppressedBit = 2;
const failureBit = 4;

/** Whether a failing row's findings may block under the policy, or why not. */
function rowClassOf(
  rule: RuleResult,
  policy: GatePolicy,
  filter: RuleFilter,
): 'none' | 'high' | 'manual' | 'counts' {
  if (policy.failOn === 'none') return 'none';
  if (aboveLevel(rule, filter)) return 'high';
  if (!assessmentCounts(rule, filter)) return 'manual';
  return 'counts';
}

const isSuppressed = (finding: Finding): boolean => finding.suppressed !== undefined;

/** Suppressions the baseline does not hold with the same reason. */
function addedSuppressions(suppressed: RuleFinding[], baseline: Baseline): RuleFinding[] {
  // Most scans suppress nothing: no pass over the baseline's findings to build a lookup for none.
  if (suppressed.length === 0) return suppressed;
  const inBase =
    baseline.kind === 'report'
      ? baselineLookup(baseline.report, isSuppressed, (finding) => finding.suppressed ?? '')
      : () => false;
  return suppressed.filter(({ finding }) => !inBase(finding, finding.suppressed));
}

/**
 * The gate, for the CLI and the action alike: which failing findings block under the policy,
 * which are new against the baseline, which rows the head fixed, and whether input errors or
 * inputs not checked block. Entry points only word the verdict.
 */
export function decideGate(report: ScanReport, baseline: Baseline, policy: GatePolicy): GateVerdict {
  const inBase = baseline.kind === 'report' ? baselineLookup(baseline.report) : () => false;
  const filter = filterOf(policy);
  const unblocked: UnblockedFailures = {
    failOnNone: policy.failOn === 'none',
    manualRules: 0,
    aboveLevelRules: 0,
    oldFindings: 0,
  };
  const manual = new Set<string>();
  const high = new Set<string>();
  // Blocking failures first, then new ones, each group in report order: what a stable sort on the
  // two flags gives, without comparing tens of thousands of entries.
  const groups: Record<'blockingNew' | 'blockingOld' | 'otherNew' | 'otherOld', Failure[]> = {
    blockingNew: [],
    blockingOld: [],
    otherNew: [],
    otherOld: [],
  };
  const headFailingRows = new Set<string>();
  const suppressed: RuleFinding[] = [];
  const totals: FindingTotals = { findings: 0, suppressed: 0 };
  // One pass over the report for the three parts of the verdict that read findings once per
  // fingerprint (the failures, the suppressions, the headline's totals), each exactly as
  // `uniqueFindings` gives it: a part takes a fingerprint at the first row whose finding it
  // keeps, so a finding one part leaves out in an earlier row can still be its own in a later one.
  // Per fingerprint, one bit per part that has taken it.
  const taken = new Map<string, number>();
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      if (rule.findings.length === 0) continue;
      const rowFails = ruleFails(rule);
      // What the policy makes of this row's failures, worked out at its first (a row is its
      // benchmark and rule together, and its failures come one after another).
      let rowClass: 'none' | 'high' | 'manual' | 'counts' | undefined;
      for (const finding of rule.findings) {
        const before = taken.get(finding.fingerprint) ?? 0;
        let after = before;
        if ((after & totalsBit) === 0) {
          after |= totalsBit;
          countFinding(totals, finding);
        }
        if (finding.suppressed !== undefined && (after & suppressedBit) === 0) {
          after |= suppressedBit;
          suppressed.push({ benchmark, rule, finding });
        }
        if (rowFails && (after & failureBit) === 0 && findingCounts(finding)) {
          after |= failureBit;
          if (rowClass === undefined) {
            const key = rowKey(benchmark, rule);
            headFailingRows.add(key);
            rowClass = rowClassOf(rule, policy, filter);
            if (rowClass === 'high') high.add(key);
            else if (rowClass === 'manual') manual.add(key);
          }
          const fresh = !inBase(finding);
          let blocking = false;
          if (rowClass === 'counts') {
            if (onlyNew(policy.failOn) && !fresh) unblocked.oldFindings += 1;
            else blocking = true;
          }
          const group = blocking
            ? fresh
              ? groups.blockingNew
              : groups.blockingOld
            : fresh
              ? groups.otherNew
              : groups.otherOld;
          group.push({ benchmark, rule, finding, isNew: fresh, blocking });
        }
        if (after !== before) taken.set(finding.fingerprint, after);
      }
    }
  }
  const failures = [...groups.blockingNew, ...groups.blockingOld, ...groups.otherNew, ...groups.otherOld];
  unblocked.manualRules = manual.size;
  unblocked.aboveLevelRules = high.size;

  const fixedRows = baseline.kind === 'report' ? rowsFixed(report, baseline.report, headFailingRows) : [];

  const blocking = groups.blockingNew.length + groups.blockingOld.length;
  const errorsBlock = policy.failOnError && report.errors.length > 0;
  const uncheckedBlock = policy.failOnUnchecked && report.notChecked.length > 0;
  const { ratio } = score(report);
  return {
    passed: blocking === 0 && !errorsBlock && !uncheckedBlock,
    policy,
    failures,
    fixedRows,
    addedSuppressions: addedSuppressions(suppressed, baseline),
    counts: headlineCounts(
      report,
      { new: groups.blockingNew.length + groups.otherNew.length, blocking },
      totals,
    ),
    score: ratio === undefined ? undefined : Math.round(ratio * 1000) / 10,
    unblocked,
    errorsBlock,
    uncheckedBlock,
  };
}

/** The rows that fail in `base` and not in the head: each row's key is made only when the base fails any. */
function rowsFixed(report: ScanReport, base: ScanReport, headFailingRows: Set<string>): FixedRow[] {
  const baseFailingRows = failingRowKeys(base);
  if (baseFailingRows.size === 0) return [];
  return report.benchmarks.flatMap((benchmark) =>
    benchmark.rules
      .filter(
        (rule) =>
          baseFailingRows.has(rowKey(benchmark, rule)) && !headFailingRows.has(rowKey(benchmark, rule)),
      )
      .map((rule) => ({ benchmark, rule })),
  );
}

/**
 * The rows of a report that fail with a counted finding. A fingerprint hashes its row's family and
 * id, so every row holding one fingerprint has one row key: the rows are read as they are,
 * without `uniqueFindings`' pass over every fingerprint (a baseline holds tens of thousands).
 */
function failingRowKeys(report: ScanReport): Set<string> {
  const keys = new Set<string>();
  for (const benchmark of report.benchmarks) {
    for (const rule of benchmark.rules) {
      if (ruleFails(rule) && rule.findings.some(findingCounts)) keys.add(rowKey(benchmark, rule));
    }
  }
  return keys;
}

/** How an entry point names the policy's options: `--fail-on all` on the command line, `fail-on: all` in a workflow. */
export interface PolicyWords {
  failOn(value: FailOn): string;
  level(value: Level): string;
  /** The opt-out that lets input errors through. */
  allowErrors: string;
  /** The opt-out that lets inputs not checked through. */
  allowUnchecked: string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const isAre = (count: number): string => (count === 1 ? 'is' : 'are');
const them = (count: number): string => (count === 1 ? 'it' : 'them');

/**
 * The verdict in one line: what blocks, or, when the gate passes while rules fail, why they did
 * not block and how to make them block.
 */
export const verdictLine = (verdict: GateVerdict, words: PolicyWords): string =>
  `${verdict.passed ? 'not blocked' : 'blocked'}: ${verdictExplanation(verdict, words)}`;

/** The verdict line without its first word: what blocks, or why nothing does. */
export function verdictExplanation(verdict: GateVerdict, words: PolicyWords): string {
  const { counts, unblocked, policy } = verdict;
  if (!verdict.passed) {
    const parts = [
      counts.blocking > 0 ? plural(counts.blocking, 'blocking finding') : '',
      verdict.uncheckedBlock ? `${plural(counts.notChecked, 'input')} not checked` : '',
      verdict.errorsBlock ? plural(counts.inputErrors, 'input error') : '',
    ].filter((part) => part !== '');
    return parts.join(', ');
  }
  const why = [
    unblocked.failOnNone && counts.findings > 0
      ? `${plural(counts.failingRules, 'failing rule')} do not block under ${words.failOn('none')}`
      : '',
    unblocked.manualRules > 0
      ? `${plural(unblocked.manualRules, 'failing rule')} ${isAre(unblocked.manualRules)} Manual (${words.failOn('all')} blocks ${them(unblocked.manualRules)})`
      : '',
    unblocked.aboveLevelRules > 0
      ? `${plural(unblocked.aboveLevelRules, 'failing rule')} ${isAre(unblocked.aboveLevelRules)} above ${words.level(policy.level)} (${words.level('L2')} counts ${them(unblocked.aboveLevelRules)})`
      : '',
    unblocked.oldFindings > 0
      ? `${plural(unblocked.oldFindings, 'failing finding')} ${isAre(unblocked.oldFindings)} in the baseline (${words.failOn(policy.failOn === 'new' ? 'all' : 'automated')} blocks ${them(unblocked.oldFindings)})`
      : '',
    counts.notChecked > 0
      ? `${plural(counts.notChecked, 'input')} not checked let through by ${words.allowUnchecked}`
      : '',
    counts.inputErrors > 0
      ? `${plural(counts.inputErrors, 'input error')} let through by ${words.allowErrors}`
      : '',
  ].filter((part) => part !== '');
  return why.length === 0 ? 'no rule fails' : why.join('; ');
}

/** One line per thing that blocks, for a failure message: findings, inputs not checked, input errors. */
export function blockReasons(report: ScanReport, verdict: GateVerdict, words: PolicyWords): string[] {
  const reasons = verdict.failures
    .filter((failure) => failure.blocking)
    .map(
      ({ benchmark, rule, finding }) =>
        `${benchmark.id} ${rule.id} (${rule.title}): ${finding.resource} at ${describeLocation(finding.location)}`,
    );
  if (verdict.uncheckedBlock) {
    reasons.push(
      ...report.notChecked.map(
        (entry) => `not checked: ${describeNotChecked(entry)} (or ${words.allowUnchecked} to only list it)`,
      ),
    );
  }
  if (verdict.errorsBlock) {
    reasons.push(
      `${plural(report.errors.length, 'file')} could not be read or parsed; set ${words.allowErrors} to only report them`,
    );
  }
  return reasons;
}

/** The report with the verdict every format prints in its headline. */
export const withVerdict = (report: ScanReport, verdict: GateVerdict, words: PolicyWords): ScanReport => ({
  ...report,
  verdict: { passed: verdict.passed, summary: verdictLine(verdict, words), counts: verdict.counts },
});
