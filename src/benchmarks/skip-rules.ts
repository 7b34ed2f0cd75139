import type { BenchmarkResult, RuleResult, SkippedRule } from '../results/results.js';
import { qualifiedRuleId } from './catalog.js';

/** A rule switched off by the config file's `skip:`, by family and id (`cis-kubernetes:5.2.2`). */
export interface SkipRule {
  rule: string;
  reason: string;
  /** The config file that says so. */
  source: string;
}

/**
 * Switches the skipped rules off in every catalog of their family: no findings, so nothing
 * fails or blocks, and status Skipped (never Pass) with the configuration's reason.
 */
export function skipRules(
  benchmarks: readonly BenchmarkResult[],
  skips: readonly SkipRule[],
): { benchmarks: BenchmarkResult[]; skipped: SkippedRule[] } {
  // Without skips every row stays as it is: no copy of each catalog's rows.
  if (skips.length === 0) return { benchmarks: [...benchmarks], skipped: [] };
  const byRule = new Map(skips.map((skip) => [skip.rule, skip]));
  const skipped = new Map<string, SkippedRule>();
  const skipRow = (benchmark: BenchmarkResult, rule: RuleResult): RuleResult => {
    const skip = byRule.get(qualifiedRuleId(benchmark.family, rule.id));
    if (skip === undefined) return rule;
    skipped.set(skip.rule, { rule: skip.rule, reason: skip.reason, source: skip.source });
    return {
      ...rule,
      status: 'Skipped',
      reason: `Skipped by configuration (${skip.source}): ${skip.reason}`,
      decidedBy: 'config',
      findings: [],
    };
  };
  return {
    benchmarks: benchmarks.map((benchmark) => ({
      ...benchmark,
      rules: benchmark.rules.map((rule) => skipRow(benchmark, rule)),
    })),
    skipped: [...skipped.values()],
  };
}
