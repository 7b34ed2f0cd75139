import { existsSync, readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { loadCatalogs } from '../benchmarks/load-catalogs.js';
import { closestRuleNames, findRules } from '../benchmarks/rule-lookup.js';
import type { SkipRule } from '../benchmarks/skip-rules.js';
import type { IgnoreRule, ResourceSelector } from '../benchmarks/suppressions.js';
import type { FailOn, Level } from '../results/gate.js';
import { quoteInput } from '../model/quote.js';
// config.schema.json, compiled by ajv ahead of time (config-validator-source.ts).
import validateConfigFile from './config-validator.generated.js';
import { lineOfPointer } from './yaml-lines.js';

/** The config file's default place, under the scanned root (the action's workspace, the CLI's directory). */
export const defaultConfigPath = '.github/aks-cis-gate.yml';

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

/** One `skip:` entry: a rule switched off everywhere, with the reason. */
export interface ConfigSkip {
  rule: string;
  reason: string;
}

/** The config file (`.github/aks-cis-gate.yml`), after schema validation; the action and the CLI read the same. */
export interface ConfigFile {
  paths?: string[];
  exclude?: string[];
  benchmarks?: string[];
  level?: Level;
  failOn?: FailOn;
  failOnError?: boolean;
  failOnUnchecked?: boolean;
  skip?: ConfigSkip[];
  ignores: ConfigIgnore[];
}

export type ConfigResult = { ok: true; config: ConfigFile; found: boolean } | { ok: false; error: string };

interface ConfigFileShape {
  paths?: string[];
  exclude?: string[];
  benchmarks?: string[];
  level?: Level;
  'fail-on'?: FailOn;
  'fail-on-error'?: boolean;
  'fail-on-unchecked'?: boolean;
  skip?: ConfigSkip[];
  ignores?: ConfigIgnore[];
}

const maxConfigBytes = 1024 * 1024;
const validateConfig = validateConfigFile as ValidateFunction<ConfigFileShape>;

/**
 * Reads the config file. A missing file is fine unless it was named explicitly; a file that
 * does not parse or match the schema is an error naming the file and the line.
 */
export function loadConfigFile(absolutePath: string, displayPath: string, explicit: boolean): ConfigResult {
  if (!existsSync(absolutePath)) {
    return explicit
      ? { ok: false, error: `${displayPath}: config file not found` }
      : { ok: true, config: { ignores: [] }, found: false };
  }
  const text = readFileSync(absolutePath, 'utf8');
  if (text.length > maxConfigBytes) return { ok: false, error: `${displayPath}: larger than 1 MiB` };
  return parseConfigFile(text, { path: displayPath });
}

/** Where a schema error points: the property it names (an unknown or missing key), else the value. */
function pointerOf(problem: ErrorObject): string {
  const property = (problem.params as { additionalProperty?: unknown }).additionalProperty;
  return typeof property === 'string' ? `${problem.instancePath}/${property}` : problem.instancePath;
}

/** `file:line: message` for each problem, the lines as the text has them. */
function locatedErrors(text: string, file: ConfigName, problems: { pointer: string; message: string }[]) {
  return problems
    .map(({ pointer, message }) => {
      const line = lineOfPointer(text, pointer);
      return `${file.path}${line === undefined ? '' : `:${line}`}${file.at ?? ''}: ${message}`;
    })
    .join('; ');
}

/** How messages name the file: its path, and where it was read when that is not the working tree. */
export interface ConfigName {
  path: string;
  /** e.g. ` at the base commit`, after the line. */
  at?: string;
}

/** A skip's rule must name a rule some catalog has: a typo would otherwise switch nothing off, silently. */
function unknownSkippedRules(skips: readonly ConfigSkip[]): { pointer: string; message: string }[] {
  const catalogs = loadCatalogs();
  return skips.flatMap(({ rule }, index) =>
    findRules(catalogs, qualifiedName(rule)).length > 0
      ? []
      : [
          {
            pointer: `/skip/${index}/rule`,
            message: `skip: no catalog has the rule ${quoteInput(rule)}; the closest are ${closestRuleNames(catalogs, qualifiedName(rule)).join(', ')}`,
          },
        ],
  );
}

/** `5.2.2` is CIS Kubernetes' rule, as in ignores and annotations; `cis-aks:4.2.1` names its family. */
const qualifiedName = (rule: string): string => (rule.includes(':') ? rule : `cis-kubernetes:${rule}`);

export function parseConfigFile(text: string, file: ConfigName): ConfigResult {
  let document: unknown;
  try {
    // Core schema (YAML 1.2): `expires: 2026-12-31` stays a string, `level: L1` is not coerced.
    document = text.trim() === '' ? {} : load(text, { schema: CORE_SCHEMA, maxAliases: 100, maxDepth: 20 });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? `:${error.mark.line + 1}` : '';
    return { ok: false, error: `${file.path}${line}${file.at ?? ''}: ${error.reason}` };
  }
  document ??= {};
  if (!validateConfig(document)) {
    const problems = (validateConfig.errors ?? []).map((problem) => ({
      pointer: pointerOf(problem),
      message: `${problem.instancePath || '(top level)'} ${problem.message ?? 'is invalid'}`,
    }));
    return { ok: false, error: locatedErrors(text, file, problems) };
  }
  const unknownRules = unknownSkippedRules(document.skip ?? []);
  if (unknownRules.length > 0) return { ok: false, error: locatedErrors(text, file, unknownRules) };
  return {
    ok: true,
    found: true,
    config: {
      paths: document.paths,
      exclude: document.exclude,
      benchmarks: document.benchmarks,
      level: document.level,
      failOn: document['fail-on'],
      failOnError: document['fail-on-error'],
      failOnUnchecked: document['fail-on-unchecked'],
      skip: document.skip,
      ignores: document.ignores ?? [],
    },
  };
}

/**
 * The keys that decide the gate, as the file spells them. On a pull request (and with the CLI's
 * --base) they come from the base commit: a pull request could otherwise switch off the gate
 * that judges it, or exclude and skip what it adds.
 */
const gateKeys = [
  ['paths', 'paths'],
  ['exclude', 'exclude'],
  ['benchmarks', 'benchmarks'],
  ['level', 'level'],
  ['fail-on', 'failOn'],
  ['fail-on-error', 'failOnError'],
  ['fail-on-unchecked', 'failOnUnchecked'],
  ['skip', 'skip'],
] as const satisfies readonly (readonly [keyof ConfigFileShape, keyof ConfigFile])[];

/** The gate's settings from `base`, the ignores from `head` (they are reviewable code, listed apart). */
export function gateFromBase(base: ConfigFile, head: ConfigFile): ConfigFile {
  return {
    ...Object.fromEntries(gateKeys.map(([, key]) => [key, base[key]])),
    ignores: head.ignores,
  };
}

/** `fail-on: new-automated → none`, for each gate key the head changes. */
export function gateChanges(base: ConfigFile, head: ConfigFile): string[] {
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
export function ignoreRulesOf(ignores: readonly ConfigIgnore[], displayPath: string): IgnoreRule[] {
  return ignores.map((ignore) => ({
    rule: ignore.rule,
    reason: ignore.reason,
    paths: ignore.paths,
    resources: ignore.resources?.map(parseResourceSelector),
    expires: ignore.expires,
    source: { file: displayPath },
  }));
}

/** The config's skips as the scan takes them: each rule by its family (`cis-kubernetes:5.2.2`). */
export function skipRulesOf(skips: readonly ConfigSkip[], displayPath: string): SkipRule[] {
  return skips.map((skip) => ({ rule: qualifiedName(skip.rule), reason: skip.reason, source: displayPath }));
}
