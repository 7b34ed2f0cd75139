import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { logLine } from '../../src/log.js';
import { renderJson } from '../../src/report/json.js';
import type { ScanReport } from '../../src/results/results.js';
import { repositoryRoot } from '../action/action-harness.js';
import { expectNoInjectedCommand, hostileName } from './hostile-names.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function workspace(files: Record<string, string | Buffer>): string {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-hostile-'));
  directories.push(directory);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
  return directory;
}

async function cli(argv: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
  });
  return { status, stdout, stderr };
}

const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  greeting: hello\n';

describe('logLine', () => {
  test.each([
    ['::warning title=X::y', '%3A:warning title=X::y'],
    ['  ::error::x', '  %3A:error::x'],
    ['a\n::warning::b\r\nc', 'a\\n::warning::b\\r\\nc'],
    ['##[error]x', '#%23[error]x'],
    ['bell\u0007 escape\u001b[31m line\u2028sep', 'bell\\u0007 escape\\u001b[31m line\\u2028sep'],
    ['cis-aks:4.2.1 stays\tas it is', 'cis-aks:4.2.1 stays\tas it is'],
  ])('%j becomes %j', (message, expected) => {
    expect(logLine(message)).toBe(expected);
  });
});

describe('hostile names in the CLI log', () => {
  test('a path that does not exist is named in one line', async () => {
    const result = await cli(['scan', hostileName('yaml')], workspace({}));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"evil\\n::warning title=X::y.yaml"');
    expectNoInjectedCommand(result.stderr);
  });

  test('--output names its file in one line', async () => {
    const directory = workspace({ 'app.yaml': configMap });
    const result = await cli(['scan', 'app.yaml', '--output', hostileName('md')], directory);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('report written to evil\\n::warning title=X::y.md');
    expectNoInjectedCommand(result.stderr);
  });

  test('a Bicep module used by a file with a hostile name', async () => {
    const directory = workspace({
      [hostileName('bicep')]: "module settings 'settings.bicep' = {\n  name: 'settings'\n}\n",
      'settings.bicep': "param location string = 'westeurope'\noutput where string = location\n",
    });
    const result = await cli(['scan', '.', '--format', 'json'], directory);
    expect(result.stderr).toContain('settings.bicep is checked through the module reference in evil\\n');
    expectNoInjectedCommand(result.stderr);
  });
});

describe('invalid UTF-8', () => {
  test('is an input error at its line, and the scan goes on', async () => {
    const broken = Buffer.concat([
      Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const directory = workspace({ 'broken.yaml': broken, 'app.yaml': configMap });
    const result = await cli(['scan', 'broken.yaml', 'app.yaml', '--format', 'json'], directory);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as ScanReport;
    expect(report.errors).toEqual([
      { file: 'broken.yaml', line: 4, message: expect.stringContaining('not valid UTF-8') },
    ]);
    expect(report.benchmarks.length).toBeGreaterThan(0);
  });

  test('a valid file with a byte order mark and non-ASCII text is read', async () => {
    const directory = workspace({ 'app.yaml': `\uFEFF${configMap}  motto: grüße, 日本\n` });
    const result = await cli(['scan', 'app.yaml', '--format', 'json'], directory);
    expect((JSON.parse(result.stdout) as ScanReport).errors).toEqual([]);
  });
});

/** A Terraform plan whose default node pool's os_sku is `value`. */
function planWithOsSku(value: string): string {
  const plan = JSON.parse(
    readFileSync(
      join(
        repositoryRoot,
        'test/fixtures/terraform/cluster.key-vault-secrets-provider/fail-no-add-on/plan.json',
      ),
      'utf8',
    ),
  ) as {
    planned_values: { root_module: { resources: { values: { default_node_pool: { os_sku: string }[] } }[] } };
  };
  const pool = plan.planned_values.root_module.resources[0]?.values.default_node_pool[0];
  if (pool === undefined) throw new Error('the fixture plan has no default node pool');
  pool.os_sku = value;
  return JSON.stringify(plan);
}

describe('huge input values are quoted, never copied whole', () => {
  test('a 50 MB os_sku: the CLI process finishes, each reason quotes 200 characters', async () => {
    const directory = workspace({ 'plan.json': planWithOsSku('A'.repeat(50 * 1024 * 1024)) });
    // A process of its own, as users run the CLI: running out of memory kills it, not the test runner.
    const { stdout } = await promisify(execFile)(
      join(repositoryRoot, 'node_modules', '.bin', 'vite-node'),
      [
        join(repositoryRoot, 'src', 'cli', 'main.ts'),
        'scan',
        'plan.json',
        '--format',
        'json',
        '--fail-on',
        'none',
      ],
      { cwd: directory, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(stdout.length).toBeLessThan(4 * 1024 * 1024);
    const report = JSON.parse(stdout) as ScanReport;
    const reasons = report.benchmarks.flatMap((benchmark) => benchmark.rules.map((rule) => rule.reason));
    expect(
      reasons.some((reason) => reason.includes(`${'A'.repeat(200)}…(${50 * 1024 * 1024} characters)`)),
    ).toBe(true);
  }, 300_000);

  test('a 4 MiB os_sku renders as JSON', async () => {
    const directory = workspace({ 'plan.json': planWithOsSku('B'.repeat(4 * 1024 * 1024)) });
    const result = await cli(['scan', 'plan.json', '--format', 'json', '--fail-on', 'none'], directory);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as ScanReport;
    expect(() => renderJson(report)).not.toThrow();
    expect(result.stdout.length).toBeLessThan(4 * 1024 * 1024);
  });
});
