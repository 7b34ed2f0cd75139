import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { runAction, type ActionRun, type RunOptions } from './action-harness.js';
import { FakeGitHub } from './fake-github.js';

export interface ActionSession {
  github: FakeGitHub;
  run(options: Omit<RunOptions, 'bundle' | 'apiUrl'>): Promise<ActionRun>;
}

/** For one test file: the action bundle (test/support/bundles.ts) and a fake GitHub, started once and reset before each test. */
export function actionSession(): ActionSession {
  const github = new FakeGitHub();
  const bundle = inject('actionBundle');
  let apiUrl = '';
  beforeAll(async () => {
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());
  beforeEach(() => github.reset());
  return { github, run: (options) => runAction({ bundle, apiUrl, ...options }) };
}
