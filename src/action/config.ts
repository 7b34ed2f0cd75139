import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { IgnoreRule, ResourceSelector } from '../benchmarks/suppressions.js';
import type { FailOn, Level } from '../results/gate.js';
import { quoteInput } from '../model/quote.js';
import configSchema from './config.schema.json' with { type: 'json' };

/** One `ignores:` entry of the config file. */
export interface ConfigIgnore {
  /** `5.2.2` (CIS Kubernetes) or `family:id`, e.g. `cis-aks:4.2.1`. */
  rule: string;
  reason: string;
  /** Globs of files, relative to the workspace. */
  paths?: string[];
  /** `Kind/namespace/name` selectors; globs allowed. */
  resources?: string[];
  /** Last day it applies, `YYYY-MM-DD` (UTC). */
  expires?: string;
}

/** The config file (`.github/aks-cis-gate.yml`), after schema validation. */
export interface ActionConfig {
  paths?: string[];
  benchmarks?: string[];
  level?: Level;
  failOn?: FailOn;
  failOnError?: boolean;
  failOnUnchecked?: boolean;
  ignores: ConfigIgnore[];
}

export type ConfigResult = { ok: true; config: ActionConfig; found: boolean } | { ok: false; error: string };

interface ConfigFileShape {
  paths?: string[];
  benchmarks?: string[];
  level?: Level;
  'fail-on'?: FailOn;
  'fail-on-error'?: boolean;
  'fail-on-unchecked'?: boolean;
  ignores?: ConfigIgnore[];
}

const maxConfigBytes = 1024 * 1024;
const validateConfig = new Ajv({ allErrors: true }).compile<ConfigFileShape>(configSchema);

/**
 * Reads the config file. A missing file is fine unless the workflow named it explicitly;
 * a file that does not parse or match the schema is an error naming the file and the place.
 */
export function loadActionConfig(absolutePath: string, displayPath: string, explicit: boolean): ConfigResult {
  if (!existsSync(absolutePath)) {
    return explicit
      ? { ok: false, error: `${displayPath}: config file not found` }
      : { ok: true, config: { ignores: [] }, found: false };
  }
  const text = readFileSync(absolutePath, 'utf8');
  if (text.length > maxConfigBytes) return { ok: false, error: `${displayPath}: larger than 1 MiB` };
  return parseActionConfig(text, displayPath);
}

export function parseActionConfig(text: string, displayPath: string): ConfigResult {
  let document: unknown;
  try {
    // Core schema (YAML 1.2): `expires: 2026-12-31` stays a string, `level: L1` is not coerced.
    document = text.trim() === '' ? {} : load(text, { schema: CORE_SCHEMA, maxAliases: 100, maxDepth: 20 });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? `:${error.mark.line + 1}` : '';
    return { ok: false, error: `${displayPath}${line}: ${error.reason}` };
  }
  document ??= {};
  if (!validateConfig(document)) {
    const problems = (validateConfig.errors ?? []).map(
      (problem) => `${problem.instancePath || '(top level)'} ${problem.message ?? 'is invalid'}`,
    );
    return { ok: false, error: `${displayPath}: ${problems.join('; ')}` };
  }
  return {
    ok: true,
    found: true,
    config: {
      paths: document.paths,
      benchmarks: document.benchmarks,
      level: document.level,
      failOn: document['fail-on'],
      failOnError: document['fail-on-error'],
      failOnUnchecked: document['fail-on-unchecked'],
      ignores: document.ignores ?? [],
    },
  };
}

/**
 * The keys that decide the gate, as the file spells them. On a pull request they come from
 * the base commit: a pull request could otherwise switch off the gate that judges it.
 */
const gateKeys = [
  ['paths', 'paths'],
  ['benchmarks', 'benchmarks'],
  ['level', 'level'],
  ['fail-on', 'failOn'],
  ['fail-on-error', 'failOnError'],
  ['fail-on-unchecked', 'failOnUnchecked'],
] as const satisfies readonly (readonly [keyof ConfigFileShape, keyof ActionConfig])[];

/** The gate's settings from `base`, the ignores from `head` (they are reviewable code, listed apart). */
export function gateFromBase(base: ActionConfig, head: ActionConfig): ActionConfig {
  return {
    ...Object.fromEntries(gateKeys.map(([, key]) => [key, base[key]])),
    ignores: head.ignores,
  };
}

/** `fail-on: new-automated → none`, for each gate key the head changes. */
export function gateChanges(base: ActionConfig, head: ActionConfig): string[] {
  const show = (value: unknown) => (value === undefined ? '(not set)' : quoteInput(value));
  return gateKeys
    .filter(([, key]) => JSON.stringify(base[key]) !== JSON.stringify(head[key]))
    .map(([name, key]) => `${name}: ${show(base[key])} → ${show(head[key])}`);
}

/** `Kind/namespace/name` (or `Kind/name` for cluster-scoped kinds) into the engine's selector. */
export function parseResourceSelector(text: string): ResourceSelector {
  const [kind, first, second] = text.split('/');
  const part = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
  return second === undefined
    ? { kind: part(kind), name: part(first) }
    : { kind: part(kind), namespace: part(first), name: part(second) };
}

/** The config's ignores as the scan takes them; expiry is the scan's to judge (and to report). */
export function ignoreRulesOf(config: ActionConfig, displayPath: string): IgnoreRule[] {
  return config.ignores.map((ignore) => ({
    rule: ignore.rule,
    reason: ignore.reason,
    paths: ignore.paths,
    resources: ignore.resources?.map(parseResourceSelector),
    expires: ignore.expires,
    source: { file: displayPath },
  }));
}
