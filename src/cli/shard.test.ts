import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { openBicepSession } from '../inputs/bicep/compiler.js';
import { findBicep } from '../inputs/bicep/find-bicep.js';
import { packageRoot } from '../package-root.js';
import type { ScanReport } from '../results/results.js';
import type { ShardReport } from '../shard/shard-report.js';
import { parseCliArgs } from './args.js';
import { runCli } from './run.js';

const output = mkdtempSync(join(tmpdir(), 'aks-cis-gate-shards-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

/**
 * One bicep process for every run of this file: each CI job would start its own, but what is
 * tested here is the partition and the merge, and .NET's start-up would be most of the time.
 */
const bicep = findBicep(undefined);
if ('error' in bicep) throw new Error(`bicep is required for the shard tests: ${bicep.error}`);
const bicepSession = openBicepSession(bicep.path);
afterAll(() => bicepSession.close());

async function cli(
  argv: string[],
  cwd = packageRoot(),
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    bicepCompiler: bicepSession.compiler,
  });
  return { status, stdout, stderr };
}

/** Every fixture and example: YAML, Bicep with modules and .bicepparam, ARM with parameter files, plans. */
const tree = ['test/fixtures', 'examples'];

/** One after another, as separate CI jobs would. */
async function shardFiles(count: number): Promise<string[]> {
  const files = Array.from({ length: count }, (_, index) => join(output, `${count}-${index + 1}.json`));
  for (const [index, file] of files.entries()) {
    const run = await cli(['scan', ...tree, '--shard', `${index + 1}/${count}`, '--output', file]);
    expect(run.status).toBe(0);
  }
  return files;
}

const shardOf = (file: string): ShardReport => JSON.parse(readFileSync(file, 'utf8')) as ShardReport;

describe('scan --shard I/N, then merge', () => {
  let whole: { status: number; report: ScanReport };

  test('the whole scan, for comparison', async () => {
    const run = await cli(['scan', ...tree, '--format', 'json']);
    whole = { status: run.status, report: JSON.parse(run.stdout) as ScanReport };
    const findings = whole.report.benchmarks.flatMap((benchmark) =>
      benchmark.rules.flatMap((rule) => rule.findings),
    );
    expect(findings.length).toBeGreaterThan(100);
    expect(whole.report.errors.length).toBeGreaterThan(0);
  }, 600_000);

  test.each([1, 2, 3, 7])(
    '%i shards merge into the whole scan: same rows, counts, findings, fingerprints and exit status',
    async (count) => {
      const files = await shardFiles(count);
      const shards = files.map(shardOf);
      // Each shard reads its own part, and the parts together are every input once.
      const read = shards.flatMap((shard) => shard.head.read);
      expect(read.sort()).toEqual([...(shards[0]?.head.inputs ?? [])].sort());
      if (count > 1) expect(shards.filter((shard) => shard.head.read.length > 0).length).toBeGreaterThan(1);
      const merged = await cli(['merge', ...files, '--format', 'json']);
      expect(merged.status).toBe(whole.status);
      expect(JSON.parse(merged.stdout)).toEqual(whole.report);
    },
    600_000,
  );

  test('a .bicepparam, its template and the template’s modules are read by one shard', () => {
    const shards = [1, 2, 3, 4, 5, 6, 7].map((index) => shardOf(join(output, `7-${index}.json`)));
    const holder = (path: string) => shards.findIndex((shard) => shard.head.read.includes(path));
    const bicepparam = holder('examples/aks-bicep/main.bicepparam');
    expect(bicepparam).toBeGreaterThanOrEqual(0);
    expect(holder('examples/aks-bicep/main.bicep')).toBe(bicepparam);
  });

  test('a missing shard fails the merge (exit 2) and names it', async () => {
    const files = [1, 3].map((index) => join(output, `3-${index}.json`));
    const merged = await cli(['merge', ...files]);
    expect(merged.status).toBe(2);
    expect(merged.stdout).toBe('');
    expect(merged.stderr).toContain('shard 2/3 is missing');
  });

  test('a shard given twice fails the merge', async () => {
    const files = [1, 2, 2, 3].map((index) => join(output, `3-${index}.json`));
    const merged = await cli(['merge', ...files]);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toMatch(/shard 2\/3 is given more than once \(\S+3-2\.json, \S+3-2\.json\)/);
  });

  test('shards of different counts or options do not merge', async () => {
    const counts = await cli(['merge', join(output, '2-1.json'), join(output, '3-2.json')]);
    expect(counts.status).toBe(2);
    expect(counts.stderr).toContain('different shard counts');
    const other = join(output, 'namespace.json');
    expect(
      (await cli(['scan', 'examples/clean', '--namespace', 'shop', '--shard', '1/1', '--output', other]))
        .status,
    ).toBe(0);
    const options = await cli(['merge', other, join(output, '1-1.json')]);
    expect(options.status).toBe(2);
    expect(options.stderr).toContain('different configurations');
  }, 120_000);

  test('a file that is no shard report is named', async () => {
    const merged = await cli(['merge', 'examples/clean/shop.yaml']);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain('examples/clean/shop.yaml: not JSON');
  });
});

describe('shard and merge arguments', () => {
  test('--shard takes I/N with 1 ≤ I ≤ N', () => {
    expect(parseCliArgs(['scan', '--shard', '2/4'], false)).toMatchObject({
      ok: true,
      command: { shard: { index: 2, count: 4 } },
    });
    for (const wrong of ['0/4', '5/4', '2', 'a/b'])
      expect(parseCliArgs(['scan', '--shard', wrong], false)).toMatchObject({
        ok: false,
        message: expect.stringContaining('--shard takes I/N') as unknown,
      });
  });

  test('--shard writes its own JSON and reads no cluster', () => {
    expect(parseCliArgs(['scan', '--shard', '1/2', '--format', 'sarif'], false)).toMatchObject({ ok: false });
    expect(parseCliArgs(['scan', '--shard', '1/2', '--live'], false)).toMatchObject({ ok: false });
  });

  test('merge takes the gate and report options; the scan options are the shards’', () => {
    expect(
      parseCliArgs(['merge', 'a.json', 'b.json', '--format', 'sarif', '--fail-on', 'all'], false),
    ).toMatchObject({
      ok: true,
      command: { kind: 'merge', files: ['a.json', 'b.json'], format: 'sarif', policy: { failOn: 'all' } },
    });
    expect(parseCliArgs(['merge', 'a.json', '--config', 'gate.yml'], false)).toMatchObject({
      ok: true,
      command: { kind: 'merge', config: 'gate.yml' },
    });
    expect(parseCliArgs(['merge', 'a.json', '--benchmark', 'cis-aks'], false)).toMatchObject({
      ok: false,
      message: '--benchmark: give it to scan --shard, not to merge',
    });
    expect(parseCliArgs(['merge'], false)).toMatchObject({ ok: false });
  });
});

describe('a shard report is checked against its schema before the merge uses it', () => {
  const shardsOfClean = async (): Promise<string[]> => {
    const files = [1, 2].map((index) => join(output, `clean-2-${index}.json`));
    for (const [index, file] of files.entries()) {
      const run = await cli(['scan', 'examples/clean', '--shard', `${index + 1}/2`, '--output', file]);
      expect(run.status).toBe(0);
    }
    return files;
  };

  /** The shard with the value at `path` replaced (or removed, for undefined), written beside it. */
  const tampered = (file: string, path: (string | number)[], value: unknown): string => {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const parent = path
      .slice(0, -1)
      .reduce<Record<string | number, unknown>>(
        (node, step) => node[step] as Record<string | number, unknown>,
        report,
      );
    const last = path.at(-1) as string | number;
    if (value === undefined) delete parent[last];
    else parent[last] = value;
    const changed = file.replace(/\.json$/, '-tampered.json');
    writeFileSync(changed, JSON.stringify(report));
    return changed;
  };

  test('the untouched shards merge', async () => {
    const files = await shardsOfClean();
    expect((await cli(['merge', ...files])).status).not.toBe(2);
  }, 120_000);

  test('the merge chooses the compiler tiers for the shard reports it read, as a scan does for its files', async () => {
    const files = await shardsOfClean();
    const chosenFor: string[][] = [];
    await runCli(['merge', ...files, '--format', 'json'], {
      stdout: { write: () => true },
      stderr: { write: () => true },
      cwd: packageRoot(),
      onDiscovered: (read) => chosenFor.push(read.map(({ path, text }) => `${path}: ${text.length}`)),
    });
    expect(chosenFor).toEqual([files.map((file) => `${file}: ${readFileSync(file, 'utf8').length}`)]);
  }, 120_000);

  test("the merge keeps V8's young generation at its size from its reading to its report", async () => {
    const files = await shardsOfClean();
    const v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
    const events: string[] = [];
    const setFlags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation((flags: string) => {
      if (flags.startsWith('--semi-space-growth-factor')) events.push(flags);
    });
    try {
      await runCli(['merge', ...files, '--format', 'json'], {
        stdout: { write: () => events.push('the report') },
        stderr: { write: () => true },
        cwd: packageRoot(),
      });
    } finally {
      setFlags.mockRestore();
    }
    expect(events.filter((event, index) => event !== events[index - 1])).toEqual([
      '--semi-space-growth-factor=1',
      'the report',
      '--semi-space-growth-factor=2',
    ]);
  }, 120_000);

  test('a truncated shard report fails the merge (exit 2) and names its file', async () => {
    const [first = '', second = ''] = await shardsOfClean();
    const text = readFileSync(first, 'utf8');
    const truncated = first.replace(/\.json$/, '-truncated.json');
    writeFileSync(truncated, text.slice(0, Math.floor(text.length / 2)));
    const merged = await cli(['merge', truncated, second]);
    expect(merged.status).toBe(2);
    expect(merged.stdout).toBe('');
    expect(merged.stderr).toContain(`${truncated}: not JSON`);
  }, 120_000);

  const firstObject = ['head', 'outcome', 'model', 'kubeObjects', 0];
  test.each([
    [
      'an object without its body',
      [...firstObject, 'body'],
      undefined,
      "/head/outcome/model/kubeObjects/0 must have required property 'body'",
    ],
    [
      'a location at line 0',
      [...firstObject, 'location', 'line'],
      0,
      '/head/outcome/model/kubeObjects/0/location',
    ],
    ['a shard index of 0', ['shard', 'index'], 0, '/shard/index must be >= 1'],
    [
      'errors dropped from the outcome',
      ['head', 'outcome', 'errors'],
      undefined,
      "/head/outcome must have required property 'errors'",
    ],
  ])(
    'a shard report with %s fails the merge and names its file',
    async (_, path, value, problem) => {
      const [first = '', second = ''] = await shardsOfClean();
      const changed = tampered(first, path, value);
      const merged = await cli(['merge', changed, second]);
      expect(merged.status).toBe(2);
      expect(merged.stdout).toBe('');
      expect(merged.stderr).toContain(`${changed}: not a valid shard report`);
      expect(merged.stderr).toContain(problem);
    },
    120_000,
  );
});

describe('merge reads the config file for its gate, as scan does', () => {
  // The clean shop plus a ConfigMap in the default namespace: only L2 Manual rows fail
  // (5.3.2 and 5.6.4), so nothing blocks by default, all of it under fail-on: all, and
  // nothing again under fail-on: all with level: L1.
  const project = join(output, 'config-project');
  mkdirSync(join(project, '.github'), { recursive: true });
  copyFileSync(join(packageRoot(), 'examples', 'clean', 'shop.yaml'), join(project, 'shop.yaml'));
  writeFileSync(
    join(project, 'shop.yaml'),
    `${readFileSync(join(project, 'shop.yaml'), 'utf8')}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: default
data:
  mode: test
`,
  );
  const skipping =
    'fail-on: all\nskip:\n  - rule: 5.3.2\n    reason: policies come from the platform\n  - rule: 5.6.4\n    reason: the settings live in default\n';
  writeFileSync(join(project, 'all.yml'), 'fail-on: all\n');
  writeFileSync(join(project, 'all-l1.yml'), 'fail-on: all\nlevel: L1\n');
  writeFileSync(join(project, 'skip.yml'), skipping);

  const shards = async (name: string, config: string[]): Promise<string[]> => {
    const files = [1, 2].map((index) => join(output, `config-${name}-${index}.json`));
    for (const [index, file] of files.entries()) {
      const run = await cli(['scan', '--shard', `${index + 1}/2`, '--output', file, ...config], project);
      expect(run.status).toBe(0);
    }
    return files;
  };
  const merge = (files: string[], options: string[] = []) =>
    cli(['merge', ...files, '--format', 'json', ...options], project);

  test('fail-on and level from --config change the verdict', async () => {
    const files = await shards('plain', []);
    expect((await merge(files)).status).toBe(0);
    const strict = await merge(files, ['--config', 'all.yml']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('5.6.4');
    expect((await merge(files, ['--config', 'all-l1.yml'])).status).toBe(0);
    // A flag still wins over the file.
    expect((await merge(files, ['--config', 'all.yml', '--fail-on', 'automated'])).status).toBe(0);
  }, 120_000);

  test('the default config file is read', async () => {
    const files = await shards('plain', []);
    writeFileSync(join(project, '.github', 'aks-cis-gate.yml'), 'fail-on: all\n');
    try {
      expect((await merge(files)).status).toBe(1);
    } finally {
      rmSync(join(project, '.github', 'aks-cis-gate.yml'));
    }
  }, 120_000);

  test('skip in the config the shards and the merge read changes the verdict', async () => {
    const files = await shards('skip', ['--config', 'skip.yml']);
    const merged = await merge(files, ['--config', 'skip.yml']);
    expect(merged.status).toBe(0);
    const report = JSON.parse(merged.stdout) as ScanReport;
    expect(report.skippedRules?.map((entry) => entry.rule)).toEqual(
      expect.arrayContaining(['cis-kubernetes:5.3.2', 'cis-kubernetes:5.6.4']),
    );
  }, 120_000);

  test('a merge config whose skip differs from the shards’ fails the merge (exit 2)', async () => {
    const files = await shards('skip', ['--config', 'skip.yml']);
    const merged = await merge(files, ['--config', 'all.yml']);
    expect(merged.status).toBe(2);
    expect(merged.stdout).toBe('');
    expect(merged.stderr).toContain("the merge's config file has other skip than the shards read");
  }, 120_000);

  test('a config file that does not parse fails the merge and names it', async () => {
    writeFileSync(join(project, 'broken.yml'), 'fail-on: [\n');
    const merged = await merge(await shards('plain', []), ['--config', 'broken.yml']);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain('broken.yml');
  }, 120_000);
});
