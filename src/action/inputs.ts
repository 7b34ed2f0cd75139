import { getInput, setSecret } from '../github/runner-commands.js';
import type { BaselineSource } from '../github/baseline.js';
import { failOnValues, levelValues, type FailOn, type Level } from '../results/gate.js';
import { isRegistryHost, publicRegistry } from '../inputs/bicep/registry-hosts.js';
import { parseShard, type Shard } from '../shard/shard.js';
import { defaultConfigPath } from '../settings/config-file.js';

/**
 * `code`: scan the repository's files (or one shard of them); `live`: read the deployed cluster
 * (and the files, when paths are set); `merge`: publish one verdict from the shards' reports.
 */
export type Mode = 'code' | 'live' | 'merge';
export const modeValues: readonly Mode[] = ['code', 'live', 'merge'];

/** Where the gate's own settings come from on a pull request: the base commit, or (opted into) the head. */
export type ConfigSource = 'base' | 'head';
export const configSourceValues: readonly ConfigSource[] = ['base', 'head'];

/**
 * Every input of action.yml, read once. Empty optional inputs stay undefined so that the
 * config file can supply them (an input given in the workflow wins over the config file).
 */
export interface ActionInputs {
  mode: Mode;
  paths: string[];
  terraformPlan?: string;
  terraformDir?: string;
  /** Terraform variable files for .tf sources read without a plan. */
  tfVarFiles: string[];
  bicepPath?: string;
  /** Restore registry modules missing from bicep's cache (network access to the registries below). */
  bicepRestore: boolean;
  /** Registries bicep may restore from. */
  bicepRegistries: string[];
  benchmarks: string[];
  level?: Level;
  failOn?: FailOn;
  failOnError?: boolean;
  failOnUnchecked?: boolean;
  namespace: string;
  baseline: BaselineSource;
  comment: boolean;
  annotations: boolean;
  sarifFile?: string;
  config: string;
  /** Whether `config` was set to something other than the default path. */
  configExplicit: boolean;
  configSource: ConfigSource;
  githubToken: string;
  /** Live mode: the kubeconfig (else KUBECONFIG, as azure/aks-set-context leaves it). */
  kubeconfig?: string;
  context?: string;
  azureClusterId?: string;
  /** Live mode, opt-in: one read-only Job per node pool. */
  nodeAudit: boolean;
  /** Code mode: read only this shard and write what it read to `report-json`, publishing nothing. */
  shard?: Shard;
  /** Merge mode: a glob of the shards' `report-json` files. */
  shardReports?: string;
}

export type InputsResult = { ok: true; inputs: ActionInputs } | { ok: false; errors: string[] };

type ReadInput = (name: string) => string;

/** Reads the inputs the way the runner passes them (INPUT_* variables), errors as values. */
export function readActionInputs(readInput: ReadInput = getInput): InputsResult {
  const errors: string[] = [];
  const text = (name: string): string | undefined => readInput(name).trim() || undefined;
  const lines = (name: string): string[] =>
    readInput(name)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = text(name);
    if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
    errors.push(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
    return undefined;
  };
  const optionalFlag = (name: string): boolean | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    errors.push(`input ${name}: "${value}" is not true or false`);
    return undefined;
  };
  const flag = (name: string, fallback: boolean): boolean => optionalFlag(name) ?? fallback;

  const token = readInput('github-token').trim();
  // Registered before anything could log it: the runner masks it in every later line.
  if (token !== '') setSecret(token);
  const config = text('config') ?? defaultConfigPath;
  const inputs: ActionInputs = {
    mode: oneOf('mode', modeValues) ?? 'code',
    paths: lines('paths'),
    terraformPlan: text('terraform-plan'),
    terraformDir: text('terraform-dir'),
    tfVarFiles: lines('tf-var-files'),
    bicepPath: text('bicep-path'),
    bicepRestore: flag('bicep-restore', true),
    bicepRegistries: lines('bicep-registries'),
    benchmarks: lines('benchmarks'),
    level: oneOf('level', levelValues),
    failOn: oneOf('fail-on', failOnValues),
    failOnError: optionalFlag('fail-on-error'),
    failOnUnchecked: optionalFlag('fail-on-unchecked'),
    namespace: text('namespace') ?? 'default',
    baseline: baselineSource(text('baseline')),
    comment: flag('comment', true),
    annotations: flag('annotations', true),
    sarifFile: text('sarif-file'),
    config,
    configExplicit: config !== defaultConfigPath,
    configSource: oneOf('config-source', configSourceValues) ?? 'base',
    githubToken: token,
    kubeconfig: text('kubeconfig'),
    context: text('context'),
    azureClusterId: text('azure-cluster-id'),
    nodeAudit: flag('node-audit', false),
    ...shardInputs(text, errors),
  };
  if (inputs.mode !== 'code' && inputs.shard !== undefined)
    errors.push('input shard-index, shard-count: only with mode: code');
  if ((inputs.mode === 'merge') !== (inputs.shardReports !== undefined))
    errors.push('input shard-reports: needed with mode: merge, and only there');
  if (inputs.bicepRegistries.length === 0) inputs.bicepRegistries = [publicRegistry];
  for (const registry of inputs.bicepRegistries.filter((candidate) => !isRegistryHost(candidate))) {
    errors.push(
      `input bicep-registries: "${registry}" is not a registry host name (example: myregistry.azurecr.io)`,
    );
  }
  if (inputs.mode === 'code') {
    const liveOnly = ['kubeconfig', 'context', 'azure-cluster-id'].filter((name) => text(name) !== undefined);
    if (inputs.nodeAudit) liveOnly.push('node-audit');
    if (liveOnly.length > 0) errors.push(`input ${liveOnly.join(', ')}: only with mode: live`);
  }
  return errors.length === 0 ? { ok: true, inputs } : { ok: false, errors };
}

/** `shard-index` and `shard-count` come together: shard I of N, I from 1 to N. */
function shardInputs(
  text: (name: string) => string | undefined,
  errors: string[],
): Pick<ActionInputs, 'shard' | 'shardReports'> {
  const index = text('shard-index');
  const count = text('shard-count');
  const shardReports = text('shard-reports');
  const reports = shardReports === undefined ? {} : { shardReports };
  if (index === undefined && count === undefined) return reports;
  const shard = parseShard(`${index ?? ''}/${count ?? ''}`);
  if (shard === undefined)
    errors.push(
      `input shard-index, shard-count: give both, with 1 ≤ shard-index ≤ shard-count (got "${index ?? ''}" and "${count ?? ''}")`,
    );
  return { ...reports, ...(shard === undefined ? {} : { shard }) };
}

function baselineSource(value: string | undefined): BaselineSource {
  if (value === undefined || value === 'auto') return { kind: 'auto' };
  if (value === 'none') return { kind: 'none' };
  return { kind: 'file', path: value };
}
