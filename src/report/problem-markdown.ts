import { ruleDocUrl } from '../benchmarks/catalog.js';
import { escapeMarkdown as escape, shorten } from './escape.js';
import { groupByResource, problemFix, type Problem, type RowFinding } from './problems.js';
import { describeSubject, templateOf } from './summary.js';

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Reference-style links, each target defined once at the end: the same rule page or line is
 * linked from several entries, and a comment has a size limit.
 */
export class LinkReferences {
  private readonly labels = new Map<string, string>();

  /** `[text][n]`, with `text` already Markdown. */
  link(text: string, url: string): string {
    let label = this.labels.get(url);
    if (label === undefined) {
      label = `${this.labels.size + 1}`;
      this.labels.set(url, label);
    }
    return `[${text}][${label}]`;
  }

  definitions(): string[] {
    return [...this.labels].map(([url, label]) => `[${label}]: ${url}`);
  }
}

/** The URL of a line in a file, when the file can be linked (the head commit's blob on GitHub). */
export type LineUrl = (file: string, line: number) => string | undefined;

/**
 * Problems as Markdown, grouped by object: each with its line, message, rule ids linked to
 * their pages, and the fix in the file's language. A fix shown once is referred to after.
 */
export class ProblemWriter {
  private readonly fixesShown = new Map<string, string>();

  constructor(
    private readonly references: LinkReferences,
    private readonly lineUrl: LineUrl = () => undefined,
  ) {}

  private ruleLinks(problem: Problem<RowFinding>): string {
    return problem.rows
      .map(({ benchmark, rule }) =>
        this.references.link(`${benchmark.family} ${rule.id}`, ruleDocUrl(benchmark.id, rule.id)),
      )
      .join(', ');
  }

  private place(problem: Problem<RowFinding>): string {
    const { location } = problem.finding;
    if (location.kind === 'live') return escape(shorten(location.apiAddress));
    const url = this.lineUrl(location.file, location.line);
    const label = `L${location.line}`;
    return url === undefined ? label : this.references.link(label, url);
  }

  private fix(problem: Problem<RowFinding>): string {
    const { label, text } = problemFix(problem);
    const first = problem.rows[0];
    const key = `${label}\u0000${text}`;
    const shownFor = this.fixesShown.get(key);
    if (shownFor !== undefined) return `${label}: as above (${shownFor}).`;
    if (first !== undefined) this.fixesShown.set(key, `${first.benchmark.family} ${first.rule.id}`);
    return `${label}: ${text.replace(/\s*\n\s*/g, ' ')}`;
  }

  private entry(problem: Problem<RowFinding>): string[] {
    const { finding } = problem;
    // Most messages name their container already; the template is on the object's line.
    const container =
      finding.container === undefined || finding.message.includes(`"${finding.container}"`)
        ? ''
        : ` (container ${escape(shorten(finding.container))})`;
    return [
      // A backslash at the end of the line is a hard break: the fix goes on a line of its own.
      `- ${this.place(problem)} ${escape(shorten(finding.message, 300))}${container} · ${this.ruleLinks(problem)}\\`,
      `  ${this.fix(problem)}`,
    ];
  }

  /** The first `limit` problems, by object, then how many were left out. */
  write(problems: readonly Problem<RowFinding>[], limit = problems.length): string[] {
    const shown = problems.slice(0, limit);
    const lines = groupByResource(shown).flatMap((group) => {
      const first = group.problems[0]?.finding;
      const live = first?.location.kind === 'live';
      const template = templateOf(first);
      const shownTemplate = template === undefined ? '' : ` (template ${escape(shorten(template))})`;
      const where = live ? '' : ` in ${escape(shorten(group.file))}${shownTemplate}`;
      const heading =
        live && first?.cluster !== undefined
          ? escape(shorten(describeSubject(first)))
          : escape(shorten(group.resource));
      return ['', `**${heading}**${where}`, '', ...group.problems.flatMap((problem) => this.entry(problem))];
    });
    const cut = problems.length - shown.length;
    return cut === 0 ? lines : [...lines, '', `…and ${plural(cut, 'more problem')}, left out for space.`];
  }

  /** `### Title (N)` and the problems, or nothing when there are none. */
  section(title: string, problems: readonly Problem<RowFinding>[], limit = problems.length): string[] {
    if (problems.length === 0) return [];
    return ['', `### ${title} (${problems.length})`, ...this.write(problems, limit)];
  }
}
