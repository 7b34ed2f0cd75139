/**
 * Clusters are keyed by their source (issue 8 §6): fifty copies of one template, all declaring a
 * cluster of one name, are fifty clusters in every format's counts and in the new-versus-base
 * comparison, and a report written before this (its fingerprints name a cluster by its name
 * alone) still serves as a baseline.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { decideGate, type GatePolicy } from '../src/results/gate.js';
import type { Finding, ScanReport } from '../src/results/results.js';
import { armClusterTemplate, bicepClusterTemplate, copiesOf } from './support/cluster-copies.js';

const policy: GatePolicy = {
  failOn: 'new-automated',
  level: 'L2',
  failOnError: true,
  failOnUnchecked: true,
};

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A temporary directory holding `copies` files `env-N/<name>` of one text. */
function directoryOf(text: string, name: string, copies: number): string {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-identity-'));
  directories.push(directory);
  for (const [path, content] of Object.entries(copiesOf(text, name, copies))) {
    mkdirSync(join(directory, dirname(path)), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  return directory;
}

async function cli(cwd: string, format: string): Promise<string> {
  let stdout = '';
  await runCli(['scan', '.', '--format', format], {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: () => true },
    cwd,
    env: {},
  });
  return stdout;
}

const scanJson = async (cwd: string): Promise<ScanReport> => JSON.parse(await cli(cwd, 'json')) as ScanReport;

const allFindings = (report: ScanReport): Finding[] =>
  report.benchmarks.flatMap((benchmark) => benchmark.rules.flatMap((rule) => rule.findings));

/** Findings counted once per fingerprint, as the headline counts them. */
const uniqueCount = (report: ScanReport): number =>
  new Set(allFindings(report).map((finding) => finding.fingerprint)).size;

/** What a report written before clusters were keyed by their source holds: name-only fingerprints. */
function asWrittenBefore(report: ScanReport): ScanReport {
  const old = structuredClone(report);
  for (const finding of allFindings(old)) {
    if (finding.legacyFingerprint !== undefined) finding.fingerprint = finding.legacyFingerprint;
    delete finding.legacyFingerprint;
    delete finding.clusterSource;
  }
  return old;
}

describe('clusters keyed by their source', () => {
  test('fifty copies of one ARM template count fifty times the findings of one, in every format', async () => {
    const one = await scanJson(directoryOf(armClusterTemplate, 'aks.json', 1));
    const perCopy = one.verdict?.counts.findings ?? 0;
    expect(perCopy).toBeGreaterThan(5);
    const failingRules = one.verdict?.counts.failingRules;

    const fifty = directoryOf(armClusterTemplate, 'aks.json', 50);
    const report = await scanJson(fifty);
    const expected = 50 * perCopy;
    expect(report.verdict?.counts).toMatchObject({ findings: expected, new: expected, failingRules });
    expect(uniqueCount(report)).toBe(expected);
    // Each copy's cluster is named by its own file, and its findings point into that file.
    const copy = allFindings(report).filter((finding) => finding.clusterSource === 'env-37/aks.json');
    expect(new Set(copy.map((finding) => finding.fingerprint)).size).toBe(perCopy);
    expect(
      copy.every((finding) => finding.file === 'env-37/aks.json' && finding.cluster === 'aks-shared'),
    ).toBe(true);

    const countsText = `${expected} findings, ${expected} new`;
    expect(await cli(fifty, 'markdown')).toContain(countsText);
    expect(await cli(fifty, 'table')).toContain(countsText);
    const sarif = JSON.parse(await cli(fifty, 'sarif')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results).toHaveLength(expected);
  });

  test('a 51st copy is new and blocks; the fifty others stay old, against a new or an old baseline', async () => {
    const base = await scanJson(directoryOf(armClusterTemplate, 'aks.json', 50));
    const head = await scanJson(directoryOf(armClusterTemplate, 'aks.json', 51));
    const perCopy = (head.verdict?.counts.findings ?? 0) / 51;

    for (const [description, baseline] of [
      ['this version', base],
      ['before clusters were keyed by their source', asWrittenBefore(base)],
    ] as const) {
      const verdict = decideGate(head, { kind: 'report', report: baseline, description }, policy);
      const fresh = verdict.failures.filter((failure) => failure.isNew);
      expect(fresh, description).toHaveLength(perCopy);
      expect(new Set(fresh.map((failure) => failure.finding.file)), description).toEqual(
        new Set(['env-51/aks.json']),
      );
      expect(verdict.passed, description).toBe(false);
      expect(verdict.counts.blocking, description).toBeGreaterThan(0);
      expect(verdict.failures.filter((failure) => failure.blocking).every((failure) => failure.isNew)).toBe(
        true,
      );
    }
    // The same fifty copies against themselves: nothing new, in either age of baseline.
    for (const baseline of [base, asWrittenBefore(base)]) {
      const same = decideGate(base, { kind: 'report', report: baseline, description: 'base' }, policy);
      expect(same.counts.new).toBe(0);
      expect(same.passed).toBe(true);
    }
  });

  test('an old baseline matches a cluster finding only in its own file', () => {
    const finding = (file: string, fingerprint: string, legacy?: string): Finding => ({
      file,
      line: 5,
      column: 5,
      resource: 'ManagedCluster/aks-shared',
      cluster: 'aks-shared',
      message: 'KMS is off',
      check: 'cluster.kms-etcd-encryption',
      fingerprint,
      ...(legacy === undefined ? {} : { legacyFingerprint: legacy, clusterSource: file }),
    });
    const reportOf = (findings: Finding[]): ScanReport => ({
      schemaVersion: 2,
      benchmarks: [
        {
          id: 'cis-aks-v1.8',
          family: 'cis-aks',
          title: 'CIS AKS',
          version: '1.8',
          selectedBecause: 'test',
          rules: [
            {
              id: '3.1.1',
              title: 'KMS',
              section: '3',
              assessment: 'Automated',
              level: 'L1',
              status: 'Fail',
              reason: '1 finding',
              decidedBy: 'scan',
              aksStatus: 'Depends on Environment',
              remediation: 'enable KMS',
              findings,
            },
          ],
        },
      ],
      skipped: [],
      notChecked: [],
      errors: [],
    });
    const oldBase = reportOf([finding('a.json', 'a'.repeat(32))]);
    const head = reportOf([
      finding('a.json', 'b'.repeat(32), 'a'.repeat(32)),
      finding('b.json', 'c'.repeat(32), 'a'.repeat(32)),
    ]);
    const verdict = decideGate(head, { kind: 'report', report: oldBase, description: 'old' }, policy);
    expect(verdict.failures.map((failure) => [failure.finding.file, failure.isNew])).toEqual([
      ['b.json', true],
      ['a.json', false],
    ]);
    // A new baseline's cluster findings carry their source: the name-only key is never read from them.
    const newBase = reportOf([finding('a.json', 'd'.repeat(32), 'a'.repeat(32))]);
    const against = decideGate(head, { kind: 'report', report: newBase, description: 'new' }, policy);
    expect(against.failures.every((failure) => failure.isNew)).toBe(true);
  });

  test('two copies of one Bicep file: twice the findings of one', async () => {
    const one = await scanJson(directoryOf(bicepClusterTemplate, 'main.bicep', 1));
    const two = await scanJson(directoryOf(bicepClusterTemplate, 'main.bicep', 2));
    const perCopy = one.verdict?.counts.findings ?? 0;
    expect(perCopy).toBeGreaterThan(5);
    expect(one.errors).toEqual([]);
    expect(two.verdict?.counts.findings).toBe(2 * perCopy);
    expect(new Set(allFindings(two).map((finding) => finding.clusterSource))).toEqual(
      new Set(['env-1/main.bicep', 'env-2/main.bicep']),
    );
  }, 120_000);
});
