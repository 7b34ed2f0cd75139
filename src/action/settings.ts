import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { IgnoreRule } from '../benchmarks/suppressions.js';
import { insideWorkspace } from '../github/workspace.js';
import type { GatePolicy } from '../results/gate.js';
import { ignoreRulesOf, loadActionConfig } from './config.js';
import type { ActionInputs } from './inputs.js';

/** Everything one scan needs, the same for the head and for the base commit. */
export interface ScanSettings {
  /** Relative to the scanned directory; globs allowed. */
  paths: string[];
  benchmarks: string[];
  namespace: string;
  bicepPath?: string;
  bicepRestore: boolean;
  bicepRegistries: string[];
  /** Relative to the scanned directory. */
  terraformDir?: string;
  ignores: IgnoreRule[];
}

export interface ActionSettings {
  scan: ScanSettings;
  gate: GatePolicy;
}

export type SettingsResult =
  { ok: true; settings: ActionSettings; notes: string[] } | { ok: false; errors: string[] };

/**
 * A scanned path as a workspace-relative one. Globs are judged by their static base
 * (`charts/**` → `charts`), so no pattern can reach outside the workspace either.
 */
function workspacePath(workspace: string, path: string, errors: string[], what: string): string | undefined {
  const scanned = picomatch.scan(path);
  const base = scanned.isGlob ? scanned.base || '.' : path;
  if (insideWorkspace(workspace, base) === undefined) {
    errors.push(`${what} "${path}" is outside the workspace (${workspace})`);
    return undefined;
  }
  return isAbsolute(path) ? relative(workspace, path) || '.' : path;
}

/**
 * The bicep executable: a command on PATH, or a file outside the workspace. One inside it
 * could be replaced by the pull request under scan, and the action never runs its content.
 */
function executableOutsideWorkspace(workspace: string, path: string, errors: string[]): string | undefined {
  if (!path.includes('/')) return path;
  const absolute = resolve(workspace, path);
  if (insideWorkspace(workspace, absolute) !== undefined) {
    errors.push(
      `bicep-path "${path}" is inside the workspace, where the pull request could replace it; install bicep outside it (for example under $RUNNER_TEMP)`,
    );
    return undefined;
  }
  return absolute;
}

/** Inputs given in the workflow win over the config file, which wins over the defaults. */
export function resolveSettings(inputs: ActionInputs, workspace: string): SettingsResult {
  const errors: string[] = [];
  const notes: string[] = [];
  const configPath = workspacePath(workspace, inputs.config, errors, 'config');
  if (configPath === undefined) return { ok: false, errors };
  const loaded = loadActionConfig(resolve(workspace, configPath), configPath, inputs.configExplicit);
  if (!loaded.ok) return { ok: false, errors: [loaded.error] };
  const { config } = loaded;
  if (loaded.found) notes.push(`config: ${configPath}`);

  const paths = (inputs.paths.length > 0 ? inputs.paths : (config.paths ?? [])).flatMap(
    (path) => workspacePath(workspace, path, errors, 'path') ?? [],
  );
  const terraformPlan =
    inputs.terraformPlan === undefined
      ? undefined
      : workspacePath(workspace, inputs.terraformPlan, errors, 'terraform-plan');
  const terraformDir =
    inputs.terraformDir === undefined
      ? undefined
      : workspacePath(workspace, inputs.terraformDir, errors, 'terraform-dir');
  const bicepPath =
    inputs.bicepPath === undefined
      ? undefined
      : executableOutsideWorkspace(workspace, inputs.bicepPath, errors);
  if (errors.length > 0) return { ok: false, errors };

  // No paths means the whole workspace, unless a plan is named: then the plan alone.
  const scanned = terraformPlan === undefined ? paths : [...paths, terraformPlan];
  return {
    ok: true,
    notes,
    settings: {
      scan: {
        paths: scanned,
        benchmarks: inputs.benchmarks.length > 0 ? inputs.benchmarks : (config.benchmarks ?? []),
        namespace: inputs.namespace,
        ...(bicepPath === undefined ? {} : { bicepPath }),
        bicepRestore: inputs.bicepRestore,
        bicepRegistries: inputs.bicepRegistries,
        ...(terraformDir === undefined ? {} : { terraformDir }),
        ignores: ignoreRulesOf(config, configPath),
      },
      gate: {
        failOn: inputs.failOn ?? config.failOn ?? 'new-automated',
        level: inputs.level ?? config.level ?? 'L2',
        failOnError: inputs.failOnError ?? config.failOnError ?? true,
        failOnUnchecked: inputs.failOnUnchecked ?? config.failOnUnchecked ?? true,
      },
    },
  };
}
