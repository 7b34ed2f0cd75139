import { escapeMarkdown as escape, linkPath, shorten } from '../report/escape.js';
import { LinkReferences, ProblemWriter } from '../report/problem-markdown.js';
import {
  bulletSection,
  inputErrorItem,
  noteItem,
  shortCell,
  tableHead,
  tableRow,
} from '../report/markdown-rows.js';
import { groupProblems, type Problem } from '../report/problems.js';
import type { BenchmarkResult, ScanReport } from '../results/results.js';
import { countsLine } from '../results/counts.js';
import { verdictExplanation, type Baseline, type Failure, type GateVerdict } from '../results/gate.js';
import { actionWords } from './gate.js';
import { configurationLines, describeSubject } from '../report/summary.js';
import { describeLocation } from '../model/location.js';

/** Where the run happens: enough to link a finding to its file and line at the head commit. */
export interface RunLinks {
  serverUrl: string;
  owner: string;
  repo: string;
  headSha: string;
}

/** What every rendering of the results reads. */
export interface ResultsView {
  report: ScanReport;
  verdict: GateVerdict;
  baseline: Baseline;
  links: RunLinks;
  /** Gate settings a pull request changes in the config file (`fail-on: new-automated → none`). */
  configChanges?: string[];
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The head commit's blob of a file inside the repository, line-anchored; undefined outside it. */
export function blobUrl(file: string, line: number, links: RunLinks): string | undefined {
  if (file.startsWith('/') || file.startsWith('..')) return undefined;
  return `${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.headSha}/${linkPath(file)}#L${line}`;
}

/** A link to the line at the head commit, for findings inside the repository. */
export function fileLink(file: string, line: number, links: RunLinks): string {
  const label = escape(shorten(`${file}:${line}`));
  const url = blobUrl(file, line, links);
  return url === undefined ? label : `[${label}](${url})`;
}

/** Settings of one rendering: how many problems of each list are shown, and what is left out. */
export interface Shown {
  blocking: number;
  otherNew: number;
  old: number;
  /** Passing and not-evaluated rows, collapsed. */
  rows: boolean;
}

/** The failures sorted into what a reviewer reads first: blocking, then other new, then old. */
export interface FailureLists {
  blocking: Problem<Failure>[];
  otherNew: Problem<Failure>[];
  old: Problem<Failure>[];
}

export function failureLists(verdict: GateVerdict): FailureLists {
  const problems = groupProblems(verdict.failures);
  const blocking = problems.filter((problem) => problem.members.some((member) => member.blocking));
  const rest = problems.filter((problem) => !blocking.includes(problem));
  return {
    blocking,
    otherNew: rest.filter((problem) => problem.members.some((member) => member.isNew)),
    old: rest.filter((problem) => problem.members.every((member) => !member.isNew)),
  };
}

/** Why the verdict is what it is, in one line: the gate's own words (what blocks, or why nothing does). */
function verdictWhy(view: ResultsView, lists: FailureLists): string {
  const line = escape(verdictExplanation(view.verdict, actionWords));
  if (view.verdict.passed) return `**Why it passed:** ${line}.`;
  const below =
    lists.blocking.length === 0 ? '' : ` (${plural(lists.blocking.length, 'blocking problem')} below)`;
  return `**Why:** ${line}${below}.`;
}

export function headline(view: ResultsView): string {
  const { verdict, baseline } = view;
  const lists = failureLists(verdict);
  const title = verdict.passed ? '✅ aks-cis-gate: not blocked' : '❌ aks-cis-gate: blocked';
  // The same counts as every other format; problems group findings for reading, not for counting.
  const counts = [
    escape(countsLine(verdict.counts)),
    plural(verdict.fixedRows.length, 'fixed row'),
    `score ${verdict.score === undefined ? 'n/a (no Automated rule decided)' : `${verdict.score}%`}`,
  ].join(' · ');
  const comparedWith =
    baseline.kind === 'report'
      ? `Compared with ${escape(baseline.description)}.`
      : `⚠️ No baseline: ${escape(baseline.reason)}, so every failure counts as new.`;
  return [`## ${title}`, '', verdictWhy(view, lists), '', counts, '', comparedWith].join('\n');
}

/** Inputs that were found and not checked (they block unless the user opts out), with how to get them checked. */
export function notCheckedList(report: ScanReport, links: RunLinks): string {
  return bulletSection(
    `### ⚠️ ${plural(report.notChecked.length, 'input')} not checked`,
    report.notChecked.map(
      (entry) =>
        `${fileLink(entry.file, entry.line ?? 1, links)}: ${noteItem(entry.reason, shortCell)} To check it: ${noteItem(entry.fix, shortCell)}`,
    ),
  ).join('\n');
}

/** What the pull request suppresses, first in the comment, so that a reviewer approves it explicitly. */
export function addedSuppressionTable(view: ResultsView): string {
  const added = view.verdict.addedSuppressions;
  if (added.length === 0) return '';
  const since =
    view.baseline.kind === 'report'
      ? 'Each hides a failure from the gate; the base commit does not suppress it.'
      : 'Each hides a failure from the gate; with no baseline, every suppression is listed.';
  return [
    '### Suppressions added by this pull request',
    '',
    since,
    '',
    tableHead(['Rule', 'Resource', 'Where', 'Reason']),
    ...added.map(({ benchmark, rule, finding }) => {
      const { location } = finding;
      const where =
        location.kind === 'live'
          ? escape(describeLocation(location))
          : fileLink(location.file, location.line, view.links);
      return tableRow([
        `${escape(benchmark.id)} ${escape(rule.id)} ${escape(rule.title)}`,
        escape(describeSubject(finding)),
        where,
        escape(finding.suppressed ?? ''),
      ]);
    }),
  ].join('\n');
}

/** The config file's gate settings that the pull request changes: they apply only once merged. */
export function configChangeList(view: ResultsView): string {
  const changes = view.configChanges ?? [];
  if (changes.length === 0) return '';
  return [
    '### Gate settings changed by this pull request',
    '',
    ...changes.map((change) => `- ${escape(change)}`),
    '',
    "They take effect after merge: this run uses the base commit's settings.",
  ].join('\n');
}

export function errorList(report: ScanReport): string {
  return bulletSection(
    `### ${plural(report.errors.length, 'file')} that could not be read`,
    report.errors.map((error) => inputErrorItem(error, shortCell)),
  ).join('\n');
}

/** Rules the configuration skips and paths it excludes: after the failures, never hidden. */
export function configurationList(report: ScanReport): string {
  return bulletSection(
    '### Left out by configuration',
    configurationLines(report).map((line) => noteItem(line, shortCell)),
  ).join('\n');
}

export function noticeList(report: ScanReport): string {
  return bulletSection(
    '### Notices',
    (report.notices ?? []).map((notice) => noteItem(notice, shortCell)),
  ).join('\n');
}

/** One line per benchmark for the rows AKS owns: they never block. */
function platformLines(report: ScanReport): string[] {
  const lines = report.benchmarks.flatMap((benchmark) => {
    const rows = benchmark.rules.filter((rule) => rule.decidedBy === 'platform');
    if (rows.length === 0) return [];
    const failing = rows.filter((rule) => rule.status === 'Fail').length;
    return [
      `- ${escape(benchmark.title)}: ${plural(rows.length, 'row')} ${rows.length === 1 ? 'is' : 'are'} AKS's (Microsoft's attestation): ${failing === 0 ? 'none' : failing} of them ${failing === 1 ? 'fails' : 'Fail'}, none blocks.`,
    ];
  });
  return lines.length === 0 ? [] : ['', '### The platform’s rows', '', ...lines];
}

/** Passing and not-evaluated rows as ids, not-evaluated ones by reason: short, collapsed. */
function rowsDetails(benchmark: BenchmarkResult): string[] {
  const passing = benchmark.rules.filter((rule) => rule.decidedBy === 'scan' && rule.status === 'Pass');
  const notEvaluated = benchmark.rules.filter((rule) => rule.decidedBy === 'none');
  if (passing.length + notEvaluated.length === 0) return [];
  const byReason = new Map<string, string[]>();
  for (const rule of notEvaluated) {
    const reason = rule.reason.replace(/^Not evaluated:\s*/, '');
    byReason.set(reason, [...(byReason.get(reason) ?? []), rule.id]);
  }
  return [
    '',
    `<details><summary>${escape(benchmark.id)}: ${plural(passing.length, 'row')} pass, ${notEvaluated.length} not evaluated</summary>`,
    '',
    ...(passing.length === 0 ? [] : [`- Pass: ${passing.map((rule) => rule.id).join(', ')}`]),
    ...[...byReason].map(
      ([reason, ids]) => `- Not evaluated (${escape(shorten(reason, 200))}): ${ids.join(', ')}`,
    ),
    '',
    '</details>',
  ];
}

function fixedLine(verdict: GateVerdict): string[] {
  if (verdict.fixedRows.length === 0) return [];
  const ids = verdict.fixedRows.map(({ benchmark, rule }) => `${benchmark.family} ${rule.id}`);
  return ['', `✅ Fixed since the base: ${[...new Set(ids)].join(', ')}.`];
}

/** The results as a reviewer reads them; `shown` says how much of each list fits. */
export function renderResults(view: ResultsView, shown: Shown, lists = failureLists(view.verdict)): string {
  const references = new LinkReferences();
  const writer = new ProblemWriter(references, (file, line) => blobUrl(file, line, view.links));
  const lines = [
    headline(view),
    ...[
      configChangeList(view),
      addedSuppressionTable(view),
      notCheckedList(view.report, view.links),
      errorList(view.report),
    ]
      .filter((text) => text !== '')
      .flatMap((text) => ['', text]),
    ...writer.section('🛑 Blocking failures', lists.blocking, shown.blocking),
    ...writer.section('New failures that do not block', lists.otherNew, shown.otherNew),
    ...fixedLine(view.verdict),
    ...platformLines(view.report),
  ];
  if (lists.old.length > 0) {
    lines.push(
      '',
      `<details><summary>${plural(lists.old.length, 'failing problem')} the base already had</summary>`,
      ...writer.write(lists.old, shown.old),
      '',
      '</details>',
    );
  }
  if (shown.rows) lines.push(...view.report.benchmarks.flatMap(rowsDetails));
  for (const list of [configurationList(view.report), noticeList(view.report)])
    if (list !== '') lines.push('', list);
  const definitions = references.definitions();
  return `${[...lines, ...(definitions.length === 0 ? [] : ['', ...definitions])].join('\n')}\n`;
}

/**
 * The largest rendering within `limit`: everything, else without the collapsed rows, then with
 * fewer old, other new and (last) blocking problems, cut from the bottom of each list. The
 * headline and what blocks stay first, so the first screen survives every cut.
 */
export function fitResults(
  view: ResultsView,
  limit: number,
  measure: (text: string) => number,
  render: (shown: Shown, cut: boolean) => string,
): string {
  const lists = failureLists(view.verdict);
  let shown: Shown = {
    blocking: lists.blocking.length,
    otherNew: lists.otherNew.length,
    old: lists.old.length,
    rows: true,
  };
  const fits = (candidate: Shown, cut: boolean) => measure(render(candidate, cut)) <= limit;
  if (fits(shown, false)) return render(shown, false);
  shown = { ...shown, rows: false };
  // Shrink one list at a time, least important first, to the largest count that fits.
  for (const list of ['old', 'otherNew', 'blocking'] as const) {
    if (fits(shown, true)) break;
    let low = 0;
    let high = shown[list];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits({ ...shown, [list]: middle }, true)) low = middle;
      else high = middle - 1;
    }
    shown = { ...shown, [list]: low };
  }
  // Thousands of unreadable files can pass the limit on their own: cut the text itself, last.
  let text = render(shown, true);
  while (measure(text) > limit) text = `${text.slice(0, Math.floor(text.length * 0.9))}\n…`;
  return text;
}
