import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repositoryRoot } from '../../test/action/action-harness.js';
import { runEventOf } from './event.js';

type Context = Parameters<typeof runEventOf>[0];

const payload = () =>
  JSON.parse(
    readFileSync(join(repositoryRoot, 'test', 'action', 'fixtures', 'pull_request.synchronize.json'), 'utf8'),
  ) as { pull_request: { head: { repo: unknown } } };

function contextOf(eventName: string, eventPayload: object): Context {
  return {
    eventName,
    payload: eventPayload,
    sha: 'merge-sha',
    workflow: 'CIS gate',
    serverUrl: 'https://github.com',
    repo: { owner: 'octo-org', repo: 'shop' },
  } as unknown as Context;
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
