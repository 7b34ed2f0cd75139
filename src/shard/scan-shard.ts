import { defaultLimits } from '../inputs/input-format.js';
import { readSizeOf, releaseReadMemory } from '../inputs/release-read-memory.js';
import { prepareScan, readDiscovery, type ScanOptions } from '../scan.js';
import { shardDiscovery } from './partition.js';
import type { Shard } from './shard.js';
import {
  configHash,
  shardReportFormatVersion,
  shardReportKind,
  storeOutcome,
  type ShardBase,
  type ShardConfig,
  type ShardReport,
  type ShardSide,
} from './shard-report.js';

/** Who wrote a shard report: the merge refuses to mix shards of different runs. */
export interface ShardIdentity {
  toolVersion: string;
  commit: string | null;
}

/** The options that change what is read or decided, as given (relative paths: every runner agrees). */
export function shardConfigOf(options: ScanOptions, terraformDir: string | undefined): ShardConfig {
  return {
    paths: options.paths,
    benchmarks: options.benchmarks ?? [],
    namespace: options.namespace ?? 'default',
    parameterFiles: options.parameterFiles ?? [],
    terraformDir: terraformDir ?? null,
    bicepRestore: options.bicepRestore ?? true,
    bicepRegistries: options.bicepRegistries ?? [],
    limits: { ...defaultLimits, ...options.limits },
    ignores: options.ignores ?? [],
    exclude: options.exclude ?? [],
    skip: options.skip ?? [],
  };
}

/**
 * Discovers every input, and reads this shard's groups of them. A function of its own, as
 * `discoverAndRead` in scan.ts: its frame holds the files' texts, garbage once it returns.
 */
async function readMine(options: ScanOptions, shard: Shard) {
  const { discovery, context, assessOptions } = await prepareScan(options);
  const mine = await shardDiscovery(discovery, shard, context);
  const outcome = await readDiscovery(mine, context);
  return {
    side: {
      inputs: discovery.files.map((file) => file.displayPath),
      read: mine.files.map((file) => file.displayPath),
      excluded: discovery.excluded,
    },
    outcome,
    context,
    assessOptions,
    readSize: readSizeOf(mine.files, outcome.model),
  };
}

/** Reads this shard's groups of the inputs, and runs the checks that judge one object alone. */
export async function readShard(options: ScanOptions, shard: Shard): Promise<ShardSide> {
  const { side, outcome, context, assessOptions, readSize } = await readMine(options, shard);
  // The outcome is kept to the end: the memory-reducing collection's tight limits keep it small.
  await releaseReadMemory(readSize, 'memory-reducing');
  return {
    ...side,
    // The checks that judge one object alone run here, where the shards divide the work.
    outcome: storeOutcome(outcome, {
      checks: assessOptions.checks,
      options: { defaultNamespace: context.defaultNamespace },
    }),
  };
}

export async function scanShard(
  options: ScanOptions,
  shard: Shard,
  identity: ShardIdentity & { config: ShardConfig },
  readBase?: () => Promise<ShardBase>,
): Promise<ShardReport> {
  const head = await readShard(options, shard);
  const base = await readBase?.();
  return {
    kind: shardReportKind,
    formatVersion: shardReportFormatVersion,
    shard,
    toolVersion: identity.toolVersion,
    commit: identity.commit,
    configHash: configHash(identity.config),
    config: identity.config,
    head,
    ...(base === undefined ? {} : { base }),
  };
}
