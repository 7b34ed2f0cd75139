import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCliArgs } from './args.js';
import { runCli } from './run.js';

interface Captured {
  status: number;
  stdout: string;
  stderr: string;
}

async function cli(
  argv: string[],
  cwd: string,
  isTTY = false,
  env: Record<string, string> = {},
  columns?: number,
): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: {
      write: (text: string) => (stdout += text),
      isTTY,
      ...(columns === undefined ? {} : { columns }),
    },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env,
  });
  return { status, stdout, stderr };
}

const privilegedPod = `apiVersion: v1
kind: Pod
metadata:
  name: debug
  namespace: tools
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true
`;

function workspace(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

describe('arguments', () => {
  test('defaults: table on a terminal and markdown elsewhere; the gate options only as given', () => {
    const onTerminal = parseCliArgs(['scan'], true);
    // The config file, then the CLI's default (automated, L2), fill in what is not given.
    expect(onTerminal).toMatchObject({
      ok: true,
      command: { format: 'table', namespace: 'default', policy: {}, exclude: [] },
    });
    expect(onTerminal.ok && onTerminal.command).not.toHaveProperty('compareWith', expect.anything());
    expect(parseCliArgs(['scan'], false)).toMatchObject({ ok: true, command: { format: 'markdown' } });
  });

  test('repeatable options and every flag', () => {
    const parsed = parseCliArgs(
      [
        'scan',
        'a',
        'b',
        '--benchmark',
        'cis-aks',
        '--benchmark',
        'cis-kubernetes-v1.12.0',
        '--level',
        'L1',
        '--fail-on',
        'all',
        '--allow-errors',
        '--allow-unchecked',
        '--namespace',
        'shop',
        '--format',
        'sarif',
        '--output',
        'out.sarif',
        '--bicep-path',
        '/opt/bicep',
        '--parameters',
        'p1.bicepparam',
        '--parameters',
        'p2.json',
        '--terraform-dir',
        'infra',
        '--var-file',
        'prod.tfvars',
        '--var-file',
        'eu.tfvars',
        '--limit',
        'maxAliases=500',
        '--config',
        'ci/gate.yml',
        '--exclude',
        'vendor/**',
        '--exclude',
        '**/*.generated.yaml',
        '--base',
        'origin/main',
      ],
      false,
    );
    expect(parsed).toEqual({
      ok: true,
      command: {
        kind: 'scan',
        paths: ['a', 'b'],
        benchmarks: ['cis-aks', 'cis-kubernetes-v1.12.0'],
        namespace: 'shop',
        format: 'sarif',
        output: 'out.sarif',
        verbose: false,
        progress: false,
        bicepPath: '/opt/bicep',
        bicepRestore: true,
        bicepRegistries: [],
        parameterFiles: ['p1.bicepparam', 'p2.json'],
        terraformDir: 'infra',
        terraformVarFiles: ['prod.tfvars', 'eu.tfvars'],
        limits: { maxAliases: 500 },
        policy: { failOn: 'all', level: 'L1', failOnError: false, failOnUnchecked: false },
        config: 'ci/gate.yml',
        exclude: ['vendor/**', '**/*.generated.yaml'],
        compareWith: { kind: 'commit', ref: 'origin/main' },
      },
    });
  });

  test('--no-restore and --bicep-registry say how bicep may reach registries', () => {
    const parsed = parseCliArgs(
      [
        'scan',
        '--no-restore',
        '--bicep-registry',
        'example.azurecr.io',
        '--bicep-registry',
        'localhost:5000',
      ],
      false,
    );
    expect(
      parsed.ok && [parsed.command.kind === 'scan' && parsed.command.bicepRestore, parsed.command],
    ).toEqual([
      false,
      expect.objectContaining({ bicepRegistries: ['example.azurecr.io', 'localhost:5000'] }),
    ]);
  });

  test.each([
    [
      ['scan', '--bicep-registry', 'https://example.azurecr.io/x'],
      '--bicep-registry "https://example.azurecr.io/x" is not a registry host name',
    ],
    [['scan', '--level', 'L3'], '--level must be one of L1, L2 (got "L3")'],
    [['scan', '--format', 'html'], '--format must be one of table, markdown, json, sarif (got "html")'],
    [['scan', '--nope'], "Unknown option '--nope'"],
    [['lint'], 'unknown command "lint"'],
    [[], 'missing command: scan, rules or explain'],
    [['rules', 'x'], 'rules takes no PATH (got "x")'],
    [['rules', '--level', 'L1'], 'rules takes no --level'],
    [['explain'], 'explain takes one RULE'],
    [['explain', '5.2.2', '5.2.3'], 'explain takes one RULE'],
  ])('%j is refused', (argv, message) => {
    const parsed = parseCliArgs(argv, false);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});

describe('runCli', () => {
  test('--help and --version print to stdout and exit 0', async () => {
    const help = await cli(['--help'], tmpdir());
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: aks-cis-gate scan');
    const version = await cli(['--version'], tmpdir());
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test('bad arguments exit 2 with the reason on stderr and nothing on stdout', async () => {
    const result = await cli(['scan', '--fail-on', 'sometimes'], tmpdir());
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toContain('--fail-on must be one of new-automated, automated, new, all, none');
  });

  test('--limit changes an input bound: a file over it is an error naming the bound, and a bad name exits 2', async () => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    const limited = await cli(
      ['scan', 'pod.yaml', '--format', 'json', '--limit', 'maxFileBytes=64'],
      directory,
    );
    expect(limited.status).toBe(1);
    const report = JSON.parse(limited.stdout) as { errors: { file: string; message: string }[] };
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]?.file).toBe('pod.yaml');
    expect(report.errors[0]?.message).toContain('64');
    const bad = await cli(['scan', 'pod.yaml', '--limit', 'maxPatience=1'], directory);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--limit takes NAME=N');
  });

  test('a PATH that does not exist exits 2', async () => {
    const result = await cli(['scan', 'missing.yaml'], workspace({}));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('missing.yaml');
  });

  test('an unknown benchmark exits 2', async () => {
    const result = await cli(
      ['scan', '--benchmark', 'cis-nothing'],
      workspace({ 'pod.yaml': privilegedPod }),
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown benchmark "cis-nothing"');
  });

  test('a failing Automated-or-not rule: JSON on stdout only; exit status follows --fail-on', async () => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    const all = await cli(['scan', 'pod.yaml', '--format', 'json', '--fail-on', 'all'], directory);
    const report = JSON.parse(all.stdout);
    const privileged = report.benchmarks[0].rules.find((rule: { id: string }) => rule.id === '5.2.2');
    expect(privileged).toMatchObject({ status: 'Fail', decidedBy: 'scan' });
    expect(privileged.findings[0]).toMatchObject({
      file: 'pod.yaml',
      line: 11,
      resource: 'Pod/tools/debug',
      container: 'shell',
    });
    expect(all.status).toBe(1);
    expect((await cli(['scan', 'pod.yaml', '--format', 'json', '--fail-on', 'none'], directory)).status).toBe(
      0,
    );
  });

  test('an unparsable file exits 1 unless --allow-errors, and the scan goes on', async () => {
    const directory = workspace({
      'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: [\n',
      'pod.yaml': privilegedPod,
    });
    const strict = await cli(['scan', '--format', 'json', '--fail-on', 'none'], directory);
    const report = JSON.parse(strict.stdout);
    expect(strict.status).toBe(1);
    expect(report.errors[0]).toMatchObject({ file: 'broken.yaml' });
    expect(report.benchmarks[0].rules.find((rule: { id: string }) => rule.id === '5.2.2').status).toBe(
      'Fail',
    );
    expect(
      (await cli(['scan', '--format', 'json', '--fail-on', 'none', '--allow-errors'], directory)).status,
    ).toBe(0);
  });

  test('--output writes the report to the file; stdout stays empty', async () => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    const result = await cli(
      ['scan', '--format', 'sarif', '--output', 'out/report.sarif', '--fail-on', 'none'],
      directory,
    );
    expect(result).toMatchObject({ status: 0, stdout: '' });
    expect(JSON.parse(readFileSync(join(directory, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  test('a large JSON report is written as it is rendered, in writes of about a megabyte, the same bytes to a file as to stdout', async () => {
    const pods = Array.from({ length: 500 }, (_, index) =>
      privilegedPod.replace('name: debug', `name: debug-${index}`),
    ).join('---\n');
    const directory = workspace({ 'pods.yaml': pods });
    try {
      const writes: string[] = [];
      const status = await runCli(['scan', '--format', 'json', '--fail-on', 'none'], {
        stdout: { write: (text: string) => writes.push(text) },
        stderr: { write: () => true },
        cwd: directory,
      });
      expect(status).toBe(0);
      const text = writes.join('');
      expect(text.length).toBeGreaterThan(2 * 1024 * 1024);
      expect(writes.length).toBeGreaterThan(1);
      for (const chunk of writes.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(1024 * 1024);
      const report = JSON.parse(text) as { verdict: { counts: { findings: number } } };
      expect(report.verdict.counts.findings).toBeGreaterThanOrEqual(400);
      const toFile = await cli(
        ['scan', '--format', 'json', '--fail-on', 'none', '--output', 'out/report.json'],
        directory,
      );
      expect(toFile).toMatchObject({ status: 0, stdout: '' });
      expect(readFileSync(join(directory, 'out/report.json'), 'utf8')).toBe(text);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('an --output that cannot be written exits 2', async () => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    const result = await cli(['scan', '--format', 'json', '--output', 'pod.yaml/report.json'], directory);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot write --output pod.yaml/report.json');
  });

  test('on a terminal the default is the coloured table; NO_COLOR turns colour off, FORCE_COLOR on', async () => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    const coloured = await cli(['scan', '--fail-on', 'all'], directory, true);
    expect(coloured.stdout).toContain('\u001b[31mBLOCKS\u001b[0m');
    // On a terminal the rule ids link to their pages.
    expect(coloured.stdout).toContain(
      '\u001b]8;;https://github.com/aks-cis-gate/aks-cis-gate/blob/main/docs/rules/cis-kubernetes-v1.12.0/5.2.2.md\u001b\\cis-kubernetes 5.2.2',
    );
    const plain = await cli(['scan', '--fail-on', 'all'], directory, true, { NO_COLOR: '1' });
    expect(plain.stdout).toContain('  BLOCKS pod.yaml:11');
    expect(plain.stdout).not.toContain('\u001b[');
    // GitHub's logs are no terminal but render colour when asked.
    const forced = await cli(['scan', '-f', 'table', '--fail-on', 'all'], directory, false, {
      FORCE_COLOR: '1',
    });
    expect(forced.stdout).toContain('\u001b[31mBLOCKS\u001b[0m');
    const notForced = await cli(['scan', '-f', 'table'], directory, true, { FORCE_COLOR: '0' });
    expect(notForced.stdout).not.toContain('\u001b[');
  });

  test('-f and -o are --format and --output', async () => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    const result = await cli(['scan', '-f', 'json', '-o', 'out/report.json'], directory);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(directory, 'out', 'report.json'), 'utf8'))).toHaveProperty(
      'benchmarks',
    );
  });

  test('an argument error is one line naming the value, pointing to --help, exit 2', async () => {
    const result = await cli(['scan', '--fail-on', 'sometimes'], tmpdir());
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'aks-cis-gate: --fail-on must be one of new-automated, automated, new, all, none (got "sometimes"); see `aks-cis-gate scan --help`\n',
    );
    expect(result.stdout).toBe('');
  });

  test('the table shows the failures only, grouped by object with their fix; --verbose shows every row', async () => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    const result = await cli(['scan', '-f', 'table'], directory);
    // Blocking problems first (Automated rows under the default fail-on), then the others.
    expect(result.stdout.startsWith('Pod/tools/debug pod.yaml\n  BLOCKS pod.yaml:1\n')).toBe(true);
    expect(result.stdout.indexOf('  fails  pod.yaml:11\n')).toBeGreaterThan(
      result.stdout.lastIndexOf('BLOCKS'),
    );
    expect(result.stdout).toContain(
      '    Fix (YAML): Remove `securityContext.privileged: true` from the container.',
    );
    expect(result.stdout).not.toContain('PASS');
    expect(result.stdout.trimEnd().replace(/\n/g, ' ')).toMatch(
      /blocked: 2 blocking findings 9 failing rules, 9 findings, 9 new, 2 blocking, 0 suppressed, \d+ not evaluated, 0 inputs not checked, 0 input errors, 0\/2 Automated rules pass$/,
    );
    const verbose = await cli(['scan', '-f', 'table', '--verbose'], directory);
    expect(verbose.stdout).toContain('  PASS 5.2.3 ');
    expect(verbose.stdout).toContain('  AKS  1.1.1 ');
  });

  test.each([80, 120])('on a %i-column terminal no line is wider than the terminal', async (columns) => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    const result = await cli(['scan', '--fail-on', 'none'], directory, true, { NO_COLOR: '1' }, columns);
    const lines = result.stdout.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(columns);
    // The widest lines use the width: wrapping follows the terminal, not a fixed column.
    expect(Math.max(...lines.map((line) => line.length))).toBeGreaterThan(columns - 25);
  });
});

describe('rules and explain', () => {
  test('rules lists every rule of the chosen catalogs with how it is decided', async () => {
    const result = await cli(['rules', '--benchmark', 'cis-kubernetes-v1.12.0'], tmpdir());
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('cis-kubernetes-v1.12.0  CIS Kubernetes Benchmark v1.12.0 (')).toBe(true);
    expect(result.stdout).toContain(
      '  5.2.2    Manual L1    Minimize the admission of privileged containers\n                        scan: pod-security.privileged\n',
    );
    expect(result.stdout).toContain("platform: Microsoft's attestation for AKS");
    expect(result.stdout).not.toContain('cis-aks-v1.7');
    const all = await cli(['rules'], tmpdir());
    expect(all.stdout).toContain('cis-azure-linux-3.0-v1.0  ');
    const unknown = await cli(['rules', '--benchmark', 'cis-nothing'], tmpdir());
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown benchmark "cis-nothing"');
  });

  test('explain prints the rule page: the check, the attestation and the fix per language', async () => {
    const result = await cli(['explain', 'cis-kubernetes:1.2.27'], tmpdir());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# 1.2.27 ');
    expect(result.stdout).toContain('- `cluster.kms-etcd-encryption`: ');
    expect(result.stdout).toContain('- Bicep and ARM: Set `properties.securityProfile.azureKeyVaultKms`');
    expect(result.stdout).toContain('- Terraform: Add `key_management_service');
    expect(result.stdout).toContain('Page: docs/rules/cis-kubernetes-v1.12.0/1.2.27.md');
    const exact = await cli(['explain', 'cis-kubernetes-v1.11.1:1.2.27'], tmpdir());
    expect(exact.stdout).toContain('Page: docs/rules/cis-kubernetes-v1.11.1/1.2.27.md');
  });

  test('an unknown rule exits 2 and names the closest ids', async () => {
    const result = await cli(['explain', 'cis-kubernetes:5.2.99'], tmpdir());
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^aks-cis-gate: unknown rule "cis-kubernetes:5\.2\.99"; closest: cis-kubernetes:5\.2\.9, /,
    );
  });

  test('an unexpected exception exits 2 with the message on stderr, never 1 (blocked)', async () => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    let stderr = '';
    const status = await runCli(['scan', 'pod.yaml', '--fail-on', 'none'], {
      stdout: {
        write: () => {
          throw new Error('stdout closed under us');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: directory,
    });
    expect(status).toBe(2);
    expect(stderr).toContain('aks-cis-gate: unexpected error: Error: stdout closed under us');
  });

  test('the verdict line says why the gate passed while Manual rules fail, in every format', async () => {
    const manualOnly = privilegedPod.replace(
      'spec:\n',
      'spec:\n  serviceAccountName: debugger\n  automountServiceAccountToken: false\n',
    );
    const directory = workspace({ 'pod.yaml': manualOnly });
    const json = await cli(['scan', 'pod.yaml', '--format', 'json'], directory);
    expect(json.status).toBe(0);
    const { verdict } = JSON.parse(json.stdout);
    expect(verdict).toMatchObject({ passed: true, counts: { blocking: 0 } });
    expect(verdict.summary).toBe(
      `not blocked: ${verdict.counts.failingRules} failing rules are Manual (--fail-on all blocks them)`,
    );
    for (const format of ['table', 'markdown']) {
      const result = await cli(['scan', 'pod.yaml', '--format', format], directory);
      expect(result.stdout).toContain(verdict.summary);
    }
  });
});

describe('inputs found but not checked', () => {
  const chartOnly = (): string => {
    const directory = workspace({});
    mkdirSync(join(directory, 'shop', 'templates'), { recursive: true });
    writeFileSync(join(directory, 'shop', 'Chart.yaml'), 'apiVersion: v2\nname: shop\nversion: 0.1.0\n');
    writeFileSync(
      join(directory, 'shop', 'templates', 'pod.yaml'),
      privilegedPod.replace('debug', '{{ .Release.Name }}'),
    );
    return directory;
  };

  test('a directory holding only a chart source exits 1 and lists it in notChecked', async () => {
    const result = await cli(['scan', '--format', 'json'], chartOnly());
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.notChecked).toEqual([
      {
        file: 'shop',
        reason: expect.stringMatching(/^a Helm chart source/),
        fix: expect.stringContaining('helm template'),
      },
    ]);
    expect(report.verdict).toMatchObject({ passed: false, summary: 'blocked: 1 input not checked' });
    expect(report.verdict.counts.notChecked).toBe(1);
    expect(result.stderr).toContain('not checked: shop: a Helm chart source');
    expect(result.stderr).toContain('--allow-unchecked');
  });

  test('--allow-unchecked lets it through, and the headline still counts it', async () => {
    const result = await cli(['scan', '--allow-unchecked'], chartOnly());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('not blocked: 1 input not checked let through by --allow-unchecked');
    expect(result.stdout).toContain('## Inputs not checked');
  });
});

test('a Terraform plan whose pool os_sku is known only after apply gives no Azure Linux Pass', async () => {
  const fixture = join(
    import.meta.dirname,
    '../../test/fixtures/terraform/cluster.key-vault-secrets-provider/pass-csi-add-on/plan.json',
  );
  const plan = JSON.parse(readFileSync(fixture, 'utf8'));
  const cluster = plan.resource_changes.find(
    (change: { type: string }) => change.type === 'azurerm_kubernetes_cluster',
  );
  delete cluster.change.after.default_node_pool[0].os_sku;
  cluster.change.after_unknown.default_node_pool[0].os_sku = true;
  const written = plan.configuration.root_module.resources.find(
    (resource: { type: string }) => resource.type === 'azurerm_kubernetes_cluster',
  );
  written.expressions.default_node_pool[0].os_sku = { references: ['var.os_sku'] };
  const directory = workspace({ 'plan.json': JSON.stringify(plan) });
  const result = await cli(['scan', 'plan.json', '--format', 'json', '--fail-on', 'none'], directory);
  const report = JSON.parse(result.stdout);
  const azureLinux = report.benchmarks.filter(
    (benchmark: { family: string }) => benchmark.family === 'cis-azure-linux',
  );
  expect(azureLinux).toHaveLength(1);
  const statuses = new Set(azureLinux[0].rules.map((rule: { status: string }) => rule.status));
  expect([...statuses]).toEqual(['Not evaluated']);
  expect(azureLinux[0].rules[0].reason).toContain('not known before deployment');
});

describe('progress on stderr', () => {
  test('--progress without a terminal: one line per phase on stderr, none on stdout', async () => {
    const directory = workspace({ 'pod.yaml': privilegedPod });
    try {
      cpSync(
        new URL('../inputs/bicep/fixtures/standalone/pools-loop.bicep', import.meta.url).pathname,
        join(directory, 'cluster.bicep'),
      );
      const run = await cli(['scan', '--progress', '--format', 'json', '--fail-on', 'none'], directory);
      expect(run.status).toBe(0);
      expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
      const steps = run.stderr
        .split('\n')
        .filter((line) => /… \d+s$/.test(line))
        .map((line) => line.replace(/… \d+s$/, ''))
        // A slow step is repeated every five seconds; the phases are what the test is about.
        .filter((step, index, all) => step !== all[index - 1]);
      expect(steps).toEqual([
        'discovering files',
        'reading 2 files',
        'compiling Bicep file 1 of 1',
        'checking',
      ]);
      const quiet = await cli(['scan', '--format', 'json', '--fail-on', 'none'], directory);
      expect(quiet.stderr).not.toMatch(/discovering files|checking…/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
