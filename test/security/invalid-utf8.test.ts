import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { ScanReport } from '../../src/results/results.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function workspace(files: Record<string, string | Buffer>): string {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-utf8-'));
  directories.push(directory);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(directory, name), content);
  return directory;
}

async function cli(argv: string[], cwd: string): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: () => undefined },
    cwd,
  });
  return { status, stdout };
}

const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  greeting: hello\n';

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
