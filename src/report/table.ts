import wrapAnsi from 'wrap-ansi';
import { ruleDocUrl } from '../benchmarks/catalog.js';
import { describeNotChecked } from '../results/findings.js';
import type { HeadlineCounts } from '../results/counts.js';
import { cliDefaultPolicy, decideGate, type Baseline, type GatePolicy } from '../results/gate.js';
import { groupByResource, groupProblems, problemFix, type Problem, type RowFinding } from './problems.js';
import type { BenchmarkResult, DriftEntry, Finding, RuleResult, ScanReport } from '../results/results.js';
import {
  configurationLines,
  describeSubject,
  findingPlace,
  headlineOf,
  platformLast,
  statusTally,
  templateOf,
} from './summary.js';

export interface TableOptions {
  /** ANSI colours (and links to the rule pages), only when writing to a terminal or when forced. */
  color: boolean;
  /** Columns to wrap at: the terminal's width, else 100. */
  width?: number;
  /** Every row of every benchmark, not only the failures. */
  verbose?: boolean;
  /** What blocks, to mark the blocking failures. */
  policy?: GatePolicy;
  /** What the gate compared with: failures it already holds are not marked as blocking. */
  baseline?: Baseline;
}

/** Wide enough for a path and a message on one line, narrow enough for a split screen. */
export const defaultWidth = 100;

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

/** An OSC 8 hyperlink: terminals that know it make the text clickable, others show the text. */
const hyperlink = (text: string, url: string): string => `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;

/** A line wrapped to the width, its continuation lines indented two more than its own indent. */
const wrappedLine = (line: string, width: number): string => {
  const indent = /^ */.exec(line)?.[0].length ?? 0;
  const [first = '', ...rest] = wrapAnsi(line.slice(indent), Math.max(20, width - indent - 2), {
    hard: true,
    trim: true,
  }).split('\n');
  return [`${' '.repeat(indent)}${first}`, ...rest.map((part) => `${' '.repeat(indent + 2)}${part}`)].join(
    '\n',
  );
};

/** Printable ASCII with no space at either end: wrap-ansi gives it back as it is when it fits. */
export const plainLine = /^[!-~](?:[ -~]*[!-~])?$/;

/** Text wrapped to the width, every line indented; long words (paths) are broken, never lost. */
const wrapped = (text: string, width: number, indent: number): string => {
  const columns = Math.max(20, width - indent);
  // Most places and rule lines fit: wrap-ansi segments every character, which a 20,000-finding table feels.
  if (text.length <= columns && plainLine.test(text)) return `${' '.repeat(indent)}${text}`;
  return wrapAnsi(text, columns, { hard: true, trim: true })
    .split('\n')
    .map((line) => `${' '.repeat(indent)}${line}`)
    .join('\n');
};

class FailureWriter {
  /** Each rule's fix, wrapped once: a plan's thousands of findings of one rule share it. */
  private readonly fixLines = new Map<string, string>();

  constructor(
    private readonly paint: Paint,
    private readonly width: number,
    private readonly color: boolean,
  ) {}

  private rules(problem: Problem<RowFinding>): string {
    return problem.rows
      .map(({ benchmark, rule }) => {
        const name = `${benchmark.family} ${rule.id}`;
        const grading = [rule.assessment, rule.level].filter((part) => part !== undefined).join(' ');
        const linked = this.color ? hyperlink(name, ruleDocUrl(benchmark.id, rule.id)) : name;
        return grading === '' ? linked : `${linked} (${grading})`;
      })
      .join(', ');
  }

  private fixLine(text: string): string {
    let line = this.fixLines.get(text);
    if (line === undefined) {
      line = wrapped(text, this.width, 4);
      this.fixLines.set(text, line);
    }
    return line;
  }

  problem(problem: Problem<RowFinding>, blocks: boolean): string {
    const { finding } = problem;
    const mark = blocks ? this.paint(red, 'BLOCKS') : this.paint(yellow, 'fails ');
    const fix = problemFix(problem);
    return [
      wrapped(`${mark} ${plain(findingPlace(finding))}`, this.width, 2),
      wrapped(plain(finding.message), this.width, 4),
      wrapped(this.paint(dim, `rules: ${this.rules(problem)}`), this.width, 4),
      this.fixLine(`${fix.label}: ${plain(fix.text)}`),
    ].join('\n');
  }

  groups(problems: Problem<RowFinding>[], blocking: ReadonlySet<string>): string[] {
    const blocks = (problem: Problem<RowFinding>) =>
      problem.members.some((member) => blocking.has(member.finding.fingerprint));
    // Blocking problems first, then each object's problems where that object was first seen.
    const ordered = [...problems.filter(blocks), ...problems.filter((problem) => !blocks(problem))];
    return groupByResource(ordered).map((group) => {
      const template = templateOf(group.problems[0]?.finding);
      const where = `${group.file}${template === undefined ? '' : `, template ${template}`}`;
      return [
        wrapped(`${this.paint(bold, plain(group.resource))} ${this.paint(dim, plain(where))}`, this.width, 0),
        ...group.problems.map((problem) => this.problem(problem, blocks(problem))),
      ].join('\n');
    });
  }
}

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

function ruleLine(label: string, rule: RuleResult, paint: Paint, detail = ''): string {
  const tags = [rule.assessment, rule.level].filter((tag) => tag !== undefined).join(' ');
  return `  ${label} ${paint(bold, rule.id)} ${plain(rule.title)}${tags === '' ? '' : paint(dim, ` (${tags})`)}${sourceTag(rule, paint)}${detail}`;
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

/** --verbose: one benchmark, every row by status, with its findings. */
function benchmarkBlock(benchmark: BenchmarkResult, paint: Paint): string {
  const rows = (decidedBy: RuleResult['decidedBy'], status?: string) =>
    benchmark.rules.filter(
      (rule) => rule.decidedBy === decidedBy && (status === undefined || rule.status === status),
    );
  return [
    paint(bold, `${plain(benchmark.title)} (${benchmark.id})`),
    paint(dim, `  selected because: ${plain(benchmark.selectedBecause)}`),
    `  rows: ${statusTally(benchmark)}`,
    ...rows('scan', 'Fail').map((rule) =>
      [ruleLine(paint(red, 'FAIL'), rule, paint), ...findingLines(rule, paint)].join('\n'),
    ),
    ...rows('scan', 'Pass').map((rule) =>
      [ruleLine(paint(green, 'PASS'), rule, paint), ...findingLines(rule, paint)].join('\n'),
    ),
    ...rows('none').map((rule) => ruleLine(paint(dim, 'N/E '), rule, paint, `: ${plain(rule.reason)}`)),
    ...rows('platform').map((rule) =>
      ruleLine(paint(dim, 'AKS '), rule, paint, paint(dim, `: ${rule.status} (Microsoft's attestation)`)),
    ),
  ].join('\n');
}

/** The headline every format prints: the verdict (when the entry point decided one), then the same counts. */
function footer(report: ScanReport, gateCounts: HeadlineCounts, paint: Paint): string[] {
  const headline = headlineOf(report, gateCounts);
  return [
    ...(headline.verdict === undefined
      ? []
      : [paint(headline.passed === true ? green : red, plain(headline.verdict))]),
    [headline.counts, ...(headline.score === undefined ? [] : [headline.score])].join(', '),
  ];
}

/**
 * The terminal report. By default the failures only, by object, each with its rules and fix,
 * blocking ones first and marked; `verbose` adds every row of every benchmark. Ends with one
 * line of counts.
 */
export function renderTable(report: ScanReport, options: TableOptions): string {
  const paint = painter(options.color);
  const width = options.width ?? defaultWidth;
  const gate = decideGate(
    report,
    options.baseline ?? { kind: 'unavailable', reason: 'a bare report' },
    options.policy ?? cliDefaultPolicy,
  );
  const { failures } = gate;
  const blocking = new Set(
    failures.filter((failure) => failure.blocking).map((failure) => failure.finding.fingerprint),
  );
  const problems = groupProblems(failures);
  const writer = new FailureWriter(paint, width, options.color);
  const listed = (title: string, lines: string[]) =>
    lines.length === 0 ? [] : [[paint(bold, title), ...lines].join('\n')];
  const blocks = [
    ...driftBlock(report.drift ?? [], paint),
    ...(options.verbose === true
      ? report.benchmarks.map((benchmark) =>
          benchmarkBlock(benchmark, paint)
            .split('\n')
            .map((line) => wrappedLine(line, width))
            .join('\n'),
        )
      : []),
    ...writer.groups(problems, blocking),
    ...listed(
      'Not checked',
      report.notChecked.map((entry) =>
        wrapped(`${paint(yellow, 'NOT CHECKED')} ${plain(describeNotChecked(entry))}`, width, 2),
      ),
    ),
    ...listed(
      'Input errors',
      report.errors.map((error) =>
        wrapped(
          `${paint(yellow, 'ERROR')} ${plain(error.line === undefined ? error.file : `${error.file}:${error.line}`)}: ${plain(error.message)}`,
          width,
          2,
        ),
      ),
    ),
    ...(options.verbose === true
      ? listed(
          'Skipped',
          report.skipped.map((entry) => wrapped(`${plain(entry.file)}: ${plain(entry.reason)}`, width, 2)),
        )
      : []),
    ...listed(
      'Notes',
      (report.notices ?? []).map((notice) => wrapped(plain(notice), width, 2)),
    ),
    ...listed(
      'Configuration',
      configurationLines(report).map((line) => wrapped(plain(line), width, 2)),
    ),
  ];
  const headline = footer(report, gate.counts, paint)
    .map((line) => wrapped(line, width, 0))
    .join('\n');
  return `${[...blocks, headline].join('\n\n')}\n`;
}
