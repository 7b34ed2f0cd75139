import { describe, expect, test } from 'vitest';
import { readActionInputs } from './inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readActionInputs', () => {
  test('defaults leave paths, level and fail-on to the config file', () => {
    const result = readActionInputs(reader({ 'github-token': 'ghs_x', config: '.github/aks-cis-gate.yml' }));
    expect(result).toEqual({
      ok: true,
      inputs: expect.objectContaining({
        paths: [],
        benchmarks: [],
        level: undefined,
        failOn: undefined,
        failOnError: undefined,
        failOnUnchecked: undefined,
        namespace: 'default',
        baseline: { kind: 'auto' },
        comment: true,
        annotations: true,
        configExplicit: false,
        configSource: 'base',
        githubToken: 'ghs_x',
        bicepRestore: true,
        bicepRegistries: ['mcr.microsoft.com'],
      }),
    });
  });

  test('bicep-restore and bicep-registries: restores off, or only from the registries listed', () => {
    const result = readActionInputs(
      reader({ 'bicep-restore': 'false', 'bicep-registries': 'example.azurecr.io\nmcr.microsoft.com\n' }),
    );
    expect(result.ok && [result.inputs.bicepRestore, result.inputs.bicepRegistries]).toEqual([
      false,
      ['example.azurecr.io', 'mcr.microsoft.com'],
    ]);
    expect(readActionInputs(reader({ 'bicep-registries': 'https://evil.example/x' }))).toEqual({
      ok: false,
      errors: [
        'input bicep-registries: "https://evil.example/x" is not a registry host name (example: myregistry.azurecr.io)',
      ],
    });
  });

  test('multi-line lists, a baseline path and flags', () => {
    const result = readActionInputs(
      reader({
        paths: 'deploy\n  charts/**/out.yaml \n\n',
        benchmarks: 'cis-kubernetes\ncis-aks',
        baseline: 'reports/base.json',
        'fail-on-error': 'False',
        'fail-on-unchecked': 'false',
        comment: 'false',
        config: 'ci/gate.yml',
      }),
    );
    expect(result.ok && result.inputs).toEqual(
      expect.objectContaining({
        paths: ['deploy', 'charts/**/out.yaml'],
        benchmarks: ['cis-kubernetes', 'cis-aks'],
        baseline: { kind: 'file', path: 'reports/base.json' },
        failOnError: false,
        failOnUnchecked: false,
        comment: false,
        configExplicit: true,
      }),
    );
  });

  test('every bad value is reported, not only the first', () => {
    expect(readActionInputs(reader({ level: 'L3', 'fail-on': 'new-manual', annotations: 'yes' }))).toEqual({
      ok: false,
      errors: [
        'input level: "L3" is not one of L1, L2',
        'input fail-on: "new-manual" is not one of new-automated, automated, new, all, none',
        'input annotations: "yes" is not true or false',
      ],
    });
  });

  test('mode: live takes the cluster inputs; code mode (the default) refuses them', () => {
    const live = readActionInputs(
      reader({
        mode: 'live',
        kubeconfig: 'kube/config',
        context: 'aks-prod',
        'azure-cluster-id': '/subscriptions/x',
        'node-audit': 'true',
      }),
    );
    expect(live.ok && live.inputs).toEqual(
      expect.objectContaining({
        mode: 'live',
        kubeconfig: 'kube/config',
        context: 'aks-prod',
        azureClusterId: '/subscriptions/x',
        nodeAudit: true,
      }),
    );
    expect(readActionInputs(reader({}))).toMatchObject({
      ok: true,
      inputs: { mode: 'code', nodeAudit: false },
    });
    expect(readActionInputs(reader({ context: 'aks-prod' }))).toEqual({
      ok: false,
      errors: ['input context: only with mode: live'],
    });
    expect(readActionInputs(reader({ mode: 'cluster' }))).toEqual({
      ok: false,
      errors: ['input mode: "cluster" is not one of code, live, merge'],
    });
  });

  test("a shard of a matrix in code mode; the shards' reports in merge mode", () => {
    expect(readActionInputs(reader({ 'shard-index': '2', 'shard-count': '4' }))).toMatchObject({
      ok: true,
      inputs: { mode: 'code', shard: { index: 2, count: 4 } },
    });
    expect(readActionInputs(reader({ mode: 'merge', 'shard-reports': 'shards/*.json' }))).toMatchObject({
      ok: true,
      inputs: { mode: 'merge', shardReports: 'shards/*.json' },
    });
    expect(readActionInputs(reader({ 'shard-index': '2' }))).toMatchObject({ ok: false });
    expect(
      readActionInputs(
        reader({ mode: 'merge', 'shard-index': '1', 'shard-count': '2', 'shard-reports': 'a' }),
      ),
    ).toEqual({
      ok: false,
      errors: ['input shard-index, shard-count: only with mode: code'],
    });
    expect(readActionInputs(reader({ 'shard-reports': 'a' }))).toEqual({
      ok: false,
      errors: ['input shard-reports: needed with mode: merge, and only there'],
    });
  });
});
