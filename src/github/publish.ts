import {
  annotationsOf,
  emitWorkflowAnnotations,
  publishCheckRun,
  type WorkflowCommands,
} from './annotations.js';
import { commentMarker, renderComment, upsertComment } from './comment.js';
import type { RunEvent } from './event.js';
import { describeApiError, statusOf } from './api-errors.js';
import type { GitHubClient } from './octokit.js';
import { fitResults, renderResults, type ResultsView } from './results-markdown.js';
import { appendJobSummary } from './runner-commands.js';
import { renderJobSummary } from './summary.js';

export interface PublishLog extends WorkflowCommands {
  info(message: string): void;
  warning(message: string): void;
}

export interface PublishRequest {
  event: RunEvent;
  view: ResultsView;
  token: string;
  comment: boolean;
  /** Outside pull requests (a post-deploy live scan on a push), `comment` becomes a commit comment. */
  commitComment?: boolean;
  annotations: boolean;
  reportJsonPath: string;
  log: PublishLog;
}

/** Why nothing can be written to the repository, or undefined when something may be. */
function whyReadOnly(token: string, event: RunEvent): string | undefined {
  if (token === '') return 'no github-token was given';
  if (event.pullRequest?.fromFork)
    return 'the pull request comes from a fork, whose token GitHub makes read-only';
  return undefined;
}

/** A failure that says the API itself is down (5xx, network), not that the token lacks a permission. */
const apiUnavailable = (error: unknown): boolean => (statusOf(error) ?? 500) >= 500;

/** Creates or edits the sticky comment; returns why the API is unusable, when it is. */
async function publishComment(client: GitHubClient, request: PublishRequest): Promise<string | undefined> {
  const { event, view, log } = request;
  if (event.pullRequest === undefined) return undefined;
  const marker = commentMarker(event.workflow);
  const target = { owner: event.owner, repo: event.repo, number: event.pullRequest.number };
  const outcome = await upsertComment(client, target, marker, renderComment(view, marker));
  if (outcome.kind !== 'failed') {
    log.info(`pull request comment ${outcome.kind} (id ${outcome.id})`);
    return undefined;
  }
  const status = statusOf(outcome.error);
  const why =
    status === 403 || status === 404
      ? 'the token may not write pull request comments (it needs pull-requests: write)'
      : `the GitHub API failed (${describeApiError(outcome.error)})`;
  log.warning(`No pull request comment: ${why}. The job summary has the results.`);
  return apiUnavailable(outcome.error) ? describeApiError(outcome.error) : undefined;
}

/** Comments the pushed commit with the results (live mode, outside pull requests). */
async function publishCommitComment(
  client: GitHubClient,
  request: PublishRequest,
): Promise<string | undefined> {
  const { event, view, log } = request;
  try {
    const { data } = await client.rest.repos.createCommitComment({
      owner: event.owner,
      repo: event.repo,
      commit_sha: event.headSha,
      body: renderComment(view, commentMarker(event.workflow)),
    });
    log.info(`commit comment created (id ${data.id})`);
    return undefined;
  } catch (error) {
    const status = statusOf(error);
    const why =
      status === 403 || status === 404
        ? 'the token may not write commit comments (it needs contents: write)'
        : `the GitHub API failed (${describeApiError(error)})`;
    log.warning(`No commit comment: ${why}. The job summary has the results.`);
    return apiUnavailable(error) ? describeApiError(error) : undefined;
  }
}

// Check-run summaries hold at most 65,535 characters.
const checkRunSummaryLimit = 65_000;
// GitHub spaces writes about a second apart: 50 requests of 50 keep the step under a minute.
const maxCheckRunAnnotations = 2_500;

/** Annotations through a check run where possible; what the check run did not take goes out as workflow commands. */
async function publishAnnotations(
  client: GitHubClient | undefined,
  request: PublishRequest,
  noCheckRun: string | undefined,
): Promise<void> {
  const { event, view, log } = request;
  const annotations = annotationsOf(view.report, view.verdict);
  let sent = 0;
  if (client !== undefined && noCheckRun === undefined) {
    const summary = fitResults(
      view,
      checkRunSummaryLimit,
      (text) => text.length,
      (shown) => renderResults(view, shown),
    );
    const outcome = await publishCheckRun(
      client,
      { owner: event.owner, repo: event.repo, headSha: event.headSha, name: 'aks-cis-gate' },
      {
        title: view.verdict.passed ? 'Not blocked' : 'Blocked',
        summary,
        conclusion: view.verdict.passed ? 'success' : 'failure',
      },
      annotations.slice(0, maxCheckRunAnnotations),
    );
    sent = outcome.sent;
    if (outcome.error === undefined) {
      const beyond = annotations.length - outcome.sent;
      log.info(
        beyond === 0
          ? `check run: ${outcome.sent} annotations`
          : `check run: the first ${outcome.sent} annotations; ${beyond} more (warnings last) are in the job summary and the JSON report`,
      );
      return;
    }
    log.warning(
      outcome.created
        ? `The check run took ${outcome.sent} of ${annotations.length} annotations before the API failed (${outcome.error}); the rest follow as workflow commands.`
        : `No check run (${outcome.error}; creating one needs checks: write); annotating with workflow commands instead.`,
    );
  } else {
    log.info(`No check run: ${noCheckRun}; annotating with workflow commands instead.`);
  }
  const rest = annotations.slice(sent);
  const cut = emitWorkflowAnnotations(rest, log);
  if (cut > 0) {
    log.info(
      `${cut} of ${rest.length} annotations were not shown: GitHub shows 10 errors and 10 warnings per step from workflow commands. Every failure is in the job summary and the JSON report.`,
    );
  }
}

/**
 * Job summary, comment and annotations, in that order. Each part fails on its own and
 * only warns: the verdict is already set, and an API outage must not change it. Once the
 * API has failed outright, the check run is not tried, so an outage costs one retry cycle.
 */
export async function publishResults(request: PublishRequest): Promise<void> {
  const { log } = request;
  const guard = async <T>(what: string, step: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await step();
    } catch (error) {
      log.warning(`${what} failed: ${describeApiError(error)}`);
      return undefined;
    }
  };
  await guard('job summary', () => appendJobSummary(renderJobSummary(request.view, request.reportJsonPath)));
  const readOnly = whyReadOnly(request.token, request.event);
  const client =
    request.token === '' || !(request.comment || request.annotations)
      ? undefined
      : (await import('./octokit.js')).createGitHubClient(request.token, log);
  let apiDown: string | undefined;
  if (request.comment && request.event.pullRequest !== undefined) {
    if (readOnly !== undefined || client === undefined) log.info(`No pull request comment: ${readOnly}.`);
    else apiDown = await guard('pull request comment', () => publishComment(client, request));
  } else if (request.comment && request.commitComment === true) {
    if (readOnly !== undefined || client === undefined) log.info(`No commit comment: ${readOnly}.`);
    else apiDown = await guard('commit comment', () => publishCommitComment(client, request));
  }
  if (request.annotations) {
    const noCheckRun =
      readOnly ?? (apiDown === undefined ? undefined : `the GitHub API is failing (${apiDown})`);
    await guard('annotations', () => publishAnnotations(client, request, noCheckRun));
  }
}
