import { existsSync, readFileSync } from 'node:fs';
import type { SkipRule } from '../benchmarks/skip-rules.js';
import type { IgnoreRule, ResourceSelector } from '../benchmarks/suppressions.js';
import type { FailOn, Level } from '../results/gate.js';
import { quoteInput } from '../model/quote.js';

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

export interface ConfigFileShape {
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

/** The parser (js-yaml and the schema's validator), loaded only when there is a config file to read. */
export const configParser = () => import('./config-parse.js');

/**
 * Reads the config file. A missing file is fine unless it was named explicitly; a file that
 * does not parse or match the schema is an error naming the file and the line.
 */
export async function loadConfigFile(
  absolutePath: string,
  displayPath: string,
  explicit: boolean,
): Promise<ConfigResult> {
  if (!existsSync(absolutePath)) {
    return explicit
      ? { ok: false, error: `${displayPath}: config file not found` }
      : { ok: true, config: { ignores: [] }, found: false };
  }
  const text = readFileSync(absolutePath, 'utf8');
  if (text.length > maxConfigBytes) return { ok: false, error: `${displayPath}: larger than 1 MiB` };
  return (await configParser()).parseConfigFile(text, { path: displayPath });
}

/** How messages name the file: its path, and where it was read when that is not the working tree. */
export interface ConfigName {
  path: string;
  /** e.g. ` at the base commit`, after the line. */
  at?: string;
}

/** `5.2.2` is CIS Kubernetes' rule, as in ignores and annotations; `cis-aks:4.2.1` names its family. */
export const qualifiedName = (rule: string): string => (rule.includes(':') ? rule : `cis-kubernetes:${rule}`);

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
