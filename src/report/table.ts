import type { BenchmarkResult, DriftEntry, Finding, RuleResult, ScanReport } from '../results/results.js';
import { describeNotChecked } from '../results/findings.js';
import { describeSubject, findingPlace, headlineOf, platformLast, statusTally } from './summary.js';

export interface TableOptions {
  /** ANSI colours, only when writing to a terminal. */
  color: boolean;
}

type Paint = (code: number, text: string) => string;

const painter = (color: boolean): Paint =>
  color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;

const red = 31;
const green = 32;
const yellow = 33;
const dim = 2;
const bold = 1;

/** Control characters from scanned files must not drive the terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const plain = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

function findingLine(finding: Finding, paint: Paint): string {
  const suffix =
    finding.suppressed !== undefined
      ? paint(dim, ` [suppressed: ${plain(finding.suppressed)}]`)
      : finding.platform === true
        ? paint(dim, ' [platform-managed object, not counted]')
        : '';
  return `    ${plain(findingPlace(finding))}  ${plain(describeSubject(finding))}\n      ${plain(finding.message)}${suffix}`;
}

/** `[live]`: what decided the row, on scans with live input. */
const sourceTag = (rule: RuleResult, paint: Paint): string =>
  rule.source === undefined ? '' : paint(dim, ` [${rule.source}]`);

/** A row's findings, those on platform-managed objects last (they never count). */
const findingLines = (rule: RuleResult, paint: Paint): string[] =>
  platformLast(rule.findings).map((finding) => findingLine(finding, paint));

function failedRule(rule: RuleResult, paint: Paint): string {
  const tags = [rule.assessment, rule.level].filter((tag) => tag !== undefined).join(' ');
  const heading = `  ${paint(red, 'FAIL')} ${paint(bold, rule.id)} ${plain(rule.title)}${tags === '' ? '' : paint(dim, ` (${tags})`)}${sourceTag(rule, paint)}`;
  return [heading, ...findingLines(rule, paint)].join('\n');
}

/** Rows where the code and the cluster disagree: listed before everything else. */
function driftBlock(drift: DriftEntry[], paint: Paint): string[] {
  if (drift.length === 0) return [];
  return [
    [
      paint(bold, 'Drift between the code and the cluster'),
      ...drift.map(
        (entry) =>
          `  ${paint(yellow, 'DRIFT')} ${entry.benchmark} ${entry.id} ${plain(entry.title)}: code ${entry.code}, live ${entry.live}`,
      ),
    ].join('\n'),
  ];
}

function benchmarkBlock(benchmark: BenchmarkResult, paint: Paint): string {
  const failed = benchmark.rules.filter((rule) => rule.status === 'Fail' && rule.decidedBy === 'scan');
  const passed = benchmark.rules.filter((rule) => rule.status === 'Pass' && rule.decidedBy === 'scan');
  const lines = [
    paint(bold, `${plain(benchmark.title)} (${benchmark.id})`),
    paint(dim, `  selected because: ${plain(benchmark.selectedBecause)}`),
    `  rows: ${statusTally(benchmark)}`,
    ...failed.map((rule) => failedRule(rule, paint)),
    ...passed.map((rule) =>
      [
        `  ${paint(green, 'PASS')} ${rule.id} ${plain(rule.title)}${sourceTag(rule, paint)}`,
        ...findingLines(rule, paint),
      ].join('\n'),
    ),
  ];
  return lines.join('\n');
}

/** The terminal summary: failures grouped by rule, then the passes and the counts. */
export function renderTable(report: ScanReport, options: TableOptions): string {
  const paint = painter(options.color);
  const headline = headlineOf(report);
  const blocks = [
    ...driftBlock(report.drift ?? [], paint),
    ...report.benchmarks.map((benchmark) => benchmarkBlock(benchmark, paint)),
  ];
  const errors = report.errors.map(
    (error) =>
      `  ${paint(yellow, 'ERROR')} ${plain(error.line === undefined ? error.file : `${error.file}:${error.line}`)}: ${plain(error.message)}`,
  );
  const skipped = report.skipped.map((entry) => `  skipped ${plain(entry.file)}: ${plain(entry.reason)}`);
  const notices = (report.notices ?? []).map((notice) => `  note: ${plain(notice)}`);
  const notChecked = report.notChecked.map(
    (entry) => `  ${paint(yellow, 'NOT CHECKED')} ${plain(describeNotChecked(entry))}`,
  );
  const verdict =
    headline.verdict === undefined
      ? []
      : [paint(headline.passed === true ? green : red, plain(headline.verdict))];
  const summary = [
    ...verdict,
    [headline.counts, ...(headline.score === undefined ? [] : [headline.score])].join(', '),
  ].join('\n');
  return `${[...blocks, ...[notChecked, errors, skipped, notices].filter((lines) => lines.length > 0).map((lines) => lines.join('\n')), summary].join('\n\n')}\n`;
}
