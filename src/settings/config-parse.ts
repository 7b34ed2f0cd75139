import type { ErrorObject, ValidateFunction } from 'ajv';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { loadCatalogs } from '../benchmarks/load-catalogs.js';
import { closestRuleNames, findRules } from '../benchmarks/rule-lookup.js';
import { quoteInput } from '../model/quote.js';
import {
  qualifiedName,
  type ConfigFileShape,
  type ConfigName,
  type ConfigResult,
  type ConfigSkip,
} from './config-file.js';
// config.schema.json, compiled by ajv ahead of time (config-validator-source.ts).
import validateConfigFile from './config-validator.generated.js';
import { lineOfPointer } from './yaml-lines.js';

// Apart from config-file.ts so that a run without a config file loads neither js-yaml nor the validator.

const validateConfig = validateConfigFile as ValidateFunction<ConfigFileShape>;

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
