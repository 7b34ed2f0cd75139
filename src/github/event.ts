import type { context as githubContext } from '@actions/github';

type Context = typeof githubContext;

/** What the action needs to know about the run that triggered it. */
export interface RunEvent {
  owner: string;
  repo: string;
  serverUrl: string;
  /** The workflow's name: one sticky comment per pull request and workflow. */
  workflow: string;
  eventName: string;
  /** The commit findings link to and check runs attach to: the PR head, else the pushed commit. */
  headSha: string;
  pullRequest?: {
    number: number;
    baseSha: string;
    /** From another repository: the token is read-only, so nothing can be written. */
    fromFork: boolean;
  };
}

interface PullRequestPayload {
  number?: number;
  base?: { sha?: string; repo?: { full_name?: string } };
  head?: { sha?: string; repo?: { full_name?: string } | null };
}

/** Reads the run from @actions/github's context (GITHUB_* variables and the event payload). */
export function runEventOf(context: Context): RunEvent {
  const { owner, repo } = context.repo;
  const pull = context.payload.pull_request as PullRequestPayload | undefined;
  const event: RunEvent = {
    owner,
    repo,
    serverUrl: context.serverUrl,
    workflow: context.workflow,
    eventName: context.eventName,
    headSha: pull?.head?.sha ?? context.sha,
  };
  if (pull?.number === undefined || pull.base?.sha === undefined) return event;
  const baseRepository = pull.base.repo?.full_name ?? `${owner}/${repo}`;
  return {
    ...event,
    pullRequest: {
      number: pull.number,
      baseSha: pull.base.sha,
      // A deleted fork has no head repository: treat it as a fork.
      fromFork: pull.head?.repo?.full_name !== baseRepository,
    },
  };
}
