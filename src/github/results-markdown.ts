import { escapeMarkdown as escape } from '../report/escape.js';
import type { BenchmarkResult, RuleResult, ScanReport } from '../report/report.js';
import { describeSubject, isLiveFinding } from '../report/summary.js';
import type { Baseline, Failure, GateVerdict } from './gate.js';

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

/** A part of a Markdown document that may be left out, least important first, when space runs short. */
export interface Block {
  text: string;
  /** Lower is dropped first; undefined is never dropped whole. */
  dropOrder?: number;
  /** What stands in its place once dropped. */
  omitted?: string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A link to the line at the head commit, for findings inside the repository. */
export function fileLink(file: string, line: number, links: RunLinks): string {
  const label = escape(`${file}:${line}`);
  if (file.startsWith('/') || file.startsWith('..')) return label;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `[${label}](${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.headSha}/${path}#L${line})`;
}

export function headline(view: ResultsView): string {
  const { verdict, baseline } = view;
  const newCount = verdict.failures.filter((failure) => failure.isNew).length;
  const blocking = verdict.failures.filter((failure) => failure.blocking).length;
  const title = verdict.passed ? '✅ aks-cis-gate: not blocked' : '❌ aks-cis-gate: blocked';
  const counts = [
    `**${plural(newCount, 'new failure')}**`,
    plural(blocking, 'blocking failure'),
    plural(verdict.failures.length, 'failure'),
    plural(verdict.fixedRows.length, 'fixed row'),
    `${verdict.suppressed} suppressed`,
    plural(verdict.errors, 'input error'),
    `score ${verdict.score === undefined ? 'n/a (no Automated rule decided)' : `${verdict.score}%`}`,
  ].join(' · ');
  const comparedWith =
    baseline.kind === 'report'
      ? `Compared with ${escape(baseline.description)}.`
      : `⚠️ No baseline: ${escape(baseline.reason)}, so every failure counts as new.`;
  const why =
    verdict.reasons.length === 0 ? [] : ['', `Blocked by ${plural(verdict.reasons.length, 'item')} below.`];
  return [`## ${title}`, '', counts, '', comparedWith, ...why].join('\n');
}

function failureRow(failure: Failure, links: RunLinks): string {
  const { benchmark, rule, finding } = failure;
  const mark = failure.blocking ? '🛑' : failure.isNew ? '🆕' : '';
  const where = isLiveFinding(finding) ? escape(finding.file) : fileLink(finding.file, finding.line, links);
  return `| ${mark} | ${escape(benchmark.id)} ${escape(rule.id)} ${escape(rule.title)} | ${escape(describeSubject(finding))} | ${where} | ${escape(finding.message)} |`;
}

/** A failure table; `limit` keeps the first rows and says how many were left out. */
export function failureTable(
  title: string,
  failures: Failure[],
  links: RunLinks,
  limit = failures.length,
): string {
  if (failures.length === 0) return '';
  const shown = failures.slice(0, limit);
  const cut = failures.length - shown.length;
  return [
    `### ${title}`,
    '',
    '| | Rule | Resource | Where | Message |',
    '| --- | --- | --- | --- | --- |',
    ...shown.map((failure) => failureRow(failure, links)),
    ...(cut === 0 ? [] : ['', `…and ${plural(cut, 'more failure')}, listed in the job summary.`]),
  ].join('\n');
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
    '| Rule | Resource | Where | Reason |',
    '| --- | --- | --- | --- |',
    ...added.map(({ benchmark, rule, finding }) => {
      const where = isLiveFinding(finding)
        ? escape(finding.file)
        : fileLink(finding.file, finding.line, view.links);
      return `| ${escape(benchmark.id)} ${escape(rule.id)} ${escape(rule.title)} | ${escape(describeSubject(finding))} | ${where} | ${escape(finding.suppressed ?? '')} |`;
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
  if (report.errors.length === 0) return '';
  return [
    '### Files that could not be read',
    '',
    ...report.errors.map(
      (error) =>
        `- ${escape(error.line === undefined ? error.file : `${error.file}:${error.line}`)}: ${escape(error.message)}`,
    ),
  ].join('\n');
}

export function noticeList(report: ScanReport): string {
  const notices = report.notices ?? [];
  return notices.length === 0
    ? ''
    : ['### Notices', '', ...notices.map((notice) => `- ${escape(notice)}`)].join('\n');
}

const tableHeader =
  '| CIS ID | Recommendation | Assessment status | Level | Status | Reason |\n| --- | --- | --- | --- | --- | --- |';

type RowMark = 'new' | 'failing' | 'fixed' | 'platform' | 'passing' | 'not-evaluated';

const markText: Record<RowMark, string> = {
  new: '🆕 **Fail**',
  failing: '❌ Fail',
  fixed: '✅ fixed:',
  platform: '🏢',
  passing: '✅',
  'not-evaluated': '➖',
};

function ruleRow(rule: RuleResult, mark: RowMark): string {
  // A fixed row shows its status now: Pass, or Microsoft's when the input no longer has what it judges.
  const status =
    mark === 'new' || mark === 'failing' ? markText[mark] : `${markText[mark]} ${escape(rule.status)}`;
  const reason =
    mark === 'platform'
      ? ['AKS platform attestation', escape(rule.reason)].filter((part) => part !== '').join(': ')
      : escape(rule.reason);
  return `| ${escape(rule.id)} | ${escape(rule.title)} | ${rule.assessment ?? ''} | ${rule.level ?? ''} | ${status} | ${reason} |`;
}

function collapsed(summary: string, rows: string[]): string {
  if (rows.length === 0) return '';
  return ['<details>', `<summary>${summary}</summary>`, '', tableHeader, ...rows, '', '</details>'].join(
    '\n',
  );
}

/**
 * One benchmark in Microsoft's columns: failing and fixed rows in the open, passing,
 * not-evaluated and platform rows collapsed. Each part is its own block so that the
 * comment can drop the collapsed ones first.
 */
export function benchmarkBlocks(benchmark: BenchmarkResult, view: ResultsView): Block[] {
  const fixed = new Set(
    view.verdict.fixedRows.filter((row) => row.benchmark === benchmark).map((row) => row.rule),
  );
  const failingRules = new Map<RuleResult, boolean>();
  for (const failure of view.verdict.failures) {
    if (failure.benchmark !== benchmark) continue;
    failingRules.set(failure.rule, (failingRules.get(failure.rule) ?? false) || failure.isNew);
  }
  const rowsWith = (mark: RowMark, rules: RuleResult[]) => rules.map((rule) => ruleRow(rule, mark));
  const open = benchmark.rules.flatMap((rule) => {
    if (failingRules.has(rule)) return [ruleRow(rule, failingRules.get(rule) ? 'new' : 'failing')];
    return fixed.has(rule) ? [ruleRow(rule, 'fixed')] : [];
  });
  const rest = benchmark.rules.filter((rule) => !failingRules.has(rule) && !fixed.has(rule));
  const passing = rest.filter((rule) => rule.decidedBy === 'scan');
  const notEvaluated = rest.filter((rule) => rule.decidedBy === 'none');
  const platform = rest.filter((rule) => rule.decidedBy === 'platform');
  const name = escape(benchmark.id);
  return [
    {
      text: [
        `### ${escape(benchmark.title)} (${name})`,
        '',
        `Selected because: ${escape(benchmark.selectedBecause)}.`,
        ...(open.length === 0 ? ['', 'No failing rows.'] : ['', tableHeader, ...open]),
      ].join('\n'),
      dropOrder: 40,
      omitted: `### ${name}\n\n${plural(open.length, 'failing or fixed row')} left out for space; see the job summary.`,
    },
    {
      text: collapsed(
        `${plural(passing.length, 'row')} decided by the scan and passing`,
        rowsWith('passing', passing),
      ),
      dropOrder: 20,
      omitted: `${name}: ${plural(passing.length, 'passing row')} left out for space.`,
    },
    {
      text: collapsed(
        `${plural(notEvaluated.length, 'row')} not evaluated by the scan`,
        rowsWith('not-evaluated', notEvaluated),
      ),
      dropOrder: 10,
      omitted: `${name}: ${plural(notEvaluated.length, 'not-evaluated row')} left out for space.`,
    },
    {
      text: collapsed(
        `${plural(platform.length, 'row')} the AKS platform attests`,
        rowsWith('platform', platform),
      ),
      dropOrder: 0,
      omitted: `${name}: ${plural(platform.length, 'platform row')} left out for space.`,
    },
  ].filter((block) => block.text !== '');
}

export const newFailures = (verdict: GateVerdict): Failure[] =>
  verdict.failures.filter((failure) => failure.isNew);
export const oldFailures = (verdict: GateVerdict): Failure[] =>
  verdict.failures.filter((failure) => !failure.isNew);

/**
 * Joins the blocks, dropping the least important (lowest dropOrder) until the text fits.
 * Returns undefined when even the undroppable blocks do not fit.
 */
export function fitBlocks(
  blocks: Block[],
  limit: number,
  footer: (cut: boolean) => string,
  measure: (text: string) => number = (text) => text.length,
): string | undefined {
  const current = blocks.filter((block) => block.text !== '');
  const render = (cut: boolean) =>
    [...current.map((block) => block.text), footer(cut)].filter((text) => text !== '').join('\n\n');
  const dropping = current
    .filter((block) => block.dropOrder !== undefined)
    .sort((a, b) => (a.dropOrder as number) - (b.dropOrder as number));
  let cut = false;
  for (const block of dropping) {
    if (measure(render(cut)) <= limit) return render(cut);
    const index = current.indexOf(block);
    current[index] = { text: block.omitted ?? '' };
    cut = true;
  }
  const text = render(cut);
  return measure(text) <= limit ? text : undefined;
}
