import { describeNotChecked } from '../results/findings.js';
import {
  cliDefaultPolicy,
  decideGate,
  type Baseline,
  type Failure,
  type GatePolicy,
} from '../results/gate.js';
import { catalogCell, escapeMarkdown as escape } from './escape.js';
import { LinkReferences, ProblemWriter } from './problem-markdown.js';
import { bulletSection, inputErrorItem, noteItem, tableHead, tableRow, wholeCell } from './markdown-rows.js';
import { groupProblems } from './problems.js';
import type { BenchmarkResult, DriftEntry, Finding, RuleResult, ScanReport } from '../results/results.js';
import {
  configurationLines,
  describeSubject,
  findingPlace,
  headlineOf,
  platformLast,
  statusTally,
} from './summary.js';

// Microsoft's status has its own column: in Status it would read as this scan's finding.
const columns = [
  'CIS ID',
  'Recommendation',
  'Assessment status',
  'Level',
  'Status',
  "Microsoft's AKS status",
  'Reason',
];

/** Scans with live input add a Source column (code, live, code+live, platform). */
const withSource = (benchmark: BenchmarkResult): boolean =>
  benchmark.rules.some((rule) => rule.source !== undefined);

const header = (source: boolean): string => tableHead(source ? [...columns, 'Source'] : columns);

/** Heading rows for the sections a rule sits under (`5`, then `5.2`), each printed once. */
function sectionRows(
  benchmark: BenchmarkResult,
  rule: RuleResult,
  printed: Set<string>,
  source: boolean,
): string[] {
  const titles = new Map((benchmark.sections ?? []).map((section) => [section.id, section.title]));
  const parts = rule.section.split('.');
  const rows: string[] = [];
  for (let depth = 1; depth <= parts.length; depth += 1) {
    const id = parts.slice(0, depth).join('.');
    const title = titles.get(id);
    if (title === undefined || printed.has(id)) continue;
    printed.add(id);
    rows.push(
      tableRow([
        `**${id}**`,
        `**${catalogCell(title)}**`,
        ...columns.slice(2).map(() => ''),
        ...(source ? [''] : []),
      ]),
    );
  }
  return rows;
}

const reasonCell = (rule: RuleResult): string =>
  rule.decidedBy === 'platform'
    ? ["AKS platform (Microsoft's attestation)", catalogCell(rule.reason)]
        .filter((part) => part !== '')
        .join(': ')
    : escape(rule.reason);

function ruleRow(rule: RuleResult, source: boolean): string {
  return tableRow([
    rule.id,
    catalogCell(rule.title),
    rule.assessment ?? '',
    rule.level ?? '',
    rule.status === 'Fail' && rule.decidedBy === 'scan' ? '**Fail**' : rule.status,
    rule.aksStatus,
    reasonCell(rule),
    ...(source ? [rule.source ?? ''] : []),
  ]);
}

function findingLine(finding: Finding): string {
  const status = finding.suppressed !== undefined ? ` (suppressed: ${escape(finding.suppressed)})` : '';
  const platform = finding.platform === true ? ' (platform-managed object: shown, not counted)' : '';
  return `- ${escape(findingPlace(finding))}: ${escape(describeSubject(finding))}: ${escape(finding.message)}${status}${platform}`;
}

function evidence(benchmark: BenchmarkResult): string[] {
  const rules = benchmark.rules.filter((rule) => rule.findings.length > 0);
  if (rules.length === 0) return [];
  return [
    '',
    '### Evidence',
    ...rules.flatMap((rule) => [
      '',
      `#### ${rule.id} ${catalogCell(rule.title)}`,
      '',
      ...platformLast(rule.findings).map(findingLine),
      '',
      `Remediation: ${catalogCell(rule.remediation)}`,
    ]),
  ];
}

function benchmarkSection(benchmark: BenchmarkResult): string[] {
  const printed = new Set<string>();
  const source = withSource(benchmark);
  return [
    '',
    `## ${benchmark.title} (${benchmark.id})`,
    '',
    `Catalog ${escape(benchmark.id)}, selected because: ${escape(benchmark.selectedBecause)}. Rows: ${statusTally(benchmark)}.`,
    '',
    header(source),
    ...benchmark.rules.flatMap((rule) => [
      ...sectionRows(benchmark, rule, printed, source),
      ruleRow(rule, source),
    ]),
    ...evidence(benchmark),
  ];
}

function listSection(title: string, lines: string[]): string[] {
  const section = bulletSection(`## ${title}`, lines);
  return section.length === 0 ? [] : ['', ...section];
}

/** Rows where the code and the cluster disagree, before the tables. */
function driftSection(drift: DriftEntry[] | undefined): string[] {
  if (drift === undefined) return [];
  if (drift.length === 0)
    return ['', '## Drift', '', 'The code and the cluster agree on every row both decided.'];
  return [
    '',
    '## Drift',
    '',
    'Rows the code scan and the live scan decided differently.',
    '',
    tableHead(['Benchmark', 'CIS ID', 'Recommendation', 'Code', 'Live']),
    ...drift.map((entry) =>
      tableRow([
        escape(entry.benchmark),
        escape(entry.id),
        catalogCell(entry.title),
        entry.code,
        `**${entry.live}**`,
      ]),
    ),
  ];
}

/** Every row of every benchmark in Microsoft's columns, with our evidence under each, then errors, skipped files and notices. */
export function renderBenchmarkTables(report: ScanReport): string[] {
  return [
    ...driftSection(report.drift),
    ...report.benchmarks.flatMap(benchmarkSection),
    ...listSection(
      'Input errors',
      report.errors.map((error) => inputErrorItem(error, wholeCell)),
    ),
    ...listSection(
      'Skipped files',
      report.skipped.map((skipped) => `${escape(skipped.file)}: ${escape(skipped.reason)}`),
    ),
    ...listSection(
      'Notices',
      (report.notices ?? []).map((notice) => noteItem(notice, wholeCell)),
    ),
  ];
}

/** The failures first, one entry per problem with its fix, blocking ones (under `policy`) on top. */
function failureSections(report: ScanReport, failures: Failure[]): string[] {
  const problems = groupProblems(failures);
  const blocks = (problem: (typeof problems)[number]) => problem.members.some((member) => member.blocking);
  const references = new LinkReferences();
  const writer = new ProblemWriter(references);
  const lines = [
    ...writer.section('Blocking failures', problems.filter(blocks)),
    ...writer.section(
      'Failures that do not block',
      problems.filter((problem) => !blocks(problem)),
    ),
  ];
  const definitions = references.definitions();
  return definitions.length === 0 ? lines : [...lines, '', ...definitions];
}

/** The report: counts, the failures with their fixes, then the benchmark tables in Microsoft's columns. */
export function renderMarkdown(
  report: ScanReport,
  options: { policy?: GatePolicy; baseline?: Baseline } = {},
): string {
  // A bare report (no entry point decided the gate) is gated here with the given policy, to mark what blocks.
  const gate = decideGate(
    report,
    options.baseline ?? { kind: 'unavailable', reason: 'a bare report' },
    options.policy ?? cliDefaultPolicy,
  );
  const { verdict, counts, score } = headlineOf(report, gate.counts);
  const headline = [counts, ...(score === undefined ? [] : [score])].join(', ');
  const lines = [
    '# aks-cis-gate report',
    '',
    ...(verdict === undefined ? [] : [`**${escape(verdict)}**`, '']),
    escape(headline),
    ...listSection(
      'Inputs not checked',
      report.notChecked.map((entry) => escape(describeNotChecked(entry))),
    ),
    ...listSection(
      'Left out by configuration',
      configurationLines(report).map((line) => noteItem(line, wholeCell)),
    ),
    ...failureSections(report, gate.failures),
    ...renderBenchmarkTables(report),
  ];
  return `${lines.join('\n')}\n`;
}
