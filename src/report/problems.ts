import { qualifiedRuleId, type FixLanguage } from '../benchmarks/catalog.js';
import { findingPlace, findingSource } from './summary.js';
import type { BenchmarkResult, Finding, RuleResult } from '../results/results.js';
import { hasExtension } from '../inputs/input-format.js';
import { inputFormats } from '../inputs/registry.js';

/** A finding with the row that reports it (the gate's failures are these, with flags). */
export interface RowFinding {
  benchmark: BenchmarkResult;
  rule: RuleResult;
  finding: Finding;
}

/**
 * One problem in the input: the same check on the same field of the same object. Several
 * catalogs report it (CIS Kubernetes 5.2.6 and CIS AKS 4.2.5, two catalog versions); a
 * reader sees it once, with every rule id.
 */
export interface Problem<T extends RowFinding> {
  finding: Finding;
  /** Every row that reports it, once per family and id (two versions of one family are one id). */
  rows: { benchmark: BenchmarkResult; rule: RuleResult }[];
  members: T[];
}

/** The problems of one object in one file, in the order they were found. */
export interface ResourceGroup<T extends RowFinding> {
  resource: string;
  file: string;
  problems: Problem<T>[];
}

const problemKey = (finding: Finding): string =>
  [
    finding.check,
    findingPlace(finding),
    finding.location.kind === 'file' ? finding.location.column : '',
    finding.resource,
    finding.container ?? '',
    finding.message,
  ].join('\u0000');

/** Merges the entries that are one problem, keeping the order in which each was first seen. */
export function groupProblems<T extends RowFinding>(entries: readonly T[]): Problem<T>[] {
  const problems = new Map<string, Problem<T>>();
  for (const entry of entries) {
    const key = problemKey(entry.finding);
    const problem = problems.get(key) ?? { finding: entry.finding, rows: [], members: [] };
    problems.set(key, problem);
    problem.members.push(entry);
    const id = qualifiedRuleId(entry.benchmark.family, entry.rule.id);
    if (!problem.rows.some((row) => qualifiedRuleId(row.benchmark.family, row.rule.id) === id)) {
      problem.rows.push({ benchmark: entry.benchmark, rule: entry.rule });
    }
  }
  return [...problems.values()];
}

/** Problems by object and file, each group where its first problem was. */
export function groupByResource<T extends RowFinding>(problems: readonly Problem<T>[]): ResourceGroup<T>[] {
  const groups = new Map<string, ResourceGroup<T>>();
  for (const problem of problems) {
    const { resource } = problem.finding;
    const file = findingSource(problem.finding);
    const key = `${resource}\u0000${file}`;
    const group = groups.get(key) ?? { resource, file, problems: [] };
    groups.set(key, group);
    group.problems.push(problem);
  }
  return [...groups.values()];
}

const languageNames: Record<FixLanguage, string> = { yaml: 'YAML', bicep: 'Bicep', terraform: 'Terraform' };

/** The catalogs' fix languages of the input formats (by name) that have one. */
const formatFixLanguages: Record<string, FixLanguage> = {
  'kubernetes-yaml': 'yaml',
  bicep: 'bicep',
  terraform: 'terraform',
};

/**
 * The language a finding's file is written in: that of the one format whose extensions claim
 * it. A `.json` file is an ARM template, a Terraform plan or a manifest, which the file name
 * does not tell apart: its fix is the general remediation.
 */
export function fixLanguage(file: string): FixLanguage | undefined {
  const claiming = inputFormats.filter((format) => hasExtension(file, format.extensions));
  return claiming.length === 1 ? formatFixLanguages[claiming[0]?.name ?? ''] : undefined;
}

/** The fix for a problem in its file's language ("Fix (Terraform)"), else the rule's remediation. */
export function problemFix(problem: Problem<RowFinding>): { label: string; text: string } {
  const { location } = problem.finding;
  const language = location.kind === 'file' ? fixLanguage(location.file) : undefined;
  for (const { rule } of problem.rows) {
    const text = language === undefined ? undefined : rule.fix?.[language];
    if (text !== undefined && language !== undefined)
      return { label: `Fix (${languageNames[language]})`, text };
  }
  return { label: 'Fix', text: problem.rows[0]?.rule.remediation ?? '' };
}
