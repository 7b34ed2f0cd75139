import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundles } from '../scripts/bundle-build.js';
import { packageRoot } from '../src/package-root.js';

/** One part of `npm run bench` (Kubernetes YAML, Bicep, Terraform, live): a module and a line in sections.ts. */
export interface BenchSection {
  name: string;
  run(context: BenchContext): Promise<void>;
}

export interface BenchContext {
  /** A scratch directory, removed after the run. */
  workDirectory: string;
  /** The command-line bundle (dist/cli/index.js, or one built into the scratch directory). */
  cliBundle: string;
  print(line: string): void;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface ProcessRun {
  /** Wall-clock time. */
  seconds: number;
  /** User + system CPU time: steadier than wall time on a machine others are using. */
  cpuSeconds: number;
  peakRssBytes: number;
  /**
   * Minor page faults (getrusage's ru_minflt): on this project's build machine, a virtual machine
   * where touching a fresh page costs about 14 µs of kernel time, they follow a process's CPU.
   */
  minorPageFaults?: number;
  status: number;
}

/**
 * Runs a whole process under /usr/bin/time (wall time, CPU time and peak RSS of the child,
 * not ours), stdout to `stdoutFile`.
 */
export function timeProcess(
  command: string,
  args: string[],
  stdoutFile: string,
  cwd = packageRoot(),
  env?: NodeJS.ProcessEnv,
): ProcessRun {
  const result = spawnSync('/usr/bin/time', timeArguments(command, args, stdoutFile), {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024,
    ...(env === undefined ? {} : { env }),
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr.toString().slice(0, 2000)}`,
    );
  }
  return measuredRun(stdoutFile, result.status);
}

const timeArguments = (command: string, args: string[], stdoutFile: string): string[] => [
  '-f',
  '%e %U %S %M %R',
  '-o',
  `${stdoutFile}.time`,
  command,
  ...args,
];

/** What /usr/bin/time wrote next to `stdoutFile`. */
function measuredRun(stdoutFile: string, status: number): ProcessRun {
  const fields = readFileSync(`${stdoutFile}.time`, 'utf8').trim().split(/\s+/).slice(-5).map(Number);
  const [seconds = 0, user = 0, system = 0, kilobytes = 0, minorPageFaults = 0] = fields;
  return { seconds, cpuSeconds: user + system, peakRssBytes: kilobytes * 1024, minorPageFaults, status };
}

/**
 * As timeProcess, without blocking this process: for a child that talks to a server running here
 * (the loopback API server of the live bench). Its stdout goes to `stdoutFile`; any status in
 * `allowedStatuses` counts as a run (a scan that finds failures exits 1).
 */
export async function timeProcessAsync(
  command: string,
  args: string[],
  stdoutFile: string,
  allowedStatuses: readonly number[] = [0],
): Promise<ProcessRun> {
  const stdout = openSync(stdoutFile, 'w');
  const child = spawn('/usr/bin/time', timeArguments(command, args, stdoutFile), {
    cwd: packageRoot(),
    stdio: ['ignore', stdout, 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  closeSync(stdout);
  if (!allowedStatuses.includes(status)) {
    throw new Error(`${command} ${args.join(' ')} exited with ${status}: ${stderr.slice(0, 2000)}`);
  }
  return measuredRun(stdoutFile, status);
}

/** A whole process to time: `node ARGS` in `cwd` (default the package root) with `env`. */
export interface NodeCommand {
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * User + system CPU seconds that process `pid` has used so far, to the nanosecond: the sum over
 * its threads of /proc's schedstat (time on a CPU), not /proc/<pid>/stat's 10 ms ticks.
 */
function cpuSecondsSoFar(pid: number): number {
  let nanoseconds = 0;
  for (const thread of readdirSync(`/proc/${pid}/task`)) {
    try {
      nanoseconds += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended between the listing and the read: its time is in no file any more.
    }
  }
  return nanoseconds / 1e9;
}

/** Minor page faults of process `pid` so far, all its threads: field 10 of /proc/<pid>/stat. */
function minorPageFaultsSoFar(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields are counted after the command's name, which is in parentheses and may hold spaces.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
}

/** `node ARGS` spawned from this process, its stdout to `onStdout`; resolves with its exit status. */
function spawnNode(command: NodeCommand, onStdout: (chunk: Buffer, pid: number) => void): Promise<number> {
  const child = spawn(process.execPath, command.args, {
    cwd: command.cwd ?? packageRoot(),
    stdio: ['ignore', 'pipe', 'ignore'],
    ...(command.env === undefined ? {} : { env: command.env }),
  });
  child.stdout.on('data', (chunk: Buffer) => {
    if (child.pid !== undefined) onStdout(chunk, child.pid);
  });
  return new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
}

const secondsSince = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e9;

/**
 * How long `node ARGS` takes to print a line containing `marker` on stdout: wall time from the
 * spawn, CPU time of its threads when the line arrives. For a phase that a process logs as it
 * starts, such as the action's scan. Waits for the process to end.
 */
export async function timeToOutput(command: NodeCommand, marker: string): Promise<ProcessRun> {
  const started = process.hrtime.bigint();
  let output = '';
  let reached: ProcessRun | undefined;
  const status = await spawnNode(command, (chunk, pid) => {
    output += chunk.toString('utf8');
    if (reached !== undefined || !output.includes(marker)) return;
    reached = {
      seconds: secondsSince(started),
      cpuSeconds: cpuSecondsSoFar(pid),
      peakRssBytes: 0,
      minorPageFaults: minorPageFaultsSoFar(pid),
      status: 0,
    };
  });
  if (status !== 0 || reached === undefined) {
    throw new Error(
      `${command.args.join(' ')} exited with ${status}; "${marker}" seen: ${reached !== undefined}`,
    );
  }
  return reached;
}

/**
 * Wall time of `node ARGS` spawned as timeToOutput spawns it, to its end: the same path from
 * this process (its fork, the pipe, the event loop) as the subject it is compared with.
 */
async function wallToExit(command: NodeCommand): Promise<number> {
  const started = process.hrtime.bigint();
  const status = await spawnNode(command, () => undefined);
  if (status !== 0) throw new Error(`${command.args.join(' ')} exited with ${status}`);
  return secondsSince(started);
}

/**
 * bash times `node ARGS`, its stdout to the file $1; then, from its own /proc stat, the minor page
 * faults of the children it waited for (field 11, cminflt): the node process alone, counted with no
 * other process started. Its status is the child's.
 */
const timeNodeScript = [
  'out=$1; shift; TIMEFORMAT="%3R %3U %3S"; { time "$@" >"$out"; } 2>"$out.time"; status=$?',
  'read -r -a stat </proc/$$/stat; echo "${stat[10]}" >>"$out.time"; exit $status',
].join('\n');

/**
 * Wall and CPU time of a whole `node ARGS` to the millisecond: bash's `time` reads the clock
 * around its fork and wait, and CPU time from getrusage (microseconds), where /usr/bin/time
 * prints 10 ms steps, too coarse for a target of 1.3× a 60 ms process. With the minor page
 * faults; peak RSS is not taken.
 */
export function timeNodeProcess(command: NodeCommand, stdoutFile: string): ProcessRun {
  const result = spawnSync(
    'bash',
    ['-c', timeNodeScript, 'bash', stdoutFile, process.execPath, ...command.args],
    {
      cwd: command.cwd ?? packageRoot(),
      stdio: ['ignore', 'ignore', 'pipe'],
      ...(command.env === undefined ? {} : { env: command.env }),
    },
  );
  if (result.error) throw result.error;
  const timed = readFileSync(`${stdoutFile}.time`, 'utf8').trim().split('\n');
  if (result.status !== 0) {
    throw new Error(
      `${command.args.join(' ')} exited with ${result.status}: ${timed.join('\n').slice(0, 2000)}`,
    );
  }
  const [seconds = 0, user = 0, system = 0] = (timed.at(-2) ?? '').split(' ').map(Number);
  return {
    seconds,
    cpuSeconds: user + system,
    peakRssBytes: 0,
    minorPageFaults: Number(timed.at(-1)),
    status: 0,
  };
}

/** The median of a measure over the runs, with the lowest and highest beside it. */
export interface Spread {
  median: number;
  low: number;
  high: number;
}

/** Each measure's spread; peak RSS and minor page faults when the timer took them. */
export interface PairedMeasure {
  wall: Spread;
  cpu: Spread;
  peakRss?: Spread | undefined;
  minorPageFaults?: Spread | undefined;
}

export type Measure = keyof PairedMeasure;

/** The middle half of the pairs' own ratios (ours ÷ the baseline's in each pair). */
export interface MiddleHalf {
  lowerQuartile: number;
  upperQuartile: number;
}

export interface PairedRuns {
  subject: PairedMeasure;
  baseline: PairedMeasure;
  /** How far one pair strays: a ratio of medians over a few pairs can land anywhere in this. */
  pairRatios: Partial<Record<Measure, MiddleHalf>>;
  runs: number;
}

const spreadOf = (values: number[]): Spread => ({
  median: median(values),
  low: Math.min(...values),
  high: Math.max(...values),
});

const middleHalfOf = (values: number[]): MiddleHalf => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.round(fraction * (sorted.length - 1))] as number;
  return { lowerQuartile: at(0.25), upperQuartile: at(0.75) };
};

/** Times one whole process: timeNodeProcess, or a timer that also takes peak RSS. */
export type ProcessTimer = (command: NodeCommand, stdoutFile: string) => ProcessRun;

/** Under /usr/bin/time: wall and CPU time in 10 ms steps, with peak RSS. */
export const timeWithPeakRss: ProcessTimer = (command, stdoutFile) =>
  timeProcess(process.execPath, command.args, stdoutFile, command.cwd, command.env);

export interface PairingOptions {
  /** Pairs counted; 5 unless given. */
  runs?: number;
  /**
   * One run of each side first, not counted: a first run pays for what later runs find ready
   * (the CLI's code caches made, the files read from disk), and one such run among nine moves a
   * median.
   */
  warmUp?: boolean;
}

/**
 * Times `subject` against `baseline` as whole processes, alternating (A B A B …) so that a
 * change in the machine's load falls on both alike; `runs` of each.
 */
export function pairedRuns(
  subject: NodeCommand,
  baseline: NodeCommand,
  stdoutFile: string,
  { runs = 5, warmUp = false }: PairingOptions = {},
  time: ProcessTimer = timeWithPeakRss,
): PairedRuns {
  const timed = { subject: [] as ProcessRun[], baseline: [] as ProcessRun[] };
  if (warmUp) {
    time(subject, stdoutFile);
    time(baseline, stdoutFile);
  }
  for (let run = 0; run < runs; run += 1) {
    timed.subject.push(time(subject, stdoutFile));
    timed.baseline.push(time(baseline, stdoutFile));
  }
  return pairedOf(timed.subject, timed.baseline);
}

/** What a run gives for `measure`, when its timer took it. */
const valueOf = (run: ProcessRun, measure: Measure): number | undefined =>
  ({
    wall: run.seconds,
    cpu: run.cpuSeconds,
    // /usr/bin/time's peak; a timer that does not take it leaves 0.
    peakRss: run.peakRssBytes === 0 ? undefined : run.peakRssBytes,
    minorPageFaults: run.minorPageFaults,
  })[measure];

const measures: Measure[] = ['wall', 'cpu', 'peakRss', 'minorPageFaults'];

/** The values of `measure` over the runs, or undefined when one run lacks it. */
function valuesOf(list: ProcessRun[], measure: Measure): number[] | undefined {
  const values = list.map((run) => valueOf(run, measure));
  return values.every((value) => value !== undefined) ? values : undefined;
}

function pairedOf(subject: ProcessRun[], baseline: ProcessRun[]): PairedRuns {
  const spreads = (list: ProcessRun[]): PairedMeasure => {
    const of = (measure: Measure) => {
      const values = valuesOf(list, measure);
      return values === undefined ? undefined : spreadOf(values);
    };
    // Every timer takes wall and CPU time.
    return {
      wall: of('wall') as Spread,
      cpu: of('cpu') as Spread,
      peakRss: of('peakRss'),
      minorPageFaults: of('minorPageFaults'),
    };
  };
  const pairRatios: Partial<Record<Measure, MiddleHalf>> = {};
  for (const measure of measures) {
    const ours = valuesOf(subject, measure);
    const theirs = valuesOf(baseline, measure);
    if (ours !== undefined && theirs !== undefined) {
      pairRatios[measure] = middleHalfOf(ours.map((value, pair) => value / (theirs[pair] as number)));
    }
  }
  return { subject: spreads(subject), baseline: spreads(baseline), pairRatios, runs: subject.length };
}

/**
 * As pairedRuns, with the subject timed to the first stdout line containing `marker`
 * (timeToOutput) and the baseline to its end: its wall time spawned as the subject is
 * (wallToExit), its CPU time and page faults from a run of its own (timeNodeProcess). No peak RSS.
 */
export async function pairedRunsToOutput(
  subject: NodeCommand,
  marker: string,
  baseline: NodeCommand,
  stdoutFile: string,
  { runs = 5, warmUp = false }: PairingOptions = {},
): Promise<PairedRuns> {
  const timed = { subject: [] as ProcessRun[], baseline: [] as ProcessRun[] };
  const pair = async () => {
    const ours = await timeToOutput(subject, marker);
    const seconds = await wallToExit(baseline);
    return { ours, theirs: { ...timeNodeProcess(baseline, stdoutFile), seconds } };
  };
  if (warmUp) await pair();
  for (let run = 0; run < runs; run += 1) {
    const { ours, theirs } = await pair();
    timed.subject.push(ours);
    timed.baseline.push(theirs);
  }
  return pairedOf(timed.subject, timed.baseline);
}

export const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');

const seconds = (spread: Spread) =>
  `${spread.median.toFixed(3)} s (${spread.low.toFixed(3)}–${spread.high.toFixed(3)})`;

const rss = (spread: Spread) =>
  `${megabytes(spread.median)} (${megabytes(spread.low)}–${megabytes(spread.high)})`;

const count = (value: number) => Math.round(value).toLocaleString('en-US');

const faults = (spread: Spread) => `${count(spread.median)} (${count(spread.low)}–${count(spread.high)})`;

export const pairedTableHeader = [
  "| measure | ours: median (low–high) | baseline: median (low–high) | ratio (the pairs' middle half) | target | |",
  '|---|---|---|---:|---:|---|',
];

/** Ours ÷ the baseline's, on the medians; NaN for a measure that was not taken. */
export const ratioOf = (paired: PairedRuns, measure: Measure): number =>
  (paired.subject[measure]?.median ?? Number.NaN) / (paired.baseline[measure]?.median ?? Number.NaN);

/**
 * Table rows for a paired measurement, one for each measure taken. A time target must hold for
 * wall time and for CPU time alike (wall time drifts with the machine's load, CPU time with
 * parallel garbage collection); `rssTarget`, when given, for peak RSS. Returns the rows and
 * whether the targets hold. The verdict is on the medians; the pairs' own ratios show the spread.
 */
export function pairedRows(
  label: string,
  paired: PairedRuns,
  timeTarget: number | undefined,
  rssTarget?: number,
): { rows: string[]; met: boolean } {
  const judged = (ratio: number, target: number | undefined) =>
    target === undefined ? ['', ''] : [`≤ ${target}×`, verdict(ratio <= target)];
  const row = (measure: Measure, words: string, show: (spread: Spread) => string, target?: number) => {
    const [ours, theirs] = [paired.subject[measure], paired.baseline[measure]];
    if (ours === undefined || theirs === undefined) return [];
    const ratio = ratioOf(paired, measure);
    const pairs = paired.pairRatios[measure];
    const middle =
      pairs === undefined ? '' : ` (${pairs.lowerQuartile.toFixed(2)}–${pairs.upperQuartile.toFixed(2)})`;
    const cells = [`${label}: ${words}`, show(ours), show(theirs), `${ratio.toFixed(2)}×${middle}`];
    return [`| ${[...cells, ...judged(ratio, target)].join(' | ')} |`];
  };
  const rows = [
    ...row('wall', 'wall', seconds, timeTarget),
    ...row('cpu', 'CPU', seconds, timeTarget),
    ...row('peakRss', 'peak RSS', rss, rssTarget),
    ...row('minorPageFaults', 'minor page faults', faults),
  ];
  return {
    rows,
    met:
      timeTargetMet(paired, timeTarget) &&
      (rssTarget === undefined || ratioOf(paired, 'peakRss') <= rssTarget),
  };
}

export const timeTargetMet = (paired: PairedRuns, target: number | undefined): boolean =>
  target === undefined || (ratioOf(paired, 'wall') <= target && ratioOf(paired, 'cpu') <= target);

/** The machine the figures come from: they mean little without it. */
export function describeMachine(): string {
  return `Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadAverage()} at the start`;
}

/** The machine's load average over 1, 5 and 15 minutes. */
export const loadAverage = (): string =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

/**
 * dist/cli/index.js when built; otherwise both bundles built now into .bench/bundles (git-ignored),
 * as dist/ holds them (the CLI as CommonJS) and inside the package, so that the CLI finds rules/ as
 * the committed one does.
 */
export async function findOrBuildCli(print: (line: string) => void): Promise<string> {
  const committed = join(packageRoot(), 'dist', 'cli', 'index.js');
  if (existsSync(committed)) return committed;
  print('dist/cli/index.js is missing: building the bundles into .bench/bundles for this run');
  const output = join(packageRoot(), '.bench', 'bundles');
  await buildBundles(packageRoot(), output);
  return join(output, 'cli', 'index.js');
}

export async function runSections(sections: readonly BenchSection[]): Promise<void> {
  const workDirectory = mkdtempSync(join(tmpdir(), 'aks-cis-gate-bench-'));
  const print = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const cliBundle = await findOrBuildCli(print);
    for (const section of sections) {
      print(`\n## ${section.name}\n`);
      await section.run({ workDirectory, cliBundle, print });
    }
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}
