import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { context as libraryContext } from '@actions/github';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { repositoryRoot } from '../../test/action/action-harness.js';
import { runContextOf, runEventOf, type RunContext } from './event.js';

const pullRequestEvent = join(repositoryRoot, 'test', 'action', 'fixtures', 'pull_request.synchronize.json');

const payload = () =>
  JSON.parse(readFileSync(pullRequestEvent, 'utf8')) as { pull_request: { head: { repo: unknown } } };

function contextOf(eventName: string, eventPayload: object): RunContext {
  return {
    eventName,
    payload: eventPayload,
    sha: 'merge-sha',
    workflow: 'CIS gate',
    serverUrl: 'https://github.com',
    repo: { owner: 'octo-org', repo: 'shop' },
  };
}

describe('runEventOf', () => {
  test('a pull request links to its head commit and compares with its base', () => {
    expect(runEventOf(contextOf('pull_request', payload()))).toEqual({
      owner: 'octo-org',
      repo: 'shop',
      serverUrl: 'https://github.com',
      workflow: 'CIS gate',
      eventName: 'pull_request',
      headSha: 'HEAD_SHA',
      pullRequest: { number: 42, baseSha: 'BASE_SHA', fromFork: false },
    });
  });

  test('a head in another repository, or a deleted one, is a fork', () => {
    const fork = payload();
    fork.pull_request.head.repo = { full_name: 'someone/shop', fork: true };
    expect(runEventOf(contextOf('pull_request', fork)).pullRequest?.fromFork).toBe(true);
    const deleted = payload();
    deleted.pull_request.head.repo = null;
    expect(runEventOf(contextOf('pull_request', deleted)).pullRequest?.fromFork).toBe(true);
  });

  test('a push has no pull request and links to the pushed commit', () => {
    const event = runEventOf(contextOf('push', { after: 'merge-sha' }));
    expect(event.pullRequest).toBeUndefined();
    expect(event.headSha).toBe('merge-sha');
  });
});

describe('runContextOf', () => {
  // @actions/github's own Context class, read from the environment as the library reads it.
  const LibraryContext = libraryContext.constructor as new () => RunContext;
  const fields = ({ eventName, sha, workflow, serverUrl, payload, repo }: RunContext) => ({
    eventName,
    sha,
    workflow,
    serverUrl,
    payload,
    repo,
  });
  const runner = {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: pullRequestEvent,
    GITHUB_SHA: 'merge-sha',
    GITHUB_WORKFLOW: 'CIS gate',
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_SERVER_URL: 'https://ghe.example.com',
  };
  const stubRunner = (variables: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  };
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  test('reads what @actions/github reads: the variables and the event payload', () => {
    stubRunner(runner);
    const ours = runContextOf(process.env);
    expect(fields(ours)).toEqual(fields(new LibraryContext()));
    expect(runEventOf(ours)).toEqual(runEventOf(new LibraryContext()));
    expect(runEventOf(ours)).toMatchObject({ serverUrl: 'https://ghe.example.com', headSha: 'HEAD_SHA' });
  });

  test('as the library: github.com by default, the payload names the repository without GITHUB_REPOSITORY', () => {
    stubRunner({ ...runner, GITHUB_SERVER_URL: undefined, GITHUB_REPOSITORY: undefined });
    const ours = runContextOf(process.env);
    expect(fields(ours)).toEqual(fields(new LibraryContext()));
    expect(ours.serverUrl).toBe('https://github.com');
    expect(ours.repo).toEqual({ owner: 'octo-org', repo: 'shop' });
  });

  test('as the library: a missing event file is an empty payload', () => {
    stubRunner({ ...runner, GITHUB_EVENT_PATH: join(repositoryRoot, 'no-such-event.json') });
    vi.spyOn(process.stdout, 'write').mockReturnValue(true);
    const ours = runContextOf(process.env);
    expect(fields(ours)).toEqual(fields(new LibraryContext()));
    expect(ours.payload).toEqual({});
    vi.restoreAllMocks();
  });
});
