import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readActionInputs, type ActionInputs } from './inputs.js';
import { resolveSettings } from './settings.js';

function workspaceWith(config?: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'aks-cis-gate-settings-'));
  if (config !== undefined) {
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github', 'aks-cis-gate.yml'), config);
  }
  return workspace;
}

function inputs(values: Record<string, string> = {}): ActionInputs {
  const result = readActionInputs((name) => values[name] ?? '');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.inputs;
}

describe('resolveSettings', () => {
  test('the workflow inputs win over the config file, which wins over the defaults', () => {
    const workspace = workspaceWith('paths: [deploy]\nlevel: L1\nfail-on: all\nbenchmarks: [cis-aks]\n');
    const result = resolveSettings(inputs({ 'fail-on': 'none' }), workspace);
    expect(result.ok && result.settings).toEqual({
      scan: {
        paths: ['deploy'],
        benchmarks: ['cis-aks'],
        namespace: 'default',
        bicepRestore: true,
        bicepRegistries: ['mcr.microsoft.com'],
        ignores: [],
      },
      gate: { failOn: 'none', level: 'L1', failOnError: true, failOnUnchecked: true },
    });
    expect(
      resolveSettings(inputs(), workspaceWith()).ok && resolveSettings(inputs(), workspaceWith()),
    ).toEqual(
      expect.objectContaining({
        settings: expect.objectContaining({
          gate: { failOn: 'new-automated', level: 'L2', failOnError: true, failOnUnchecked: true },
        }),
      }),
    );
  });

  test('fail-on-error and fail-on-unchecked come from the inputs, else the config file, else true', () => {
    const workspace = workspaceWith('fail-on-error: false\nfail-on-unchecked: false\n');
    const fromConfig = resolveSettings(inputs(), workspace);
    expect(fromConfig.ok && fromConfig.settings.gate).toMatchObject({
      failOnError: false,
      failOnUnchecked: false,
    });
    const fromInputs = resolveSettings(inputs({ 'fail-on-unchecked': 'true' }), workspace);
    expect(fromInputs.ok && fromInputs.settings.gate).toMatchObject({
      failOnError: false,
      failOnUnchecked: true,
    });
  });

  test('a plan is scanned with the paths; absolute paths inside the workspace become relative', () => {
    const workspace = workspaceWith();
    const result = resolveSettings(
      inputs({
        paths: join(workspace, 'deploy'),
        'terraform-plan': 'infra/plan.json',
        'terraform-dir': 'infra',
      }),
      workspace,
    );
    expect(result.ok && result.settings.scan).toEqual(
      expect.objectContaining({ paths: ['deploy', 'infra/plan.json'], terraformDir: 'infra' }),
    );
  });

  test('nothing outside the workspace is read: paths, globs, the config file', () => {
    const workspace = workspaceWith();
    expect(resolveSettings(inputs({ paths: '../secrets\n/etc/**/*.yaml' }), workspace)).toEqual({
      ok: false,
      errors: [
        `path "../secrets" is outside the workspace (${workspace})`,
        `path "/etc/**/*.yaml" is outside the workspace (${workspace})`,
      ],
    });
    expect(resolveSettings(inputs({ config: '../gate.yml' }), workspace)).toEqual({
      ok: false,
      errors: [`config "../gate.yml" is outside the workspace (${workspace})`],
    });
  });

  test('bicep runs from PATH or from outside the workspace, never from the scanned tree', () => {
    const workspace = workspaceWith();
    const bicep = (path: string) => resolveSettings(inputs({ 'bicep-path': path }), workspace);
    expect(bicep('bicep')).toEqual(expect.objectContaining({ ok: true }));
    expect(bicep('/opt/bicep/bicep')).toEqual(expect.objectContaining({ ok: true }));
    expect(bicep('tools/bicep')).toEqual({
      ok: false,
      errors: [
        'bicep-path "tools/bicep" is inside the workspace, where the pull request could replace it; install bicep outside it (for example under $RUNNER_TEMP)',
      ],
    });
  });

  test('a config file named explicitly must exist; the default one may be missing', () => {
    const workspace = workspaceWith();
    expect(resolveSettings(inputs({ config: 'ci/gate.yml' }), workspace)).toEqual({
      ok: false,
      errors: ['ci/gate.yml: config file not found'],
    });
    expect(resolveSettings(inputs({ config: '.github/aks-cis-gate.yml' }), workspace).ok).toBe(true);
  });
});
