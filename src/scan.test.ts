import { describeLocation } from './model/location.js';
import { findingSource } from './report/summary.js';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { at, kubeObject } from '../test/support/benchmarks.js';
import type { ScanReport } from './results/results.js';
import { CannotRunError, scan, type ScanSource } from './scan.js';

const hostPidPod = `apiVersion: v1
kind: Pod
metadata:
  name: exporter
  namespace: monitoring
spec:
  hostPID: true
  containers:
    - name: exporter
      image: quay.io/prometheus/node-exporter:v1.8.2
`;

function workspace(): string {
  const directory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-scan-'));
  writeFileSync(join(directory, 'pod.yaml'), hostPidPod);
  return directory;
}

/** A stand-in for a live cluster read: one host-PID pod. */
const liveSource: ScanSource = async () => {
  const pod = kubeObject('Pod', 'agent', 'kube-system', at('live:aks', 1));
  return {
    model: { kubeObjects: [{ ...pod, body: { ...pod.body, spec: { hostPID: true, containers: [] } } }] },
    errors: [],
    skipped: [],
  };
};

const resources = (report: ScanReport, ruleId: string): string[] =>
  report.benchmarks[0]?.rules
    .find((rule) => rule.id === ruleId)
    ?.findings.map((finding) => finding.resource) ?? [];

describe('scan', () => {
  test('files: the host-PID pod fails 5.2.3 at its line', async () => {
    const report = await scan({ paths: ['pod.yaml'], cwd: workspace() });
    const hostPid = report.benchmarks[0]?.rules.find((rule) => rule.id === '5.2.3');
    expect(
      hostPid?.findings.map((finding) => `${describeLocation(finding.location)} ${finding.resource}`),
    ).toEqual(['pod.yaml:7 Pod/monitoring/exporter']);
  });

  test('another source with no paths reads only that source; with paths, both', async () => {
    const directory = workspace();
    const liveOnly = await scan({ paths: [], cwd: directory, sources: [liveSource] });
    expect(resources(liveOnly, '5.2.3')).toEqual(['Pod/kube-system/agent']);
    const both = await scan({ paths: ['.'], cwd: directory, sources: [liveSource] });
    expect(resources(both, '5.2.3')).toEqual(['Pod/monitoring/exporter', 'Pod/kube-system/agent']);
  });

  test('a missing path, a glob matching nothing and an unknown benchmark cannot run', async () => {
    const directory = workspace();
    await expect(scan({ paths: ['nope.yaml'], cwd: directory })).rejects.toThrow(CannotRunError);
    await expect(scan({ paths: ['charts/**/*.yaml'], cwd: directory })).rejects.toThrow(
      'nothing to scan at "charts/**/*.yaml"',
    );
    await expect(scan({ paths: [], cwd: directory, benchmarks: ['cis-k8s'] })).rejects.toThrow(
      'unknown benchmark "cis-k8s"',
    );
  });
});

describe('a Terraform plan named outside the working directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'aks-cis-gate-scan-'));
  const infra = join(root, 'infra');
  const repo = join(root, 'repo');
  mkdirSync(infra);
  mkdirSync(repo);
  const fixture = join(dirname(fileURLToPath(import.meta.url)), 'inputs/terraform-plan/fixtures/cluster');
  for (const name of ['main.tf', 'plan.json']) copyFileSync(join(fixture, name), join(infra, name));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const findingFiles = (report: ScanReport): string[] => [
    ...new Set(report.benchmarks.flatMap((b) => b.rules.flatMap((r) => r.findings.map(findingSource)))),
  ];

  test.each([[{}], [{ terraformDir: '../infra' }]])(
    'still takes its lines from the .tf sources beside it (%j)',
    async (options) => {
      const report = await scan({ paths: ['../infra/plan.json'], cwd: repo, ...options });
      expect(report.errors).toEqual([]);
      expect(findingFiles(report)).toEqual([join(infra, 'main.tf')]);
    },
  );
});
