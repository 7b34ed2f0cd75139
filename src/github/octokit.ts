import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientLog {
  info(message: string): void;
  warning(message: string): void;
}

/**
 * Octokit with retries for 5xx and GitHub's rate-limit handling. The base URL comes from
 * GITHUB_API_URL (GitHub Enterprise, or a loopback server in tests). Each reporting call
 * catches its own failures, so an API outage costs a comment, never the verdict. Loaded only
 * when something is written through the API: Octokit and its REST endpoint table are a large
 * part of the action's start-up.
 */
export function createGitHubClient(token: string, log: ClientLog): GitHubClient {
  // Wait once for a limit that lifts within a minute; otherwise give up on that request.
  const retryOnce =
    (limit: string) =>
    (retryAfter: number, options: { method: string; url: string }, _client: unknown, retryCount: number) => {
      log.warning(`GitHub API ${limit} on ${options.method} ${options.url}; retry after ${retryAfter} s`);
      return retryCount < 1 && retryAfter <= 60;
    };
  return getOctokit(
    token,
    {
      baseUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com',
      // Two retries (1 s, then 4 s): long enough for a blip, short enough not to hold a job hostage.
      retry: { retries: 2 },
      throttle: {
        onRateLimit: retryOnce('rate limit'),
        onSecondaryRateLimit: retryOnce('secondary rate limit'),
      },
      // Octokit's own chatter goes to the log, not to warning annotations.
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (message: string) => log.info(message),
        error: (message: string) => log.info(message),
      },
    },
    retry,
    throttling,
  );
}
