import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readActionInputs, type ActionInputs } from './inputs.js';
import type { BaseFile } from '../github/baseline.js';
import { resolveActionSettings } from './settings.js';

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

describe('resolveActionSettings', () => {
  test('the workflow inputs win over the config file, which wins over the defaults', async () => {
    const workspace = workspaceWith('paths: [deploy]\nlevel: L1\nfail-on: all\nbenchmarks: [cis-aks]\n');
    const result = await resolveActionSettings(
      inputs({ 'fail-on': 'none', 'tf-var-files': 'infra/prod.tfvars\n' }),
      workspace,
    );
    const scan = {
      paths: ['deploy'],
      benchmarks: ['cis-aks'],
      namespace: 'default',
      terraformVarFiles: ['infra/prod.tfvars'],
      bicepRestore: true,
      bicepRegistries: ['mcr.microsoft.com'],
      ignores: [],
    };
    // bicepPath: the bicep this machine has, judged outside the workspace.
    expect(result.ok && result.settings).toEqual({
      scan: expect.objectContaining(scan),
      baseScan: expect.objectContaining(scan),
      gate: { failOn: 'none', level: 'L1', failOnError: true, failOnUnchecked: true },
      configChanges: [],
    });
    expect(await resolveActionSettings(inputs(), workspaceWith())).toEqual(
      expect.objectContaining({
        settings: expect.objectContaining({
          gate: { failOn: 'new-automated', level: 'L2', failOnError: true, failOnUnchecked: true },
        }),
      }),
    );
  });

  test('fail-on-error and fail-on-unchecked come from the inputs, else the config file, else true', async () => {
    const workspace = workspaceWith('fail-on-error: false\nfail-on-unchecked: false\n');
    const fromConfig = await resolveActionSettings(inputs(), workspace);
    expect(fromConfig.ok && fromConfig.settings.gate).toMatchObject({
      failOnError: false,
      failOnUnchecked: false,
    });
    const fromInputs = await resolveActionSettings(inputs({ 'fail-on-unchecked': 'true' }), workspace);
    expect(fromInputs.ok && fromInputs.settings.gate).toMatchObject({
      failOnError: false,
      failOnUnchecked: true,
    });
  });

  test('a plan is scanned with the paths; absolute paths inside the workspace become relative', async () => {
    const workspace = workspaceWith();
    const result = await resolveActionSettings(
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

  test('nothing outside the workspace is read: paths, globs, the config file', async () => {
    const workspace = workspaceWith();
    expect(await resolveActionSettings(inputs({ paths: '../secrets\n/etc/**/*.yaml' }), workspace)).toEqual({
      ok: false,
      errors: [
        `path "../secrets" is outside the workspace (${workspace})`,
        `path "/etc/**/*.yaml" is outside the workspace (${workspace})`,
      ],
    });
    expect(await resolveActionSettings(inputs({ config: '../gate.yml' }), workspace)).toEqual({
      ok: false,
      errors: [`config "../gate.yml" is outside the workspace (${workspace})`],
    });
  });

  test('the SARIF log is written inside the workspace or the run fails before scanning', async () => {
    const workspace = workspaceWith();
    const elsewhere = mkdtempSync(join(tmpdir(), 'aks-cis-gate-settings-elsewhere-'));
    // A directory link committed by the pull request must not carry the write out of the workspace.
    symlinkSync(elsewhere, join(workspace, 'linked'));
    const sarif = (path: string) => resolveActionSettings(inputs({ 'sarif-file': path }), workspace);
    try {
      expect(await sarif('out/gate.sarif')).toEqual(
        expect.objectContaining({
          settings: expect.objectContaining({ sarifFile: join(workspace, 'out', 'gate.sarif') }) as unknown,
        }),
      );
      for (const path of ['../gate.sarif', join(elsewhere, 'gate.sarif'), 'linked/gate.sarif'])
        expect(await sarif(path)).toEqual({
          ok: false,
          errors: [
            `sarif-file "${path}" is outside the workspace (${workspace}); the SARIF log is written only inside it`,
          ],
        });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  test('bicep runs from PATH or from outside the workspace, never from the scanned tree', async () => {
    const workspace = workspaceWith();
    const bicep = (path: string) => resolveActionSettings(inputs({ 'bicep-path': path }), workspace);
    expect(await bicep('bicep')).toEqual(expect.objectContaining({ ok: true }));
    expect(await bicep('/opt/bicep/bicep')).toEqual(expect.objectContaining({ ok: true }));
    expect(await bicep('tools/bicep')).toEqual({
      ok: false,
      errors: [
        'bicep-path "tools/bicep" is inside the workspace, where the pull request could replace it; install bicep outside it (for example under $RUNNER_TEMP)',
      ],
    });
  });

  test('a config file named explicitly must exist; the default one may be missing', async () => {
    const workspace = workspaceWith();
    expect(await resolveActionSettings(inputs({ config: 'ci/gate.yml' }), workspace)).toEqual({
      ok: false,
      errors: ['ci/gate.yml: config file not found'],
    });
    expect((await resolveActionSettings(inputs({ config: '.github/aks-cis-gate.yml' }), workspace)).ok).toBe(
      true,
    );
  });

  describe('on a pull request, the gate settings come from the base commit', () => {
    const head =
      'paths: [deploy]\nfail-on: none\nignores:\n  - rule: "5.2.2"\n    reason: added\n    paths: [x]\n';
    const resolveWithBase = (base: BaseFile) =>
      resolveActionSettings(inputs(), workspaceWith(head), (path) => {
        expect(path).toBe('.github/aks-cis-gate.yml');
        return Promise.resolve(base);
      });

    test("the base's fail-on, level and paths; the head's ignores; the base's ignores for the base scan", async () => {
      const result = await resolveWithBase({
        kind: 'found',
        text: 'paths: [deploy, infra]\nlevel: L1\nignores:\n  - rule: "5.1.1"\n    reason: old\n    paths: [y]\n',
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.settings.gate).toEqual({
        failOn: 'new-automated',
        level: 'L1',
        failOnError: true,
        failOnUnchecked: true,
      });
      expect(result.settings.scan.paths).toEqual(['deploy', 'infra']);
      expect(result.settings.scan.ignores.map((ignore) => ignore.reason)).toEqual(['added']);
      expect(result.settings.baseScan.ignores.map((ignore) => ignore.reason)).toEqual(['old']);
      expect(result.settings.configChanges).toEqual([
        'paths: ["deploy","infra"] → ["deploy"]',
        'level: L1 → (not set)',
        'fail-on: (not set) → none',
      ]);
    });

    test('a base without the file gives the defaults', async () => {
      const result = await resolveWithBase({ kind: 'missing' });
      expect(result.ok && result.settings.gate.failOn).toBe('new-automated');
      expect(result.ok && result.settings.scan.paths).toEqual([]);
    });

    test('a base that cannot be read fails closed, naming config-source: head', async () => {
      const result = await resolveWithBase({ kind: 'unreadable', reason: 'no fetch' });
      expect(result).toEqual({
        ok: false,
        errors: [expect.stringContaining('could not be read at the base commit (no fetch)')],
      });
      expect(!result.ok && result.errors[0]).toContain('config-source: head');
    });

    test("an invalid base file is an error naming the base commit's file", async () => {
      const result = await resolveWithBase({ kind: 'found', text: 'fail-on: never\n' });
      expect(!result.ok && result.errors[0]).toMatch(/^\.github\/aks-cis-gate\.yml:1 at the base commit: /);
    });
  });
});
