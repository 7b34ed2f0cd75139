import type { Check } from '../checks/check.js';
import type { InputError, NotCheckedInput, SkippedFile } from '../inputs/input-format.js';
import type { ScanModel } from '../model/scan-model.js';
import { schemaVersion, type ScanReport } from '../results/results.js';
import type { Catalog } from './catalog.js';
import { evaluate } from './evaluate.js';
import { selectCatalogs } from './select-catalogs.js';
import { skipRules, type SkipRule } from './skip-rules.js';
import { buildSuppressions, type IgnoreRule } from './suppressions.js';

/**
 * The scan cannot start: a bad option, a PATH that does not exist or matches nothing.
 * Callers turn it into exit status 2 (CLI) or a failed step (action). Problems in the
 * scanned files are never thrown: they are report errors.
 */
export class CannotRunError extends Error {
  override readonly name = 'CannotRunError';
}

/** What the engine needs besides the model; tests pass their own catalogs and checks. */
export interface AssessOptions {
  catalogs: Catalog[];
  checks: readonly Check[];
  benchmarks?: readonly string[];
  namespace?: string;
  ignores?: readonly IgnoreRule[];
  /** Rules the config file switches off. */
  skip?: readonly SkipRule[];
  today?: Date;
}

/** What reading the inputs produced. */
export interface InputOutcome {
  model: ScanModel;
  errors: InputError[];
  skipped: SkippedFile[];
  notChecked: NotCheckedInput[];
}

/** The model → report half of the scan: select catalogs, run the checks, apply suppressions, fingerprint. */
export function assess(input: InputOutcome, options: AssessOptions): ScanReport {
  const selection = selectCatalogs(options.catalogs, input.model, options.benchmarks ?? []);
  if (!selection.ok) throw new CannotRunError(selection.message);
  const suppressions = buildSuppressions(input.model, options.ignores ?? [], options.today ?? new Date());
  const evaluated = evaluate(selection.selections, {
    checks: options.checks,
    options: { defaultNamespace: options.namespace ?? 'default' },
    suppressions,
  });
  const { benchmarks, skipped } = skipRules(evaluated, options.skip ?? []);
  return {
    schemaVersion,
    benchmarks,
    ...(skipped.length === 0 ? {} : { skippedRules: skipped }),
    skipped: input.skipped,
    notChecked: input.notChecked,
    errors: input.errors,
    ...(suppressions.notices.length === 0 ? {} : { notices: suppressions.notices }),
  };
}
