/**
 * A cluster with an Azure Linux pool and a pool whose OS is known only at deployment (issue 8,
 * node OS): every Azure Linux row is Not evaluated for the unknown pool, naming it, and the known
 * pool's failures stand at their rule, resource and line.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { BenchmarkResult, ScanReport } from '../src/results/results.js';
import { scan } from '../src/scan.js';

const fixtures = fileURLToPath(new URL('./fixtures/arm/node-os.login-banner/', import.meta.url));

const scanFixture = (file: string): Promise<ScanReport> =>
  scan({ paths: [file], cwd: fixtures, benchmarks: ['cis-azure-linux'] });

const azureLinux = (report: ScanReport): BenchmarkResult[] =>
  report.benchmarks.filter((benchmark) => benchmark.family === 'cis-azure-linux');

const unknownPool =
  "the OS of aks-fixture/batch is not known before deployment (parameter 'batchOsSku' has no value)";

describe('mixed node pools, one OS unknown until deployment', () => {
  test('pass fixture: no Azure Linux row passes; each says which pool is not known, and why', async () => {
    const report = await scanFixture('pass-mixed-pools-os-unknown.json');
    expect(report.errors).toEqual([]);
    const benchmarks = azureLinux(report);
    expect(benchmarks.map((benchmark) => benchmark.id)).toEqual(['cis-azure-linux-3.0-v1.0']);
    for (const rule of benchmarks.flatMap((benchmark) => benchmark.rules)) {
      if (rule.status === 'Fail') {
        // Microsoft's own Fail (1.3.1) is no Pass: it stands, and the unknown pool is named.
        expect(rule.decidedBy, rule.id).toBe('platform');
      } else {
        expect([rule.id, rule.status, rule.decidedBy]).toEqual([rule.id, 'Not evaluated', 'none']);
      }
      expect(rule.reason, rule.id).toContain(unknownPool);
      expect(rule.findings, rule.id).toEqual([]);
    }
    // What the known pool alone decided is still said: its SSH is disabled (the sshd rows).
    const sshd = benchmarks[0]?.rules.find((rule) => rule.id === '5.2.2');
    expect(sshd?.reason).toContain('For the pools known to run Azure Linux: Pass.');
  });

  test("fail fixture: the known pool's banner fails 1.4.1 and 1.4.2 at its line; the rest is not evaluated", async () => {
    const report = await scanFixture('fail-mixed-pools-os-unknown.json');
    const rules = azureLinux(report).flatMap((benchmark) => benchmark.rules);
    const failing = rules.filter((rule) => rule.status === 'Fail' && rule.decidedBy === 'scan');
    expect(
      failing.map((rule) =>
        rule.findings.map((finding) => `${rule.id} ${finding.resource} ${finding.file}:${finding.line}`),
      ),
    ).toEqual([
      ['1.4.1 NodePool/aks-fixture/system fail-mixed-pools-os-unknown.json:86'],
      ['1.4.2 NodePool/aks-fixture/system fail-mixed-pools-os-unknown.json:86'],
    ]);
    for (const rule of failing)
      expect(rule.reason).toContain(`Not evaluated for the other pools: ${unknownPool}`);
    expect(rules.filter((rule) => rule.status === 'Pass')).toEqual([]);
  });
});
