import { resolve } from 'node:path';
import type { SkipRule } from '../benchmarks/skip-rules.js';
import type { IgnoreRule } from '../benchmarks/suppressions.js';
import type { BaseFile } from '../github/baseline.js';
import { insideWorkspace } from '../github/workspace.js';
import type { GatePolicy } from '../results/gate.js';
import {
  defaultConfigPath,
  gateChanges,
  gateFromBase,
  ignoreRulesOf,
  configParser,
  loadConfigFile,
  skipRulesOf,
  type ConfigFile,
} from './config-file.js';

/**
 * What an entry point asks for. Every value given on the command line or in the workflow wins
 * over the config file, which wins over the entry point's defaults.
 */
export interface SettingsRequest {
  /** The directory that paths, excludes and the default config file are relative to. */
  root: string;
  /** The config file named by the user (relative to `root`); undefined: the default one, when present. */
  config?: string;
  paths: string[];
  benchmarks: string[];
  exclude: string[];
  policy: Partial<GatePolicy>;
  defaults: GatePolicy;
  /**
   * The base commit's copy of a file (path relative to `root`). With it, the gate's settings,
   * excludes and skips come from the base commit's config file, the ignores from the head's.
   */
  readBase?: (path: string) => Promise<BaseFile>;
  /** How to opt out of reading the base's config, for the message when it cannot be read. */
  baseOptOut?: string;
  /** What the notes call the change under review: `the pull request`, `the working tree`. */
  headName?: string;
}

/** The scan and the gate, decided once for the CLI and the action alike. */
export interface Settings {
  /** Relative to `root`; globs allowed; empty: the whole root. */
  paths: string[];
  benchmarks: string[];
  exclude: string[];
  skip: SkipRule[];
  ignores: IgnoreRule[];
  /** The base commit's own ignores, for its scan. */
  baseIgnores: IgnoreRule[];
  gate: GatePolicy;
  /** Each gate setting the head's config file changes from the base's, `key: base → head`. */
  configChanges: string[];
  /** What to tell the user: which config file was used, and from where. */
  notes: string[];
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

type Chosen =
  { ok: true; config: ConfigFile; baseConfig: ConfigFile; changes: string[] } | { ok: false; error: string };

/**
 * The config the run obeys. With a base, the gate's settings are the base commit's and the
 * ignores the head's; the changes are listed.
 */
async function chooseConfig(head: ConfigFile, configPath: string, request: SettingsRequest): Promise<Chosen> {
  if (request.readBase === undefined) return { ok: true, config: head, baseConfig: head, changes: [] };
  const base = await request.readBase(configPath);
  if (base.kind === 'unreadable') {
    const optOut = request.baseOptOut === undefined ? '' : ` (${request.baseOptOut})`;
    return {
      ok: false,
      error: `${configPath} could not be read at the base commit (${base.reason}); the gate's settings come from the base${optOut}`,
    };
  }
  const parsed =
    base.kind === 'missing'
      ? { ok: true as const, config: { ignores: [] } }
      : (await configParser()).parseConfigFile(base.text, { path: configPath, at: ' at the base commit' });
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    config: gateFromBase(parsed.config, head),
    baseConfig: parsed.config,
    changes: gateChanges(parsed.config, head),
  };
}

/** The config file's path relative to the root; one outside it has no copy at the base commit. */
function configPathOf(request: SettingsRequest): { ok: true; path: string } | { ok: false; error: string } {
  const named = request.config ?? defaultConfigPath;
  const relativePath = insideWorkspace(request.root, named);
  if (relativePath !== undefined) return { ok: true, path: relativePath };
  if (request.readBase !== undefined)
    return {
      ok: false,
      error: `config "${named}" is outside ${request.root}, so the base commit has no copy of it`,
    };
  return { ok: true, path: resolve(request.root, named) };
}

/** Reads the config file (and the base commit's) and settles the scan and the gate. */
export async function resolveSettings(request: SettingsRequest): Promise<SettingsResult> {
  const configPath = configPathOf(request);
  if (!configPath.ok) return { ok: false, errors: [configPath.error] };
  const file = configPath.path;
  const loaded = await loadConfigFile(resolve(request.root, file), file, request.config !== undefined);
  if (!loaded.ok) return { ok: false, errors: [loaded.error] };
  const chosen = await chooseConfig(loaded.config, file, request);
  if (!chosen.ok) return { ok: false, errors: [chosen.error] };
  const { config, baseConfig } = chosen;
  const notes = [
    ...(loaded.found
      ? [`config: ${file}${request.readBase === undefined ? '' : ' (gate settings from the base commit)'}`]
      : []),
    ...chosen.changes.map(
      (change) => `${request.headName ?? 'the head'} changes ${change}; it takes effect after merge`,
    ),
  ];
  const given = <T>(value: T[], fallback: T[] | undefined): T[] =>
    value.length > 0 ? value : (fallback ?? []);
  const { policy, defaults } = request;
  return {
    ok: true,
    settings: {
      paths: given(request.paths, config.paths),
      benchmarks: given(request.benchmarks, config.benchmarks),
      exclude: given(request.exclude, config.exclude),
      skip: skipRulesOf(config.skip ?? [], file),
      ignores: ignoreRulesOf(config.ignores, file),
      baseIgnores: ignoreRulesOf(baseConfig.ignores, file),
      gate: {
        failOn: policy.failOn ?? config.failOn ?? defaults.failOn,
        level: policy.level ?? config.level ?? defaults.level,
        failOnError: policy.failOnError ?? config.failOnError ?? defaults.failOnError,
        failOnUnchecked: policy.failOnUnchecked ?? config.failOnUnchecked ?? defaults.failOnUnchecked,
      },
      configChanges: chosen.changes,
      notes,
    },
  };
}
