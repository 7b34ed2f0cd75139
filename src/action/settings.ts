import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { IgnoreRule } from '../benchmarks/suppressions.js';
import { insideWorkspace } from '../github/workspace.js';
import { findBicep, findOnPath } from '../inputs/bicep/find-bicep.js';
import type { GatePolicy } from '../results/gate.js';
import type { BaseFile } from '../github/baseline.js';
import type { SkipRule } from '../benchmarks/skip-rules.js';
import { resolveSettings } from '../settings/settings.js';
import type { ActionInputs } from './inputs.js';

/** The action's default: only failures a pull request adds block (its base commit is the baseline). */
const actionDefaultPolicy: GatePolicy = {
  failOn: 'new-automated',
  level: 'L2',
  failOnError: true,
  failOnUnchecked: true,
};

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
  /** Relative to the scanned directory. */
  terraformVarFiles: string[];
  ignores: IgnoreRule[];
  exclude: string[];
  skip: SkipRule[];
}

export interface ActionSettings {
  scan: ScanSettings;
  /** The base commit's scan: the same, with the base's own ignores. */
  baseScan: ScanSettings;
  gate: GatePolicy;
  /** On a pull request that edits the config file: each gate setting it changes, `key: base → head`. */
  configChanges: string[];
  /** Where the SARIF log goes: an absolute path inside the workspace, checked before the scan. */
  sarifFile?: string;
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
 * Where the SARIF log is written: inside the workspace or nowhere. The workflow names the path,
 * but a directory symlink that the pull request commits could still lead the write elsewhere.
 */
function sarifPath(workspace: string, path: string, errors: string[]): string | undefined {
  const relativePath = insideWorkspace(workspace, path);
  if (relativePath !== undefined) return join(workspace, relativePath);
  errors.push(
    `sarif-file "${path}" is outside the workspace (${workspace}); the SARIF log is written only inside it`,
  );
  return undefined;
}

/** `path` is named as given; where a link takes it elsewhere in the workspace, that is said too. */
function replaceable(what: string, path: string, workspace: string, relativePath: string): string {
  const real = join(workspace, relativePath);
  const through = resolve(workspace, path) === real ? '' : ` (it resolves to ${real})`;
  return `${what} "${path}" is inside the workspace${through}, where the pull request could replace it`;
}

/** The file the scan will run as bicep, found as the scan finds it; undefined when there is none. */
function bicepExecutable(workspace: string, input: string | undefined): string | undefined {
  if (input !== undefined) return input.includes('/') ? resolve(workspace, input) : findOnPath(input);
  const found = findBicep(undefined);
  return 'path' in found ? found.path : undefined;
}

/**
 * The bicep executable (bicep-path, BICEP_PATH, the copy installed with the action, PATH) is
 * refused when it resolves inside the workspace: the pull request could have put it there.
 * Returns what to run: the file that was judged, or the input when none was found (the scan
 * then says bicep is missing).
 */
function bicepOutsideWorkspace(
  workspace: string,
  input: string | undefined,
  errors: string[],
): string | undefined {
  const executable = bicepExecutable(workspace, input);
  if (executable === undefined) return input;
  const relativePath = insideWorkspace(workspace, executable);
  if (relativePath === undefined) return executable;
  const what =
    input !== undefined ? 'bicep-path' : process.env['BICEP_PATH'] ? 'BICEP_PATH' : 'bicep on PATH';
  errors.push(
    `${replaceable(what, input ?? executable, workspace, relativePath)}; install bicep outside it (for example under $RUNNER_TEMP)`,
  );
  return undefined;
}

/**
 * Files that hold credentials, or that run programs (a kubeconfig's `exec` plugin): the
 * live scan reads them only from outside the workspace, so that no pull request supplies them.
 */
const credentialVariables = [
  'KUBECONFIG',
  'AZURE_FEDERATED_TOKEN_FILE',
  'AZURE_CLIENT_CERTIFICATE_PATH',
  'AZURE_CONFIG_DIR',
];

function credentialsInsideWorkspace(inputs: ActionInputs, workspace: string): string[] {
  const named = [
    ...(inputs.kubeconfig === undefined ? [] : [{ what: 'kubeconfig', path: inputs.kubeconfig }]),
    ...credentialVariables.flatMap((variable) =>
      (process.env[variable] ?? '')
        .split(delimiter)
        .filter((path) => path !== '')
        .map((path) => ({ what: variable, path })),
    ),
  ];
  return named.flatMap(({ what, path }) => {
    const relativePath = insideWorkspace(workspace, path);
    return relativePath === undefined
      ? []
      : [`${replaceable(what, path, workspace, relativePath)}; keep credentials outside the workspace`];
  });
}

/**
 * Inputs given in the workflow win over the config file, which wins over the defaults. On a
 * pull request, `readBase` reads the config file as the base commit has it. Nothing outside
 * the workspace is read, and nothing the pull request could plant inside it is run.
 */
export async function resolveActionSettings(
  inputs: ActionInputs,
  workspace: string,
  readBase?: (configPath: string) => Promise<BaseFile>,
): Promise<SettingsResult> {
  const errors: string[] = [];
  const configPath = workspacePath(workspace, inputs.config, errors, 'config');
  if (configPath === undefined) return { ok: false, errors };
  const resolved = await resolveSettings({
    root: workspace,
    ...(inputs.configExplicit ? { config: configPath } : {}),
    paths: inputs.paths,
    benchmarks: inputs.benchmarks,
    exclude: [],
    policy: {
      ...(inputs.failOn === undefined ? {} : { failOn: inputs.failOn }),
      ...(inputs.level === undefined ? {} : { level: inputs.level }),
      ...(inputs.failOnError === undefined ? {} : { failOnError: inputs.failOnError }),
      ...(inputs.failOnUnchecked === undefined ? {} : { failOnUnchecked: inputs.failOnUnchecked }),
    },
    defaults: actionDefaultPolicy,
    ...(readBase === undefined ? {} : { readBase }),
    baseOptOut: 'config-source: head takes them from the pull request',
    headName: 'the pull request',
  });
  if (!resolved.ok) return resolved;
  const { settings } = resolved;

  const paths = settings.paths.flatMap((path) => workspacePath(workspace, path, errors, 'path') ?? []);
  const terraformPlan =
    inputs.terraformPlan === undefined
      ? undefined
      : workspacePath(workspace, inputs.terraformPlan, errors, 'terraform-plan');
  const terraformDir =
    inputs.terraformDir === undefined
      ? undefined
      : workspacePath(workspace, inputs.terraformDir, errors, 'terraform-dir');
  const terraformVarFiles = inputs.tfVarFiles.flatMap(
    (path) => workspacePath(workspace, path, errors, 'tf-var-files') ?? [],
  );
  const sarifFile =
    inputs.sarifFile === undefined ? undefined : sarifPath(workspace, inputs.sarifFile, errors);
  const bicepPath = bicepOutsideWorkspace(workspace, inputs.bicepPath, errors);
  if (inputs.mode === 'live') errors.push(...credentialsInsideWorkspace(inputs, workspace));
  if (errors.length > 0) return { ok: false, errors };

  // No paths means the whole workspace, unless a plan is named: then the plan alone.
  const scanned = terraformPlan === undefined ? paths : [...paths, terraformPlan];
  const scan: ScanSettings = {
    paths: scanned,
    benchmarks: settings.benchmarks,
    namespace: inputs.namespace,
    ...(bicepPath === undefined ? {} : { bicepPath }),
    bicepRestore: inputs.bicepRestore,
    bicepRegistries: inputs.bicepRegistries,
    ...(terraformDir === undefined ? {} : { terraformDir }),
    terraformVarFiles,
    ignores: settings.ignores,
    exclude: settings.exclude,
    skip: settings.skip,
  };
  return {
    ok: true,
    notes: settings.notes,
    settings: {
      scan,
      baseScan: { ...scan, ignores: settings.baseIgnores },
      gate: settings.gate,
      configChanges: settings.configChanges,
      ...(sarifFile === undefined ? {} : { sarifFile }),
    },
  };
}
