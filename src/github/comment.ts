import type { GitHubClient } from './octokit.js';
import {
  addedSuppressionTable,
  benchmarkBlocks,
  configChangeList,
  errorList,
  failureTable,
  fitBlocks,
  headline,
  newFailures,
  noticeList,
  oldFailures,
  type Block,
  type ResultsView,
} from './results-markdown.js';

/** GitHub rejects comment bodies over 65,536 characters (422); keep a margin for the marker. */
export const commentLimit = 65_000;

/** The hidden marker that finds this workflow's comment again; `--` cannot end the HTML comment early. */
export function commentMarker(workflow: string): string {
  return `<!-- aks-cis-gate:${workflow.replace(/--+/g, '-').replace(/[<>\n\r]/g, ' ')} -->`;
}

const footer = (cut: boolean): string =>
  cut
    ? "_Parts of this report were left out to stay under GitHub's comment size limit. The job summary has the whole report._"
    : '';

/**
 * The PR comment: headline, new failures with links, then each benchmark's table. When it
 * would not fit, the least important parts go first (platform rows, then not-evaluated,
 * passing, old failures, failing rows), and as a last resort the new-failure list is cut.
 */
export function renderComment(view: ResultsView, marker: string, limit = commentLimit): string {
  const fresh = newFailures(view.verdict);
  const blocksWith = (newLimit: number): Block[] => [
    { text: `${marker}\n${headline(view)}` },
    { text: configChangeList(view) },
    {
      text: addedSuppressionTable(view),
      dropOrder: 50,
      omitted: `${view.verdict.addedSuppressions.length} suppressions added by this pull request: see the job summary.`,
    },
    { text: failureTable('New failures', fresh, view.links, newLimit) },
    {
      text: errorList(view.report),
      dropOrder: 45,
      omitted: `${view.report.errors.length} input errors: see the job summary.`,
    },
    {
      text: failureTable('Failures the base already had', oldFailures(view.verdict), view.links),
      dropOrder: 30,
      omitted: `${oldFailures(view.verdict).length} failures the base already had: see the job summary.`,
    },
    ...view.report.benchmarks.flatMap((benchmark) => benchmarkBlocks(benchmark, view)),
    { text: noticeList(view.report), dropOrder: 5, omitted: 'Notices: see the job summary.' },
  ];
  const whole = fitBlocks(blocksWith(fresh.length), limit, footer);
  if (whole !== undefined) return whole;
  // Largest number of new-failure rows that still fits.
  let low = 0;
  let high = fresh.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitBlocks(blocksWith(middle), limit, footer) !== undefined) low = middle;
    else high = middle - 1;
  }
  return fitBlocks(blocksWith(low), limit, footer) ?? `${marker}\n${headline(view)}\n\n${footer(true)}`;
}

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

export type CommentOutcome = { kind: 'created' | 'updated'; id: number } | { kind: 'failed'; error: unknown };

interface IssueComment {
  id: number;
  body?: string | null;
  user?: { type?: string } | null;
}

/**
 * Creates the sticky comment once, then edits it in place. Only a bot's comment that starts
 * with our marker is ours: a person quoting the marker must not have their comment rewritten.
 */
export async function upsertComment(
  client: GitHubClient,
  target: PullRequestTarget,
  marker: string,
  body: string,
): Promise<CommentOutcome> {
  try {
    const comments: IssueComment[] = await client.paginate(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100,
    });
    const ours = comments.find(
      (comment) => comment.user?.type === 'Bot' && (comment.body ?? '').startsWith(marker),
    );
    if (ours) {
      await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: ours.id,
        body,
      });
      return { kind: 'updated', id: ours.id };
    }
    const created = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body,
    });
    return { kind: 'created', id: created.data.id };
  } catch (error) {
    return { kind: 'failed', error };
  }
}
