import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../src/package-root.js';
import { renderJson } from '../src/report/json.js';
import { mergeShards, parseShardReport } from '../src/shard/merge.js';
import { shardOfKey } from '../src/shard/partition.js';
import type { ShardReport } from '../src/shard/shard-report.js';
import { bundlesDirectory } from '../test/support/bundles.js';
import { generateManifestStream } from './generate-manifests.js';
import {
  describeMachine,
  median,
  megabytes,
  timeProcessAsync,
  verdict,
  type BenchContext,
  type BenchSection,
  type ProcessRun,
} from './harness.js';

/** Issue 14's target: merging four shard reports of 10,000 findings each takes under a second. */
export const mergeTargetSeconds = 1;

const bicepFixture = join(packageRoot(), 'src', 'inputs', 'bicep', 'fixtures', 'cluster');
/** Each copy of the fixture is three Bicep files: a template, its .bicepparam and a module. */
const bicepFilesPerCopy = 3;

/** A monorepo: `bicepFiles` Bicep files (in groups of three) and `manifests` files of one service each. */
function writeMonorepo(directory: string, bicepFiles: number, manifests: number): void {
  for (let index = 0; index < Math.ceil(bicepFiles / bicepFilesPerCopy); index += 1)
    cpSync(bicepFixture, join(directory, 'infra', `cluster-${index}`), { recursive: true });
  const service = generateManifestStream(6);
  mkdirSync(join(directory, 'charts'), { recursive: true });
  for (let index = 0; index < manifests; index += 1)
    writeFileSync(
      join(directory, 'charts', `app-${index}.yaml`),
      service.replaceAll('svc-', `app-${index}-svc-`),
    );
}

/**
 * A pod that fails many rows at once: several containers, each privileged, running as root with
 * added capabilities, on the host's namespaces. `pods` of them make one shard's worth of findings.
 */
export function failingPods(pods: number, prefix: string): string {
  const container = (index: number) => `    - name: c${index}
      image: busybox
      securityContext:
        privileged: true
        allowPrivilegeEscalation: true
        runAsUser: 0
        capabilities:
          add: [NET_RAW, SYS_ADMIN]`;
  return Array.from(
    { length: pods },
    (_, index) => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${prefix}-${index}
  namespace: team-${index % 20}
spec:
  hostNetwork: true
  hostPID: true
  hostIPC: true
  containers:
${[0, 1, 2, 3, 4].map(container).join('\n')}
`,
  ).join('');
}

const cli = (context: BenchContext, args: string[], output: string, statuses = [0, 1]) =>
  timeProcessAsync(process.execPath, [context.cliBundle, ...args], output, statuses);

interface ShardedRun {
  count: number;
  /** From the first shard's start to the last shard's end: the shards run side by side. */
  shardsSeconds: number;
  slowest: ProcessRun;
  merge: ProcessRun;
}

async function shardedScan(
  context: BenchContext,
  tree: string,
  count: number,
  whole: string,
): Promise<ShardedRun> {
  const files = Array.from({ length: count }, (_, index) =>
    join(context.workDirectory, `shard-${count}-${index + 1}.json`),
  );
  const started = performance.now();
  const shards = await Promise.all(
    files.map((file, index) =>
      cli(context, ['scan', tree, '--shard', `${index + 1}/${count}`, '--output', file], `${file}.log`, [0]),
    ),
  );
  const shardsSeconds = (performance.now() - started) / 1000;
  const merged = join(context.workDirectory, `merged-${count}.json`);
  const merge = await cli(
    context,
    ['merge', ...files, '--format', 'json', '--output', merged],
    `${merged}.log`,
  );
  // The bench is also a check: a merge that differs from the whole scan is not a result.
  if (readFileSync(merged, 'utf8') !== readFileSync(whole, 'utf8'))
    throw new Error(`the merge of ${count} shards differs from the whole scan`);
  const slowest = shards.reduce((slow, run) => (run.seconds > slow.seconds ? run : slow));
  return { count, shardsSeconds, slowest, merge };
}

/** Findings one failing pod gives: 7 for each of its 5 containers, 5 for the pod itself. */
const findingsPerPod = 40;
/** Pods per shard: 250 × 40 = the 10,000 findings (plus one per namespace, 20 in all). */
const podsPerShard = 10_000 / findingsPerPod;
const mergeShardCount = 4;

/**
 * One file of `podsPerShard` failing pods for each shard, named so that each shard reads exactly
 * one: the partition hashes display paths, which for a tree outside the working directory are
 * absolute, so the names are chosen for this run's scratch directory.
 */
function writeOneFilePerShard(tree: string): void {
  mkdirSync(tree, { recursive: true });
  const taken = new Set<number>();
  for (let candidate = 0; taken.size < mergeShardCount; candidate += 1) {
    const file = join(tree, `pods-${candidate}.yaml`);
    const shard = shardOfKey(file, mergeShardCount);
    if (taken.has(shard)) continue;
    taken.add(shard);
    writeFileSync(file, failingPods(podsPerShard, `pods-${candidate}`));
  }
}

/** The shard reports `merge` reads, each checked to hold exactly one of the files. */
async function shardReportsOfOneFileEach(context: BenchContext): Promise<string[]> {
  const tree = join(context.workDirectory, 'findings');
  writeOneFilePerShard(tree);
  const files: string[] = [];
  for (let index = 1; index <= mergeShardCount; index += 1) {
    const file = join(context.workDirectory, `findings-${index}.json`);
    await cli(
      context,
      ['scan', tree, '--shard', `${index}/${mergeShardCount}`, '--output', file],
      `${file}.log`,
      [0],
    );
    // Read as plain JSON: parsing it as the merge does here would warm the merge's first call.
    const { read } = (JSON.parse(readFileSync(file, 'utf8')) as ShardReport).head;
    if (read.length !== 1) throw new Error(`shard ${index} read ${read.length} files, not one`);
    files.push(file);
  }
  return files;
}

/** The merge as users run it: a whole `aks-cis-gate merge` process, `runs` times in a row. */
async function mergeProcesses(context: BenchContext, files: string[], runs: number) {
  const output = join(context.workDirectory, 'merged.json');
  const timed: ProcessRun[] = [];
  for (let run = 0; run < runs; run += 1)
    timed.push(
      await cli(context, ['merge', ...files, '--format', 'json', '--output', output], `${output}.log`),
    );
  return timed;
}

interface InProcessMerge {
  seconds: number;
  cpuSeconds: number;
  findings: number;
}

/**
 * The same merge in this process (parse, merge, JSON report), `runs` times: the first call
 * (nothing of the merge compiled yet, as in a fresh process), then warm ones.
 */
function mergesInProcess(files: string[], runs: number): InProcessMerge[] {
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const shards = files.map((file) => parseShardReport(file, readFileSync(file, 'utf8')));
    const { report } = mergeShards(shards);
    renderJson(report);
    const cpu = process.cpuUsage(cpuBefore);
    const findings = report.benchmarks.reduce(
      (sum, benchmark) => sum + benchmark.rules.reduce((rows, rule) => rows + rule.findings.length, 0),
      0,
    );
    if (findings < mergeShardCount * 10_000)
      throw new Error(`the shards hold ${findings} findings, not 4 × 10,000`);
    return {
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      findings,
    };
  });
}

const spread = (values: number[], digits = 2) =>
  `${median(values).toFixed(digits)} s (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

/** Issue 14 item 5's merge: 4 shard reports of 10,000 findings each, whole process and in process. */
export const mergeBench: BenchSection = {
  name: 'Shard reports: the merge of 4 × 10,000 findings',
  async run(benchContext: BenchContext) {
    // The shard reports must be the format these sources merge: a stale dist/ writes an older one.
    const cliBundle = join(await bundlesDirectory(packageRoot()), 'cli', 'index.js');
    const context = { ...benchContext, cliBundle };
    const { print } = context;
    const files = await shardReportsOfOneFileEach(context);
    const [first, ...warm] = mergesInProcess(files, 4) as [InProcessMerge, ...InProcessMerge[]];
    const runs = 5;
    const processes = await mergeProcesses(context, files, runs);
    const wall = processes.map((run) => run.seconds);
    const cpu = processes.map((run) => run.cpuSeconds);
    const met = median(wall) < mergeTargetSeconds && median(cpu) < mergeTargetSeconds;
    print(
      `4 shard reports, each of one file of ${podsPerShard} failing pods (${first.findings} findings in all); ${describeMachine()}.`,
    );
    print('\n| measure | wall: median (low–high) | CPU (user + sys) | peak RSS |');
    print('|---|---:|---:|---:|');
    print(
      `| \`aks-cis-gate merge … --format json --output FILE\` (${runs} runs) | ${spread(wall)} | ${spread(cpu)} | ${megabytes(median(processes.map((run) => run.peakRssBytes)))} |`,
    );
    print(
      `| in process, first call (parse, merge, JSON report) | ${first.seconds.toFixed(2)} s | ${first.cpuSeconds.toFixed(2)} s | |`,
    );
    print(
      `| in process, the next ${warm.length} calls | ${spread(warm.map((run) => run.seconds))} | ${spread(warm.map((run) => run.cpuSeconds))} | |`,
    );
    print(
      `\nTarget: the whole merge process under ${mergeTargetSeconds} s (wall and CPU): ${verdict(met)}. In process, first call: ${verdict(first.seconds < mergeTargetSeconds && first.cpuSeconds < mergeTargetSeconds)}.`,
    );
  },
};

export const shardBench: BenchSection = {
  name: 'Scale: a monorepo scanned by shards in parallel, then merged',
  async run(context: BenchContext) {
    const { workDirectory, print } = context;
    const tree = join(workDirectory, 'monorepo');
    writeMonorepo(tree, 400, 2000);
    print(
      `400 Bicep files (134 templates with a .bicepparam and a module) and 2,000 manifests; load average ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')} on ${availableParallelism()} CPUs. Shards run as separate processes side by side.`,
    );
    const whole = join(workDirectory, 'whole.json');
    const one = await cli(context, ['scan', tree, '--format', 'json', '--output', whole], `${whole}.log`);
    print(
      '\n| shards | shards, wall (side by side) | slowest shard (CPU) | merge, wall (CPU) | total wall | vs one process |',
    );
    print('|---:|---:|---:|---:|---:|---:|');
    print(
      `| one process | ${one.seconds.toFixed(1)} s | ${one.cpuSeconds.toFixed(1)} s CPU | — | ${one.seconds.toFixed(1)} s | 1.00× |`,
    );
    for (const count of [1, 2, 4]) {
      const run = await shardedScan(context, tree, count, whole);
      const total = run.shardsSeconds + run.merge.seconds;
      print(
        `| ${count} | ${run.shardsSeconds.toFixed(1)} s | ${run.slowest.seconds.toFixed(1)} s (${run.slowest.cpuSeconds.toFixed(1)} s) | ${run.merge.seconds.toFixed(2)} s (${run.merge.cpuSeconds.toFixed(2)} s) | ${total.toFixed(1)} s | ${(total / one.seconds).toFixed(2)}× |`,
      );
    }
  },
};
