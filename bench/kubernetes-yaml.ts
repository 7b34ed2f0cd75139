import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { renderJson } from '../src/report/json.js';
import { scan } from '../src/scan.js';
import { generateManifestStream, objectsInStream } from './generate-manifests.js';
import {
  medianProcess,
  megabytes,
  type BenchContext,
  type BenchSection,
  type ProcessRun,
} from './harness.js';

const sizes = [1_000, 10_000, 50_000];

/** The targets of issue 2, "Speed and memory". */
const targets = { processRatio: 2, growth: 5.5, peakRssBytes: 1024 ** 3, emptyScanSeconds: 0.25 };

const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

async function inProcess(file: string): Promise<{ scanSeconds: number; loadAllSeconds: number }> {
  const text = readFileSync(file, 'utf8');
  const loadStart = performance.now();
  loadAll(text);
  const loadAllSeconds = (performance.now() - loadStart) / 1000;
  const scanStart = performance.now();
  renderJson(await scan({ paths: [file], cwd: join(file, '..'), benchmarks: ['cis-kubernetes'] }));
  return { scanSeconds: (performance.now() - scanStart) / 1000, loadAllSeconds };
}

const ratio = (scan: number, loader: number): string =>
  `${(scan / loader).toFixed(2)} (${scan.toFixed(2)} s vs ${loader.toFixed(2)} s)`;

async function run({ workDirectory, cliBundle, print }: BenchContext): Promise<void> {
  const loadAllScript =
    "import { loadAll } from 'js-yaml'; import { readFileSync } from 'node:fs'; loadAll(readFileSync(process.argv[1], 'utf8'));";
  const fullScan = new Map<number, ProcessRun>();
  print(
    `load average at the start: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on ${availableParallelism()} CPUs`,
  );
  print(
    '| objects | size | objects/s (full scan, in process) | scan ÷ loadAll, in process | scan ÷ loadAll, whole processes, wall (median of 3) | same, CPU time | peak RSS (CLI) |',
  );
  print('|---|---|---|---|---|---|---|');
  for (const size of sizes) {
    const file = join(workDirectory, `stream-${size}.yaml`);
    const text = generateManifestStream(size);
    writeFileSync(file, text);
    const objects = objectsInStream(size);
    const { scanSeconds, loadAllSeconds } = await inProcess(file);
    const output = join(workDirectory, `report-${size}.json`);
    const cli = medianProcess(
      process.execPath,
      [cliBundle, 'scan', file, '--format', 'json', '--fail-on', 'none', '--output', output],
      output,
    );
    const loader = medianProcess(
      process.execPath,
      ['--input-type=module', '-e', loadAllScript, file],
      `${output}.loadall`,
    );
    fullScan.set(size, cli);
    const judged = (scan: number, loader: number) =>
      size === 10_000 ? ` ${verdict(scan / loader <= targets.processRatio)}` : '';
    print(
      [
        '',
        objects,
        megabytes(text.length),
        Math.round(objects / scanSeconds),
        (scanSeconds / loadAllSeconds).toFixed(2),
        ratio(cli.seconds, loader.seconds) + judged(cli.seconds, loader.seconds),
        ratio(cli.cpuSeconds, loader.cpuSeconds) + judged(cli.cpuSeconds, loader.cpuSeconds),
        megabytes(cli.peakRssBytes) +
          (size === 50_000 ? ` ${verdict(cli.peakRssBytes <= targets.peakRssBytes)}` : ''),
        '',
      ]
        .join(' | ')
        .trim(),
    );
  }
  const large = fullScan.get(50_000);
  const medium = fullScan.get(10_000);
  if (large && medium) {
    const wall = large.seconds / medium.seconds;
    const cpu = large.cpuSeconds / medium.cpuSeconds;
    print(
      `\ngrowth, whole-process scan 50k ÷ 10k (target ≤ ${targets.growth}): ${wall.toFixed(2)} wall ${verdict(wall <= targets.growth)}, ${cpu.toFixed(2)} CPU ${verdict(cpu <= targets.growth)}`,
    );
  }
  const empty = join(workDirectory, 'empty');
  mkdirSync(empty);
  const emptyScan = medianProcess(
    process.execPath,
    [cliBundle, 'scan', '--format', 'json'],
    join(workDirectory, 'empty.json'),
    empty,
  );
  print(
    `scan of an empty directory: ${(emptyScan.seconds * 1000).toFixed(0)} ms wall, ${(emptyScan.cpuSeconds * 1000).toFixed(0)} ms CPU (target ≤ 250 ms) ${verdict(emptyScan.seconds <= targets.emptyScanSeconds)}`,
  );
}

export const kubernetesYamlBench: BenchSection = { name: 'Kubernetes YAML (Helm-like streams)', run };
