import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixture = (name: string): string =>
  readFileSync(join(repositoryRoot, 'test', 'action', 'fixtures', name), 'utf8');

const gitIdentity = [
  '-c',
  'user.name=Test',
  '-c',
  'user.email=test@example.com',
  '-c',
  'commit.gpgsign=false',
];

function git(directory: string, args: string[]): string {
  return execFileSync('git', [...gitIdentity, ...args], { cwd: directory, encoding: 'utf8' }).trim();
}

function writeTree(directory: string, files: Record<string, string | undefined>): void {
  for (const [path, text] of Object.entries(files)) {
    const target = join(directory, path);
    if (text === undefined) {
      git(directory, ['rm', '-q', path]);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

export interface Workspace {
  directory: string;
  baseSha: string;
  headSha: string;
}

/**
 * A repository with a base commit and a head commit on top, cloned the way actions/checkout
 * does by default: shallow, holding the head commit only, so the action has to fetch the base.
 */
export function createWorkspace(
  base: Record<string, string>,
  head: Record<string, string | undefined>,
): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'aks-cis-gate-e2e-'));
  const origin = join(root, 'origin');
  mkdirSync(origin);
  git(origin, ['init', '-q', '-b', 'main']);
  writeTree(origin, base);
  git(origin, ['add', '-A']);
  git(origin, ['commit', '-q', '-m', 'base']);
  const baseSha = git(origin, ['rev-parse', 'HEAD']);
  writeTree(origin, head);
  git(origin, ['add', '-A']);
  git(origin, ['commit', '-q', '--allow-empty', '-m', 'head']);
  const headSha = git(origin, ['rev-parse', 'HEAD']);
  const directory = join(root, 'workspace');
  git(root, ['clone', '-q', '--depth=1', `file://${origin}`, directory]);
  return { directory, baseSha, headSha };
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export const fakeToken = 'ghs_e2eFakeToken0123456789abcdefABCDEF';

/** action.yml's defaults as the runner passes them: INPUT_<NAME> with `${{ github.token }}` filled in. */
function defaultInputs(): Record<string, string> {
  const action = load(readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, input]) => input.default !== undefined)
      .map(([name, input]) => [name, String(input.default).replace('${{ github.token }}', fakeToken)]),
  );
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

export interface RunOptions {
  bundle: string;
  workspace: Workspace;
  apiUrl: string;
  inputs?: Record<string, string>;
  /** Changes the pull_request payload (a fork, for instance). */
  editPayload?: (payload: PullRequestPayload) => void;
  eventName?: string;
  /** Variables a workflow (or a step before this one) sets, such as BICEP_PATH or KUBECONFIG. */
  env?: Record<string, string>;
}

export interface PullRequestPayload {
  pull_request: {
    head: { sha: string; repo: { full_name: string; fork: boolean } | null };
    base: { sha: string };
  };
}

/** Runs `node <bundle>` with the environment the Actions runner gives a JavaScript action. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'aks-cis-gate-runner-'));
  const payload = JSON.parse(
    fixture('pull_request.synchronize.json')
      .replaceAll('HEAD_SHA', options.workspace.headSha)
      .replaceAll('BASE_SHA', options.workspace.baseSha),
  ) as PullRequestPayload;
  options.editPayload?.(payload);
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const outputPath = join(runnerTemp, 'output');
  const summaryPath = join(runnerTemp, 'summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { ...defaultInputs(), ...options.inputs };
  const environment: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: options.workspace.headSha,
    GITHUB_REF: 'refs/pull/42/merge',
    GITHUB_WORKFLOW: 'CIS gate',
    GITHUB_RUN_ID: '7001',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_WORKSPACE: options.workspace.directory,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    ...options.env,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  };
  const child = spawn(process.execPath, [options.bundle], {
    cwd: options.workspace.directory,
    env: environment,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
  };
}

/** The 1-based line of the first line of `text` containing `marker`. */
export function lineOf(text: string, marker: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`marker "${marker}" not in fixture`);
  return index + 1;
}
