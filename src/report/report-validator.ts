import { Ajv, type ValidateFunction } from 'ajv';
import type { ScanReport } from '../results/results.js';
import schema from './report.schema.json' with { type: 'json' };

/**
 * Version 2's finding: a flat file position and no tagged `location` (a live finding said
 * `live:<context>`, line 1). Version 3 added `location`.
 */
const { if: _fileIf, then: _fileThen, ...findingRule } = schema.definitions.finding;
const { location: _location, ...versionTwoFindingProperties } = findingRule.properties;
const versionTwoFinding = {
  ...findingRule,
  required: ['file', 'line', 'column', 'resource', 'message', 'fingerprint'],
  properties: versionTwoFindingProperties,
};
const versionTwoSchema = {
  ...schema,
  $id: 'https://github.com/aks-cis-gate/aks-cis-gate/report.v2.schema.json',
  properties: { ...schema.properties, schemaVersion: { const: 2 } },
  definitions: { ...schema.definitions, finding: versionTwoFinding },
};

/**
 * Version 1 differs from version 2 only in what an undecided row's status says (Microsoft's
 * word then, "Not evaluated" now): the same schema, without the rule that ties the two.
 */
const { allOf: _statusRules, ...versionOneRule } = schema.definitions.rule;
const versionOneSchema = {
  ...versionTwoSchema,
  $id: 'https://github.com/aks-cis-gate/aks-cis-gate/report.v1.schema.json',
  properties: { ...schema.properties, schemaVersion: { const: 1 } },
  definitions: { ...versionTwoSchema.definitions, rule: versionOneRule },
};

/**
 * Compiled on first use: compiling the three schemas took about a fifth of a 10k-object scan's
 * CPU, and a scan without a baseline report never validates one.
 */
let validators: Record<1 | 2 | 3, ValidateFunction> | undefined;
function compileValidators(): Record<1 | 2 | 3, ValidateFunction> {
  const ajv = new Ajv({ allErrors: false });
  return { 1: ajv.compile(versionOneSchema), 2: ajv.compile(versionTwoSchema), 3: ajv.compile(schema) };
}

export type ReportValidation = { ok: true; report: ScanReport } | { ok: false; problem: string };

/**
 * A JSON report of an earlier scan (schemaVersion 1 to 3), checked against the published schema
 * before anything reads it: it may come from a file anyone could have written.
 */
export function validateReport(value: unknown): ReportValidation {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== 1 && version !== 2 && version !== 3)
    return { ok: false, problem: 'not an aks-cis-gate JSON report (schemaVersion 1 to 3)' };
  const validate = (validators ??= compileValidators())[version];
  if (validate(value)) return { ok: true, report: value as ScanReport };
  const [error] = validate.errors ?? [];
  return {
    ok: false,
    problem: `not a valid schemaVersion ${version} report: ${error?.instancePath || '(top level)'} ${error?.message ?? 'is invalid'}`,
  };
}
