import type { DriftEntry, RuleResult, RuleSource, ScanReport } from '../results/results.js';

/** The same scan's rows assessed on each side alone: the code's model and the live cluster's. */
export interface SideReports {
  /** Absent for a live-only scan (or when the code alone selects no catalog). */
  code?: ScanReport;
  /** For a live-only scan, the merged report itself. */
  live: ScanReport;
}

type RowsById = Map<string, RuleResult>;

const rowKey = (benchmark: string, rule: string): string => `${benchmark}\u0000${rule}`;

function rowsOf(report: ScanReport | undefined): RowsById {
  const rows: RowsById = new Map();
  for (const benchmark of report?.benchmarks ?? []) {
    for (const rule of benchmark.rules) rows.set(rowKey(benchmark.id, rule.id), rule);
  }
  return rows;
}

const decided = (rule: RuleResult | undefined): rule is RuleResult => rule?.decidedBy === 'scan';

/**
 * Who decided a row of the merged report. A failing row names the sides that fail; a passing one
 * the sides that judged it. A row only the two models together could decide counts as both.
 */
function sourceOf(
  merged: RuleResult,
  code: RuleResult | undefined,
  live: RuleResult | undefined,
): RuleSource | undefined {
  if (merged.decidedBy === 'platform') return 'platform';
  if (merged.decidedBy !== 'scan') return undefined;
  const judged = (side: RuleResult | undefined) =>
    decided(side) && (merged.status !== 'Fail' || side.status === 'Fail');
  const sides = [judged(code) ? 'code' : '', judged(live) ? 'live' : ''].filter((side) => side !== '');
  return sides.length === 1 ? (sides[0] as RuleSource) : 'code+live';
}

/** A row the two sides decided with opposite verdicts. */
function driftOf(benchmark: string, code: RuleResult | undefined, live: RuleResult | undefined) {
  if (!decided(code) || !decided(live) || code.status === live.status) return undefined;
  const opposite = new Set([code.status, live.status]);
  if (!opposite.has('Pass') || !opposite.has('Fail')) return undefined;
  return { benchmark, id: code.id, title: code.title, code: code.status, live: live.status };
}

/**
 * Adds to the merged report (code and cluster judged as one model) what the separate assessments
 * show: each row's source and, when code was scanned too, the drift between code and cluster.
 */
export function withSources(merged: ScanReport, sides: SideReports): ScanReport {
  const codeRows = rowsOf(sides.code);
  const liveRows = rowsOf(sides.live);
  const drift: DriftEntry[] = [];
  const benchmarks = merged.benchmarks.map((benchmark) => ({
    ...benchmark,
    rules: benchmark.rules.map((rule) => {
      const code = codeRows.get(rowKey(benchmark.id, rule.id));
      const live = liveRows.get(rowKey(benchmark.id, rule.id));
      const entry = driftOf(benchmark.id, code, live);
      if (entry) drift.push(entry);
      const source = sourceOf(rule, code, live);
      return source === undefined ? rule : { ...rule, source };
    }),
  }));
  return { ...merged, benchmarks, ...(sides.code === undefined ? {} : { drift }) };
}
