import type { GitHubClient } from './octokit.js';
import { fitResults, renderResults, type ResultsView } from './results-markdown.js';

/**
 * A reviewer reads a comment in a minute; the job summary holds the rest. (GitHub itself
 * rejects comment bodies over 65,536 characters.)
 */
export const commentLimit = 12_000;

/** The hidden marker that finds this workflow's comment again; `--` cannot end the HTML comment early. */
export function commentMarker(workflow: string): string {
  return `<!-- aks-cis-gate:${workflow.replace(/--+/g, '-').replace(/[<>\n\r]/g, ' ')} -->`;
}

const whereTheRestIs =
  '_Parts of this report were left out to fit in a comment: the job summary of this run and its JSON report (the `report-json` output) have every finding._';

/**
 * The PR comment: the verdict and why, the blocking failures, the other new failures, one
 * line per benchmark for the platform's rows, then old failures and the remaining rows
 * collapsed. Past `limit`, it is cut from the bottom and says where the rest is.
 */
export function renderComment(view: ResultsView, marker: string, limit = commentLimit): string {
  return fitResults(
    view,
    limit,
    (text) => text.length,
    (shown, cut) => `${marker}\n${renderResults(view, shown)}${cut ? `\n${whereTheRestIs}\n` : ''}`,
  );
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
