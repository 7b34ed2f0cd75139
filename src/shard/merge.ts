import { assess, CannotRunError, type InputOutcome } from '../benchmarks/assess.js';
import { maxMessageCharacters, quoteInput } from '../model/quote.js';
import { inCanonicalOrder } from '../inputs/outcome-order.js';
import { schemaVersion, type ScanReport } from '../results/results.js';
import { assessOptionsOf, withExcluded } from '../scan.js';
import type { SkipRule } from '../benchmarks/skip-rules.js';
import type { IgnoreRule } from '../benchmarks/suppressions.js';
import type { KubeObject } from '../model/kubernetes.js';
import { withShardVerdicts, type RestoredVerdicts } from './object-results.js';
import {
  restoreOutcome,
  storedObjectsProblem,
  type ShardConfig,
  type ShardReport,
  type ShardSide,
} from './shard-report.js';
// shard-report.schema.json, compiled by ajv ahead of time (shard-report-validator-source.ts).
import validateShardReport from './shard-report-validator.generated.js';

/** A shard report as read from a file, named by that file in messages. */
export interface NamedShardReport {
  name: string;
  report: ShardReport;
}

/** The base the merged shards read: one report of the whole base, or why there is none. */
export type MergedBase =
  { kind: 'report'; report: ScanReport; description: string } | { kind: 'unavailable'; reason: string };

export interface MergedScan {
  report: ScanReport;
  /** Undefined when the shards were not asked to read the base. */
  base?: MergedBase;
}

/** At most this many schema problems are named: enough to find the damage, bounded for a log line. */
const maxProblemsNamed = 5;

const invalidShardReport = (name: string, problem: string) =>
  new CannotRunError(
    `${name}: not a valid shard report (written by \`aks-cis-gate scan --shard I/N\`): ${quoteInput(problem, maxMessageCharacters)}`,
  );

/**
 * Parses one shard file and checks it against shard-report.schema.json: a shard report travels
 * through an artifact store between jobs, so a truncated or tampered one is an error naming the
 * file, never a smaller merge.
 */
export function parseShardReport(name: string, text: string): NamedShardReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CannotRunError(`${name}: not JSON (${(error as Error).message})`);
  }
  if (!validateShardReport(value)) {
    const problems = (validateShardReport.errors ?? [])
      .slice(0, maxProblemsNamed)
      .map((problem) => `${problem.instancePath || '(top level)'} ${problem.message ?? 'is invalid'}`);
    throw invalidShardReport(name, problems.join('; '));
  }
  const objectsProblem = storedObjectsProblem(value);
  if (objectsProblem !== undefined) throw invalidShardReport(name, objectsProblem);
  return { name, report: value };
}

const differing = (shards: NamedShardReport[], field: (report: ShardReport) => unknown, what: string) => {
  const values = new Set(shards.map((shard) => JSON.stringify(field(shard.report))));
  if (values.size <= 1) return [];
  const listed = shards.map((shard) => `${shard.name}: ${String(field(shard.report))}`).join(', ');
  return [`the shards come from different ${what} (${listed})`];
};

/** Every shard of 1..N exactly once. */
function coverageProblems(shards: NamedShardReport[]): string[] {
  const count = shards[0]?.report.shard.count ?? 0;
  const problems: string[] = [];
  for (let index = 1; index <= count; index += 1) {
    const holders = shards.filter((shard) => shard.report.shard.index === index);
    if (holders.length === 0) problems.push(`shard ${index}/${count} is missing`);
    if (holders.length > 1)
      problems.push(
        `shard ${index}/${count} is given more than once (${holders.map((shard) => shard.name).join(', ')})`,
      );
  }
  for (const shard of shards.filter(({ report }) => report.shard.index < 1 || report.shard.index > count))
    problems.push(`${shard.name}: shard ${shard.report.shard.index} is not between 1 and ${count}`);
  return problems;
}

/** The shards saw the same inputs, and together read each of them exactly once. */
function readingProblems(sides: ShardSide[], tree: string): string[] {
  const inputs = new Set(sides.map((side) => JSON.stringify(side.inputs)));
  if (inputs.size > 1) return [`the shards found different inputs in the ${tree}`];
  const readBy = new Map<string, number>();
  for (const path of sides.flatMap((side) => side.read)) readBy.set(path, (readBy.get(path) ?? 0) + 1);
  const expected = sides[0]?.inputs ?? [];
  const isInput = new Set(expected);
  const unread = expected.filter((path) => !readBy.has(path));
  const twice = [...readBy].filter(([, times]) => times > 1).map(([path]) => path);
  const unknown = [...readBy.keys()].filter((path) => !isInput.has(path));
  return [
    ...(unread.length === 0 ? [] : [`no shard read ${unread.join(', ')} in the ${tree}`]),
    ...(twice.length === 0 ? [] : [`more than one shard read ${twice.join(', ')} in the ${tree}`]),
    ...(unknown.length === 0 ? [] : [`a shard read ${unknown.join(', ')}, not among the ${tree}'s inputs`]),
  ];
}

/** The shards' outcomes as one, in the order one whole read gives, and what the shards judged of each object. */
interface MergedSides {
  outcome: InputOutcome;
  verdicts: Map<KubeObject, RestoredVerdicts>;
}

function concatenated(sides: ShardSide[]): MergedSides {
  const verdicts = new Map<KubeObject, RestoredVerdicts>();
  const outcomes = sides.map((side) => restoreOutcome(side.outcome, verdicts));
  const unreadable = outcomes.flatMap((outcome) => outcome.model.unreadable ?? []);
  const outcome = inCanonicalOrder({
    model: {
      kubeObjects: outcomes.flatMap((outcome) => outcome.model.kubeObjects),
      clusters: outcomes.flatMap((outcome) => outcome.model.clusters),
      ...(unreadable.length === 0 ? {} : { unreadable }),
    },
    errors: outcomes.flatMap((outcome) => outcome.errors),
    skipped: outcomes.flatMap((outcome) => outcome.skipped),
    notChecked: outcomes.flatMap((outcome) => outcome.notChecked),
  });
  return { outcome, verdicts };
}

/** The base as the shards read it: whole only when every shard read its part. */
function mergedBase(shards: NamedShardReport[], assessBase: (sides: MergedSides) => ScanReport) {
  const bases = shards.map((shard) => shard.report.base);
  if (bases.every((base) => base === undefined)) return undefined;
  const missing = bases.find((base) => base?.kind !== 'read');
  if (missing !== undefined)
    return {
      kind: 'unavailable',
      reason: missing?.kind === 'unavailable' ? missing.reason : 'a shard did not read the base commit',
    } satisfies MergedBase;
  const read = bases.map((base) => base as Extract<typeof base, { kind: 'read' }>);
  const problems = readingProblems(
    read.map((base) => base.side),
    'base',
  );
  if (problems.length > 0) return { kind: 'unavailable', reason: problems.join('; ') } satisfies MergedBase;
  return {
    kind: 'report',
    report: assessBase(concatenated(read.map((base) => base.side))),
    description: read[0]?.description ?? 'the base commit',
  } satisfies MergedBase;
}

/** What the merge's own config file says about the assessment: its rows skipped and findings ignored. */
export interface MergeConfig {
  skip: readonly SkipRule[];
  ignores: readonly IgnoreRule[];
}

/**
 * The shards assessed under their config file; the merge gates under its own. Two different
 * files would judge the findings under one and gate them under the other, so they must agree.
 */
function configProblems(shardConfig: ShardConfig, config: MergeConfig | undefined): string[] {
  if (config === undefined) return [];
  const same = (left: unknown, right: unknown) => JSON.stringify(left) === JSON.stringify(right);
  return [
    ...(same(shardConfig.skip, config.skip) ? [] : ['skip']),
    ...(same(shardConfig.ignores, config.ignores) ? [] : ['ignores']),
  ].map(
    (key) => `the merge's config file has other ${key} than the shards read: give merge the shards' config`,
  );
}

/**
 * Checks that the shards are one complete run (same commit, configuration and tool version;
 * every shard exactly once; every input read once), and read under the merge's own `config`
 * when given, and assesses what they read as one whole scan would. Anything less is a
 * CannotRunError: never a smaller report that could pass.
 */
export function mergeShards(shards: NamedShardReport[], config?: MergeConfig, today?: Date): MergedScan {
  if (shards.length === 0) throw new CannotRunError('no shard reports to merge');
  const problems = [
    ...differing(shards, (report) => report.shard.count, 'shard counts'),
    ...differing(shards, (report) => report.commit, 'commits'),
    ...differing(shards, (report) => report.configHash, 'configurations'),
    ...differing(shards, (report) => report.toolVersion, 'tool versions'),
  ];
  if (problems.length === 0) problems.push(...coverageProblems(shards));
  if (problems.length === 0)
    problems.push(
      ...readingProblems(
        shards.map((shard) => shard.report.head),
        'head',
      ),
    );
  const shardConfig = (shards[0] as NamedShardReport).report.config;
  if (problems.length === 0) problems.push(...configProblems(shardConfig, config));
  if (problems.length > 0) throw new CannotRunError(`cannot merge the shard reports: ${problems.join('; ')}`);
  const options = assessOptionsOf({
    benchmarks: shardConfig.benchmarks,
    namespace: shardConfig.namespace,
    ignores: shardConfig.ignores,
    skip: shardConfig.skip,
    ...(today === undefined ? {} : { today }),
  });
  // The checks that judge one object alone ran in the shards: the merge combines their results.
  const assessTree = ({ outcome, verdicts }: MergedSides) =>
    assess(outcome, {
      ...options,
      checks: withShardVerdicts(options.checks, (object) => verdicts.get(object)),
    });
  const head = shards.map((shard) => shard.report.head);
  const report = withExcluded(assessTree(concatenated(head)), head[0]?.excluded ?? []);
  const base = mergedBase(shards, (sides) => {
    try {
      return assessTree(sides);
    } catch (error) {
      if (!(error instanceof CannotRunError)) throw error;
      return { schemaVersion, benchmarks: [], skipped: [], notChecked: [], errors: [] };
    }
  });
  return { report, ...(base === undefined ? {} : { base }) };
}
