import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../src/package-root.js';
import { renderJson } from '../src/report/json.js';
import { mergeShards, parseShardReport } from '../src/shard/merge.js';
import { generateManifestStream } from './generate-manifests.js';
import { timeProcessAsync, type BenchContext, type BenchSection, type ProcessRun } from './harness.js';

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

/** Four shard reports of about 10,000 findings each, merged in this process (JSON parse to JSON report). */
async function mergeTenThousandEach(context: BenchContext): Promise<{ findings: number; seconds: number }> {
  const files: string[] = [];
  // Every shard must see the same tree (the merge refuses shards that found different inputs).
  for (let index = 1; index <= 4; index += 1) {
    const tree = join(context.workDirectory, 'findings', `part-${index}`);
    mkdirSync(tree, { recursive: true });
    // 45 findings per pod (9 per container, 5 containers), so 230 pods a shard.
    writeFileSync(join(tree, 'pods.yaml'), failingPods(230, `part-${index}`));
  }
  for (let index = 1; index <= 4; index += 1) {
    const file = join(context.workDirectory, `findings-${index}.json`);
    await cli(
      context,
      ['scan', join(context.workDirectory, 'findings'), '--shard', `${index}/4`, '--output', file],
      `${file}.log`,
      [0],
    );
    files.push(file);
  }
  const started = performance.now();
  const shards = files.map((file) => parseShardReport(file, readFileSync(file, 'utf8')));
  const { report } = mergeShards(shards);
  renderJson(report);
  const seconds = (performance.now() - started) / 1000;
  const findings = report.benchmarks.reduce(
    (sum, benchmark) => sum + benchmark.rules.reduce((rows, rule) => rows + rule.findings.length, 0),
    0,
  );
  return { findings, seconds };
}

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
    const { findings, seconds } = await mergeTenThousandEach(context);
    print(
      `\nMerge of 4 shard reports of about ${Math.round(findings / 4)} findings each (${findings} in all), parse to JSON report, in process: ${seconds.toFixed(2)} s. Target under ${mergeTargetSeconds} s: ${seconds < mergeTargetSeconds ? 'met' : 'NOT met'}.`,
    );
  },
};
