import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { IgnoreRule } from '../benchmarks/suppressions.js';
import { insideWorkspace } from '../github/workspace.js';
import { findBicep, findOnPath } from '../inputs/bicep/compiler.js';
import type { GatePolicy } from '../results/gate.js';
import type { BaseFile } from '../github/baseline.js';
import {
  gateChanges,
  gateFromBase,
  ignoreRulesOf,
  loadActionConfig,
  parseActionConfig,
  type ActionConfig,
} from './config.js';
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
  /** Relative to the scanned directory. */
  terraformVarFiles: string[];
  ignores: IgnoreRule[];
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

type ConfigsResult =
  | { ok: true; config: ActionConfig; baseIgnores: ActionConfig['ignores']; changes: string[] }
  | { ok: false; error: string };

/**
 * The config the run obeys. With `base` (a pull request, config-source: base), the gate's
 * settings are the base commit's and the ignores the head's; the changes are listed.
 */
function chooseConfig(head: ActionConfig, configPath: string, base: BaseFile | undefined): ConfigsResult {
  if (base === undefined) return { ok: true, config: head, baseIgnores: head.ignores, changes: [] };
  if (base.kind === 'unreadable') {
    return {
      ok: false,
      error: `${configPath} could not be read at the base commit (${base.reason}); on a pull request the gate's settings come from the base (config-source: head takes them from the pull request)`,
    };
  }
  const parsed =
    base.kind === 'missing'
      ? { ok: true as const, config: { ignores: [] } }
      : parseActionConfig(base.text, `${configPath} at the base commit`);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    config: gateFromBase(parsed.config, head),
    baseIgnores: parsed.config.ignores,
    changes: gateChanges(parsed.config, head),
  };
}

/**
 * Inputs given in the workflow win over the config file, which wins over the defaults. On a
 * pull request, `readBase` reads the config file as the base commit has it.
 */
export async function resolveSettings(
  inputs: ActionInputs,
  workspace: string,
  readBase?: (configPath: string) => Promise<BaseFile>,
): Promise<SettingsResult> {
  const errors: string[] = [];
  const notes: string[] = [];
  const configPath = workspacePath(workspace, inputs.config, errors, 'config');
  if (configPath === undefined) return { ok: false, errors };
  const loaded = loadActionConfig(resolve(workspace, configPath), configPath, inputs.configExplicit);
  if (!loaded.ok) return { ok: false, errors: [loaded.error] };
  const base = readBase === undefined ? undefined : await readBase(configPath);
  const chosen = chooseConfig(loaded.config, configPath, base);
  if (!chosen.ok) return { ok: false, errors: [chosen.error] };
  const { config } = chosen;
  if (loaded.found)
    notes.push(`config: ${configPath}${base === undefined ? '' : ' (gate settings from the base commit)'}`);
  notes.push(
    ...chosen.changes.map((change) => `the pull request changes ${change}; it takes effect after merge`),
  );

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
    benchmarks: inputs.benchmarks.length > 0 ? inputs.benchmarks : (config.benchmarks ?? []),
    namespace: inputs.namespace,
    ...(bicepPath === undefined ? {} : { bicepPath }),
    bicepRestore: inputs.bicepRestore,
    bicepRegistries: inputs.bicepRegistries,
    ...(terraformDir === undefined ? {} : { terraformDir }),
    terraformVarFiles,
    ignores: ignoreRulesOf(config, configPath),
  };
  return {
    ok: true,
    notes,
    settings: {
      scan,
      baseScan: { ...scan, ignores: ignoreRulesOf({ ignores: chosen.baseIgnores }, configPath) },
      gate: {
        failOn: inputs.failOn ?? config.failOn ?? 'new-automated',
        level: inputs.level ?? config.level ?? 'L2',
        failOnError: inputs.failOnError ?? config.failOnError ?? true,
        failOnUnchecked: inputs.failOnUnchecked ?? config.failOnUnchecked ?? true,
      },
      configChanges: chosen.changes,
      ...(sarifFile === undefined ? {} : { sarifFile }),
    },
  };
}
