import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCliCaptured } from '../../test/support/cli-run.js';
import { secretsRole } from '../../test/support/manifests.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-cli-config-'));
  directories.push(directory);
  write(directory, files);
  return directory;
}

function write(directory: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, name)), { recursive: true });
    writeFileSync(join(directory, name), text);
  }
}

const git = (directory: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: directory,
    stdio: 'pipe',
  }).toString();

/** A repository whose first commit is `files`. */
function repository(files: Record<string, string>): string {
  const directory = tree(files);
  git(directory, 'init', '-q', '-b', 'main');
  git(directory, 'add', '-A');
  git(directory, 'commit', '-q', '-m', 'base');
  return directory;
}

const json = (stdout: string) => JSON.parse(stdout);

describe('--config', () => {
  test('the default file under the working directory is read, said on stderr, and flags win over it', async () => {
    const directory = tree({
      'deploy/role.yaml': secretsRole('reader'),
      'other/role.yaml': secretsRole('other'),
      '.github/aks-cis-gate.yml': 'paths: [deploy]\nfail-on: none\n',
    });
    const fromFile = await runCliCaptured(['scan', '-f', 'json'], directory);
    expect(fromFile.stderr).toContain('config: .github/aks-cis-gate.yml');
    expect(fromFile.status).toBe(0);
    const files = json(fromFile.stdout).benchmarks[0].rules.flatMap(
      (rule: { findings: { file: string }[] }) => rule.findings.map((finding) => finding.file),
    );
    expect(new Set(files)).toEqual(new Set(['deploy/role.yaml']));
    const flagged = await runCliCaptured(['scan', '-f', 'json', '--fail-on', 'automated'], directory);
    expect(flagged.status).toBe(1);
  });

  test('--config names another file; one that is missing or invalid is exit 2 naming the file and line', async () => {
    const directory = tree({
      'role.yaml': secretsRole('reader'),
      'ci/gate.yml': 'fail-on: none\n',
      'ci/bad.yml': 'level: L1\nfail-on: sometimes\n',
    });
    expect((await runCliCaptured(['scan', '--config', 'ci/gate.yml'], directory)).status).toBe(0);
    const bad = await runCliCaptured(['scan', '--config', 'ci/bad.yml'], directory);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'aks-cis-gate: ci/bad.yml:2: /fail-on must be equal to one of the allowed values\n',
    );
    const missing = await runCliCaptured(['scan', '--config', 'ci/none.yml'], directory);
    expect(missing).toMatchObject({
      status: 2,
      stderr: 'aks-cis-gate: ci/none.yml: config file not found\n',
    });
  });

  test('exclude: (and --exclude) leaves paths unscanned and lists them in every format', async () => {
    const directory = tree({
      'role.yaml': secretsRole('reader'),
      'vendor/role.yaml': secretsRole('vendored'),
      '.github/aks-cis-gate.yml': 'exclude: [vendor/**]\n',
    });
    const scanned = await runCliCaptured(['scan', '-f', 'json'], directory);
    expect(json(scanned.stdout).excluded).toEqual([{ path: 'vendor', pattern: 'vendor/**' }]);
    expect(scanned.stdout).not.toContain('vendored');
    const both = await runCliCaptured(
      ['scan', '-f', 'json', '--exclude', 'role.yaml', '--exclude', 'vendor'],
      directory,
    );
    // The command line's excludes replace the file's.
    expect(json(both.stdout).excluded).toEqual([
      { path: 'role.yaml', pattern: 'role.yaml' },
      { path: 'vendor', pattern: 'vendor' },
    ]);
    for (const format of ['table', 'markdown']) {
      const shown = await runCliCaptured(['scan', '-f', format], directory);
      // Markdown escapes the glob's stars.
      expect(shown.stdout).toMatch(/excluded by configuration: vendor \(vendor\/(\\?\*){2}\)/);
    }
  });

  test('skip: switches a rule off everywhere: Skipped with the reason, never Pass, never blocking', async () => {
    const directory = tree({
      'role.yaml': secretsRole('reader'),
      '.github/aks-cis-gate.yml':
        'skip:\n  - rule: 5.1.2\n    reason: the vault agent reads secrets by design\n',
    });
    const scanned = await runCliCaptured(['scan', '-f', 'json'], directory);
    expect(scanned.status).toBe(0);
    const report = json(scanned.stdout);
    expect(report.skippedRules).toEqual([
      {
        rule: 'cis-kubernetes:5.1.2',
        reason: 'the vault agent reads secrets by design',
        source: '.github/aks-cis-gate.yml',
      },
    ]);
    const row = report.benchmarks[0].rules.find((rule: { id: string }) => rule.id === '5.1.2');
    expect(row).toMatchObject({ status: 'Skipped', decidedBy: 'config', findings: [] });
    expect(row.reason).toContain('the vault agent reads secrets by design');
    // What remains is the namespace's missing NetworkPolicy (5.3.2, Manual): no 5.1.2 finding counts.
    expect(report.verdict.counts).toMatchObject({ findings: 1, blocking: 0 });
    const sarif = json((await runCliCaptured(['scan', '-f', 'sarif'], directory)).stdout);
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).not.toContain(
      'cis-kubernetes:5.1.2',
    );
    expect(sarif.runs[0].invocations[0].toolConfigurationNotifications).toEqual([
      {
        level: 'note',
        descriptor: { id: 'cis-kubernetes:5.1.2' },
        message: {
          text: 'cis-kubernetes:5.1.2 skipped by configuration (.github/aks-cis-gate.yml): the vault agent reads secrets by design',
        },
      },
    ]);
    for (const format of ['table', 'markdown']) {
      const shown = await runCliCaptured(['scan', '-f', format], directory);
      expect(shown.stdout).toContain(
        'cis-kubernetes:5.1.2 skipped by configuration: the vault agent reads secrets by design',
      );
    }
  });
});

describe('--fail-on new-automated and new compare with a baseline', () => {
  test('without --baseline or --base it is exit 2 with one line', async () => {
    const directory = tree({ 'role.yaml': secretsRole('reader') });
    const run = await runCliCaptured(['scan', '--fail-on', 'new-automated'], directory);
    expect(run).toMatchObject({
      status: 2,
      stderr:
        'aks-cis-gate: --fail-on new-automated needs a baseline: --baseline REPORT.json or --base REF\n',
    });
    write(directory, { '.github/aks-cis-gate.yml': 'fail-on: new\n' });
    expect((await runCliCaptured(['scan'], directory)).stderr).toBe(
      'config: .github/aks-cis-gate.yml\naks-cis-gate: --fail-on new (from the config file) needs a baseline: --baseline REPORT.json or --base REF\n',
    );
  });

  test('--baseline REPORT.json: findings the earlier report holds do not block, new ones do', async () => {
    const directory = tree({ 'role.yaml': secretsRole('reader') });
    await runCliCaptured(['scan', '-f', 'json', '-o', 'base.json'], directory);
    const same = await runCliCaptured(
      ['scan', 'role.yaml', '--fail-on', 'new-automated', '--baseline', 'base.json'],
      directory,
    );
    expect(same.status).toBe(0);
    expect(same.stderr).toContain('baseline: the committed report base.json');
    write(directory, { 'more.yaml': secretsRole('writer') });
    const added = await runCliCaptured(
      [
        'scan',
        'role.yaml',
        'more.yaml',
        '-f',
        'json',
        '--fail-on',
        'new-automated',
        '--baseline',
        'base.json',
      ],
      directory,
    );
    expect(added.status).toBe(1);
    expect(json(added.stdout).verdict.counts).toMatchObject({ findings: 3, new: 1, blocking: 1 });
    // A version 1 report (before "Not evaluated") still serves.
    const stored = json(readFileSync(join(directory, 'base.json'), 'utf8'));
    write(directory, { 'v1.json': JSON.stringify({ ...stored, schemaVersion: 1 }) });
    const fromV1 = await runCliCaptured(
      ['scan', 'role.yaml', '--fail-on', 'new-automated', '--baseline', 'v1.json'],
      directory,
    );
    expect(fromV1.status).toBe(0);
  });

  test('a --baseline that is not a valid report is exit 2, never "everything is new"', async () => {
    const directory = tree({
      'role.yaml': secretsRole('reader'),
      'forged.json': JSON.stringify({
        schemaVersion: 2,
        benchmarks: 'none',
        skipped: [],
        notChecked: [],
        errors: [],
      }),
    });
    const run = await runCliCaptured(
      ['scan', 'role.yaml', '--fail-on', 'new', '--baseline', 'forged.json'],
      directory,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'aks-cis-gate: baseline forged.json is not a valid schemaVersion 2 report: /benchmarks must be array\n',
    );
  });

  test('--base REF scans the commit as the action scans a base: only what the working tree adds blocks', async () => {
    const directory = repository({ 'deploy/role.yaml': secretsRole('reader') });
    write(directory, { 'deploy/more.yaml': secretsRole('writer') });
    const run = await runCliCaptured(
      ['scan', 'deploy', '-f', 'json', '--fail-on', 'new-automated', '--base', 'main'],
      directory,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/baseline: the commit [0-9a-f]{7} \(--base main\)/);
    const report = json(run.stdout);
    expect(report.verdict.counts).toMatchObject({ findings: 3, new: 1, blocking: 1 });
    expect(run.stderr).toContain('Role/shop/writer at deploy/more.yaml:7');
    expect(run.stderr).not.toContain('Role/shop/reader');
  });

  test("with --base, the gate settings, exclude and skip come from the base commit's config, not the working tree's", async () => {
    const directory = repository({
      'role.yaml': secretsRole('reader'),
      '.github/aks-cis-gate.yml': 'fail-on: new-automated\n',
    });
    write(directory, {
      'more.yaml': secretsRole('writer'),
      '.github/aks-cis-gate.yml':
        'fail-on: none\nexclude: [more.yaml]\nskip:\n  - rule: 5.1.2\n    reason: hide it\n',
    });
    const run = await runCliCaptured(['scan', '-f', 'json', '--base', 'HEAD'], directory);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('config: .github/aks-cis-gate.yml (gate settings from the base commit)');
    expect(run.stderr).toContain(
      'the working tree changes fail-on: new-automated → none; it takes effect after merge',
    );
    const report = json(run.stdout);
    expect(report.excluded).toBeUndefined();
    expect(report.skippedRules).toBeUndefined();
    expect(report.verdict.counts).toMatchObject({ new: 1, blocking: 1 });
  });

  test('a --base that git cannot resolve, or that reads as an option, is exit 2; so is a PATH outside the repository', async () => {
    const directory = repository({ 'role.yaml': secretsRole('reader') });
    const option = await runCliCaptured(['scan', '--fail-on', 'new', '--base=--output=/tmp/x'], directory);
    expect(option).toMatchObject({ status: 2 });
    expect(option.stderr).toContain('is not a git revision (it must not start with "-")');
    const unknown = await runCliCaptured(['scan', '--fail-on', 'new', '--base', 'no-such-branch'], directory);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--base "no-such-branch" names no commit in');
    const outside = tree({ 'x.yaml': secretsRole('x') });
    const far = await runCliCaptured(['scan', join(outside, 'x.yaml'), '--base', 'main'], directory);
    expect(far.status).toBe(2);
    expect(far.stderr).toContain('must be inside the working directory');
    expect(await runCliCaptured(['scan', '--base', 'main'], tree({ 'x.yaml': '' }))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is not inside a git repository'),
    });
  });

  test('--baseline and --base together, or with --live or --shard, are argument errors', async () => {
    const directory = tree({});
    for (const argv of [
      ['scan', '--baseline', 'a.json', '--base', 'main'],
      ['scan', '--live', '--base', 'main'],
      ['scan', '--shard', '1/2', '--baseline', 'a.json'],
    ]) {
      expect((await runCliCaptured(argv, directory)).status).toBe(2);
    }
  });
});
