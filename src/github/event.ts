import { existsSync, readFileSync } from 'node:fs';
import type { context as githubContext } from '@actions/github';

/** The parts of @actions/github's `context` that the action reads. */
export type RunContext = Pick<
  typeof githubContext,
  'eventName' | 'sha' | 'workflow' | 'serverUrl' | 'payload' | 'repo'
>;

/**
 * The run's context, built as @actions/github's Context builds it: the GITHUB_* variables and
 * the event payload the runner wrote. Read here because that package's entry points (its
 * exports allow no other) create its Octokit client as they load, which with the REST endpoint
 * table costs the action a large part of its start-up; the client is loaded only to publish.
 */
export function runContextOf(env: NodeJS.ProcessEnv): RunContext {
  const eventPath = env['GITHUB_EVENT_PATH'];
  // As the library: a missing event file is an empty payload; a malformed one throws (the runner wrote it).
  const payload: RunContext['payload'] =
    eventPath && existsSync(eventPath)
      ? (JSON.parse(readFileSync(eventPath, 'utf8')) as RunContext['payload'])
      : {};
  return {
    eventName: env['GITHUB_EVENT_NAME'] as string,
    sha: env['GITHUB_SHA'] as string,
    workflow: env['GITHUB_WORKFLOW'] as string,
    serverUrl: env['GITHUB_SERVER_URL'] ?? 'https://github.com',
    payload,
    repo: repositoryOf(env, payload),
  };
}

function repositoryOf(env: NodeJS.ProcessEnv, payload: RunContext['payload']): RunContext['repo'] {
  const repository = env['GITHUB_REPOSITORY'];
  if (repository) {
    const [owner = '', repo = ''] = repository.split('/');
    return { owner, repo };
  }
  if (payload.repository) return { owner: payload.repository.owner.login, repo: payload.repository.name };
  throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
}

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

/** Reads the run from its context (GITHUB_* variables and the event payload). */
export function runEventOf(context: RunContext): RunEvent {
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
