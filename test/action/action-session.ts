import { afterAll, beforeAll, beforeEach } from 'vitest';
import { actionBundle, runAction, type ActionRun, type RunOptions } from './action-harness.js';
import { FakeGitHub } from './fake-github.js';

export interface ActionSession {
  github: FakeGitHub;
  run(options: Omit<RunOptions, 'bundle' | 'apiUrl'>): Promise<ActionRun>;
}

/** For one test file: the action bundle and a fake GitHub, started once and reset before each test. */
export function actionSession(): ActionSession {
  const github = new FakeGitHub();
  let bundle = '';
  let apiUrl = '';
  beforeAll(async () => {
    bundle = await actionBundle();
    apiUrl = await github.start();
  });
  afterAll(() => github.stop());
  beforeEach(() => github.reset());
  return { github, run: (options) => runAction({ bundle, apiUrl, ...options }) };
}
