import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { generateManifestStream, objectsInStream } from './generate-manifests.js';
import {
  describeMachine,
  loadAverage,
  megabytes,
  pairedRows,
  pairedRuns,
  pairedRunsToOutput,
  pairedTableHeader,
  ratioOf,
  timeNodeProcess,
  timeTargetMet,
  verdict,
  type BenchContext,
  type BenchSection,
  type NodeCommand,
  type PairedRuns,
} from './harness.js';

/** Issue 12's targets, each a ratio of whole processes measured in pairs. */
export const fastPathTargets = {
  /** Full JSON scan of the 10k-object stream ÷ js-yaml 4's `loadAll` of the same file. */
  scanOverLoadAll: 1.5,
  /** 50k and 100k objects: the scan ÷ loadAll ratio may grow at most this much over 10k's. */
  linearGrowth: 1.2,
  /** Peak RSS of the scan ÷ loadAll's, at 100k objects. */
  rssOverLoadAll: 1.3,
  /** One small manifest ÷ `node -e 0`. */
  smallScanOverNode: 1.6,
  /** `--version` ÷ `node -e 0`. */
  versionOverNode: 1.3,
  /** The action on an empty workspace (`baseline: none`) ÷ `node -e 0`. */
  actionStartOverNode: 2,
};

const times = (paired: PairedRuns) =>
  `${ratioOf(paired, 'wall').toFixed(2)}× wall, ${ratioOf(paired, 'cpu').toFixed(2)}× CPU`;

const sizes = [10_000, 50_000, 100_000];

/** js-yaml 4, the fastest mainstream JavaScript YAML reader: the cost of reading alone. */
const loadAllScript =
  "import { loadAll } from 'js-yaml-4'; import { readFileSync } from 'node:fs'; loadAll(readFileSync(process.argv[1], 'utf8'));";

const nodeAlone: NodeCommand = { args: ['-e', '0'] };

/**
 * Target 2's floor: the cheapest whole process that reads the manifest as YAML at all (CommonJS,
 * js-yaml 4, `loadAll`, nothing else). Its ratio to `node -e 0` is the part of target 2's that is
 * not ours to cut.
 */
const readYamlAlone = (file: string): NodeCommand => ({
  args: [
    '-e',
    "require('js-yaml-4').loadAll(require('node:fs').readFileSync(process.argv[1], 'utf8'))",
    file,
  ],
});

const smallManifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      serviceAccountName: web
      automountServiceAccountToken: false
      containers:
        - name: web
          image: ghcr.io/contoso/web:1.4.2
          securityContext:
            allowPrivilegeEscalation: false
            runAsNonRoot: true
            capabilities: {drop: [ALL]}
`;

async function run({ workDirectory, cliBundle, print }: BenchContext): Promise<void> {
  print(describeMachine());
  print(
    `Whole processes, alternating (A B A B …), medians of 5 runs each; ratios are ours ÷ the baseline's.\n`,
  );
  const verdicts: string[] = [];
  const ratios = new Map<number, PairedRuns>();
  print('### Full JSON scan of a Helm-like stream ÷ js-yaml 4 `loadAll` of the same file\n');
  print(pairedTableHeader.join('\n'));
  for (const size of sizes) {
    const file = join(workDirectory, `stream-${size}.yaml`);
    const text = generateManifestStream(size);
    writeFileSync(file, text);
    const output = join(workDirectory, `report-${size}.json`);
    const paired = pairedRuns(
      { args: [cliBundle, 'scan', file, '--format', 'json', '--fail-on', 'none', '--output', output] },
      { args: ['--input-type=module', '-e', loadAllScript, file] },
      output,
    );
    ratios.set(size, paired);
    const { rows } = pairedRows(
      `${objectsInStream(size)} objects, ${megabytes(text.length)}`,
      paired,
      size === 10_000 ? fastPathTargets.scanOverLoadAll : undefined,
      size === 100_000 ? fastPathTargets.rssOverLoadAll : undefined,
    );
    print(rows.join('\n'));
  }
  const base = ratios.get(10_000) as PairedRuns;
  verdicts.push(
    `1. 10k scan ÷ loadAll ≤ ${fastPathTargets.scanOverLoadAll}×: ${times(base)} ${verdict(timeTargetMet(base, fastPathTargets.scanOverLoadAll))}`,
  );
  for (const size of sizes.slice(1)) {
    const paired = ratios.get(size) as PairedRuns;
    const growth = Math.max(
      ratioOf(paired, 'wall') / ratioOf(base, 'wall'),
      ratioOf(paired, 'cpu') / ratioOf(base, 'cpu'),
    );
    verdicts.push(
      `1. linear at ${size / 1000}k: scan ÷ loadAll grows at most ${growth.toFixed(2)}× over 10k's (≤ ${fastPathTargets.linearGrowth}×) ${verdict(growth <= fastPathTargets.linearGrowth)}`,
    );
  }
  const largest = ratioOf(ratios.get(100_000) as PairedRuns, 'peakRss');
  verdicts.push(
    `1. peak RSS at 100k ÷ loadAll's ≤ ${fastPathTargets.rssOverLoadAll}×: ${largest.toFixed(2)}× ${verdict(largest <= fastPathTargets.rssOverLoadAll)}`,
  );

  print('\n### Verdicts (issue 12)\n');
  print(verdicts.map((line) => `- ${line}`).join('\n'));
}

/**
 * The action bundle as the runner starts it, on an empty workspace with `baseline: none` and
 * nothing to publish. Timed to its end (an upper bound) and to the start of its scan: the first
 * phase it writes to the step's debug log.
 */
function actionOnEmptyWorkspace(workDirectory: string): NodeCommand {
  const workspace = join(workDirectory, 'action-workspace');
  const runnerFiles = join(workDirectory, 'action-runner');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerFiles, { recursive: true });
  const eventPath = join(runnerFiles, 'event.json');
  writeFileSync(eventPath, '{}');
  // The runner creates the files that outputs and the job summary are appended to.
  for (const name of ['output', 'summary']) writeFileSync(join(runnerFiles, name), '');
  const inputs: Record<string, string> = {
    paths: '.',
    baseline: 'none',
    comment: 'false',
    annotations: 'false',
    'fail-on': 'none',
    'github-token': '',
  };
  return {
    args: [join(packageRoot(), 'dist', 'index.js')],
    cwd: workspace,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: runnerFiles,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo-org/shop',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(runnerFiles, 'output'),
      GITHUB_STEP_SUMMARY: join(runnerFiles, 'summary'),
      RUNNER_TEMP: runnerFiles,
      ...Object.fromEntries(
        Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
      ),
    },
  };
}

/** The first phase of the scan in the action's debug log (core.debug), written as the scan starts. */
const actionScanStarts = '::debug::discovering files';

export const kubernetesYamlBench: BenchSection = { name: 'Kubernetes YAML scan (issue 12)', run };

/**
 * Start-up runs are short, so more pairs cost little: on the shared 2-core build machine one pair's
 * ratio strays by ±0.1 and more, and nine pairs moved target 2's verdict across its line from one
 * run to the next (docs/benchmarks.md, "Fifteenth round: the bench's start-up figures"). Each side
 * runs once first, uncounted: the CLI's first run makes its code caches.
 */
const startupPairing = { runs: 31, warmUp: true };

async function runStartup({ workDirectory, cliBundle, print }: BenchContext): Promise<void> {
  print(describeMachine());
  print(
    `Whole processes, alternating (A B A B …), each side once first uncounted, then medians of ${startupPairing.runs} runs each; timed to the millisecond (bash's \`time\`), minor page faults from getrusage. In brackets, the middle half of the pairs' own ratios.\n`,
  );
  const verdicts: string[] = [];
  print('### Start-up ÷ `node -e 0`\n');
  print(pairedTableHeader.join('\n'));
  const manifest = join(workDirectory, 'small.yaml');
  writeFileSync(manifest, smallManifest);
  const stdoutFile = join(workDirectory, 'startup.out');
  /** `command` against `node -e 0` in pairs, its rows printed, and its verdict line (for a `target`). */
  const timed = (label: string, command: NodeCommand, target: number | undefined) => {
    const paired = pairedRuns(command, nodeAlone, stdoutFile, startupPairing, timeNodeProcess);
    const { rows, met } = pairedRows(label, paired, target);
    print(rows.join('\n'));
    return { paired, line: `${label} ≤ ${target}× node -e 0: ${times(paired)} ${verdict(met)}` };
  };
  const small = timed(
    '2. one small manifest',
    { args: [cliBundle, 'scan', manifest, '--format', 'json', '--fail-on', 'none'] },
    fastPathTargets.smallScanOverNode,
  );
  const floor = timed(
    '2. its floor: js-yaml 4 reading the same manifest, nothing else',
    readYamlAlone(manifest),
    undefined,
  );
  // Beside the verdict, the part of the ratio that any process reading the YAML pays.
  verdicts.push(`${small.line} (its floor, js-yaml 4 reading it alone: ${times(floor.paired)})`);
  verdicts.push(
    timed('2. --version', { args: [cliBundle, '--version'] }, fastPathTargets.versionOverNode).line,
  );
  const action = actionOnEmptyWorkspace(workDirectory);
  const toEnd = timed('3. the action, empty workspace, to its end', action, undefined).paired;
  const toScan = await pairedRunsToOutput(action, actionScanStarts, nodeAlone, stdoutFile, startupPairing);
  const target = fastPathTargets.actionStartOverNode;
  const { rows, met } = pairedRows('3. the action, to the start of its scan', toScan, target);
  print(rows.join('\n'));
  print(`\nLoad average ${loadAverage()} at the end.`);
  verdicts.push(
    `3. the action to the start of its scan ≤ ${target}× node -e 0: ${times(toScan)} ${verdict(met)} (to its end: ${times(toEnd)})`,
  );
  print('\n### Verdicts (issue 12)\n');
  print(verdicts.map((line) => `- ${line}`).join('\n'));
}

export const startupBench: BenchSection = { name: 'Start-up (issue 12)', run: runStartup };
