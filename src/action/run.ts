import { mkdir, writeFile } from '../fs-async.js';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import manifest from '../../package.json' with { type: 'json' };
import { readBaseFile, resolveBaseline, withBaseTree } from '../github/baseline.js';
import { runContextOf, runEventOf, type RunEvent } from '../github/event.js';
import { actionWords, blockedMessage } from '../github/gate.js';
import { blockReasons, decideGate, withVerdict, type Baseline, type GateVerdict } from '../results/gate.js';
import { publishResults } from '../github/publish.js';
import { renderJson } from '../report/json.js';
import { schemaVersion, type ScanReport } from '../results/results.js';
import { renderSarif } from '../report/sarif.js';
import {
  defaultNodeAuditImage,
  defaultNodeAuditNamespace,
  defaultPageSize,
  defaultRequestTimeoutSeconds,
  LiveScanError,
  liveSource,
  type LiveSettings,
} from '../inputs/live/live-source.js';
import { chooseCompilerTiers } from '../compiler-tiers.js';
import { CannotRunError, scan, type ScanOptions, type ScanSource } from '../scan.js';
import { readShardReportFiles } from '../shard/files.js';
import type { Shard } from '../shard/shard.js';
import type { ShardBase, ShardSide } from '../shard/shard-report.js';
import { emptyModel } from '../model/scan-model.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import { actionLog } from './log.js';
import { setOutput } from '../github/runner-commands.js';
import { scanBaseTree } from '../settings/base-scan.js';
import { resolveActionSettings, type ActionSettings, type ScanSettings } from './settings.js';
import { withYoungGenerationKeptAsync } from '../young-generation.js';

/** The scan of `directory` with the given settings; every reference stays inside it. */
function scanOptionsFor(
  directory: string,
  settings: ScanSettings,
  paths = settings.paths,
  sources: ScanSource[] = [],
): ScanOptions {
  return {
    paths,
    sources,
    cwd: directory,
    allowedRoots: [directory],
    benchmarks: settings.benchmarks,
    namespace: settings.namespace,
    ignores: settings.ignores,
    exclude: settings.exclude,
    skip: settings.skip,
    log: actionLog,
    progress: actionLog.debug,
    onDiscovered: chooseCompilerTiers,
    ...(settings.bicepPath === undefined ? {} : { bicepPath: settings.bicepPath }),
    bicepRestore: settings.bicepRestore,
    bicepRegistries: settings.bicepRegistries,
    ...(settings.terraformDir === undefined
      ? {}
      : { terraformDir: resolve(directory, settings.terraformDir) }),
    terraformVarFiles: settings.terraformVarFiles.map((path) => resolve(directory, path)),
  };
}

function scanDirectory(
  directory: string,
  settings: ScanSettings,
  paths = settings.paths,
  sources: ScanSource[] = [],
): Promise<ScanReport> {
  return scan(scanOptionsFor(directory, settings, paths, sources));
}

const emptyReport: ScanReport = {
  schemaVersion,
  benchmarks: [],
  skipped: [],
  notChecked: [],
  errors: [],
};

/** Where the JSON report goes: the runner's temp directory, outside the scanned tree. */
function reportJsonPath(): string {
  return join(process.env['RUNNER_TEMP'] || tmpdir(), 'aks-cis-gate', 'report.json');
}

async function writeReports(sarifPath: string | undefined, report: ScanReport): Promise<void> {
  const jsonPath = reportJsonPath();
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, renderJson(report));
  setOutput('report-json', jsonPath);
  if (sarifPath === undefined) return;
  await mkdir(dirname(sarifPath), { recursive: true });
  await writeFile(sarifPath, renderSarif(report, { toolVersion: manifest.version }));
  setOutput('sarif-file', sarifPath);
}

function setCountOutputs(verdict: GateVerdict): void {
  setOutput('passed', String(verdict.passed));
  setOutput('failed', String(verdict.counts.findings));
  setOutput('new-failed', String(verdict.counts.new));
  setOutput('suppressed', String(verdict.counts.suppressed));
  setOutput('errors', String(verdict.counts.inputErrors));
  setOutput('not-checked', String(verdict.counts.notChecked));
  setOutput('score', verdict.score === undefined ? '' : String(verdict.score));
}

/** `mode: live`: the cluster azure/aks-set-context (or the kubeconfig input) names, read-only unless node-audit. */
function liveSettingsOf(inputs: ActionInputs, workspace: string): LiveSettings {
  return {
    kubeconfig: inputs.kubeconfig === undefined ? undefined : resolve(workspace, inputs.kubeconfig),
    context: inputs.context,
    azureClusterId: inputs.azureClusterId,
    armEndpoint: undefined,
    authorityHost: undefined,
    requestTimeoutSeconds: defaultRequestTimeoutSeconds,
    pageSize: defaultPageSize,
    countPlatformWorkloads: false,
    nodeAudit: inputs.nodeAudit
      ? { image: defaultNodeAuditImage, namespace: defaultNodeAuditNamespace }
      : undefined,
  };
}

export async function run(): Promise<void> {
  const parsed = readActionInputs();
  if (!parsed.ok) return actionLog.fail(parsed.errors.join('\n'));
  const { inputs } = parsed;
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
  const event = runEventOf(runContextOf(process.env));
  const baseSha = event.pullRequest?.baseSha;
  const readBase =
    baseSha === undefined || inputs.configSource === 'head'
      ? undefined
      : (configPath: string) => readBaseFile(workspace, baseSha, configPath, actionLog.info);
  const resolved = await resolveActionSettings(inputs, workspace, readBase);
  if (!resolved.ok) return actionLog.fail(resolved.errors.join('\n'));
  const { settings } = resolved;
  resolved.notes.forEach((note) => actionLog.info(note));

  try {
    if (inputs.shard !== undefined) return await runShard(inputs.shard, inputs, settings, workspace, event);
    if (inputs.mode === 'merge') return await runMerge(inputs, settings, workspace, event);
  } catch (error) {
    // A shard set that is not one whole run fails the step: never a smaller report that could pass.
    if (error instanceof CannotRunError) return actionLog.fail(error.message);
    throw error;
  }
  const live = inputs.mode === 'live';
  let scanned: ScanReport;
  try {
    scanned = await scanDirectory(
      workspace,
      settings.scan,
      settings.scan.paths,
      live ? [liveSource(liveSettingsOf(inputs, workspace))] : [],
    );
  } catch (error) {
    // A live read that stopped half-way fails the step: partial results are not presented as complete.
    if (error instanceof CannotRunError || error instanceof LiveScanError)
      return actionLog.fail(error.message);
    throw error;
  }
  // A deployed cluster has no base commit to compare with: every finding is new.
  const baseline: Baseline = live
    ? { kind: 'unavailable', reason: 'a live scan reads the deployed cluster, which has no baseline' }
    : await resolveBaseline({
        source: inputs.baseline,
        workspace,
        ...(event.pullRequest === undefined ? {} : { baseSha: event.pullRequest.baseSha }),
        scanTree: (directory) =>
          scanBaseTree(
            directory,
            settings.baseScan.paths,
            (present) => scan(scanOptionsFor(directory, settings.baseScan, present)),
            emptyReport,
          ),
        log: actionLog.info,
      });
  await decideAndPublish({ inputs, settings, event, scanned, baseline, live });
}

interface Verdict {
  inputs: ActionInputs;
  settings: ActionSettings;
  event: RunEvent;
  scanned: ScanReport;
  baseline: Baseline;
  live: boolean;
}

/** The gate, the outputs and reports, then the comment, annotations and summary. */
async function decideAndPublish({ inputs, settings, event, scanned, baseline, live }: Verdict) {
  actionLog.info(
    baseline.kind === 'report' ? `baseline: ${baseline.description}` : `no baseline: ${baseline.reason}`,
  );
  const verdict = decideGate(scanned, baseline, settings.gate);
  const report = withVerdict(scanned, verdict, actionWords);

  // The verdict is settled before anything else can fail or talk to GitHub.
  setCountOutputs(verdict);
  if (!verdict.passed) actionLog.fail(blockedMessage(blockReasons(report, verdict, actionWords)));
  await writeReports(settings.sarifFile, report);

  const links = { serverUrl: event.serverUrl, owner: event.owner, repo: event.repo, headSha: event.headSha };
  await publishResults({
    event,
    view: { report, verdict, baseline, links, configChanges: settings.configChanges },
    token: inputs.githubToken,
    comment: inputs.comment,
    commitComment: live,
    annotations: inputs.annotations,
    reportJsonPath: reportJsonPath(),
    log: actionLog,
  });
}

/**
 * One shard of a matrix: reads its group of files at the head and at the base commit and writes
 * them to `report-json` for the merge job. It decides nothing and publishes nothing.
 */
async function runShard(
  shard: Shard,
  inputs: ActionInputs,
  { scan: settings, baseScan }: ActionSettings,
  workspace: string,
  event: RunEvent,
): Promise<void> {
  // Only a shard job reads and stores shards (and hashes them with node:crypto).
  const [{ readShard, scanShard, shardConfigOf }, { storeOutcome }] = await Promise.all([
    import('../shard/scan-shard.js'),
    import('../shard/shard-report.js'),
  ]);
  const emptySide: ShardSide = {
    inputs: [],
    read: [],
    outcome: storeOutcome({ model: emptyModel(), errors: [], skipped: [], notChecked: [] }),
  };
  const options = scanOptionsFor(workspace, settings);
  const baseSha = event.pullRequest?.baseSha;
  const readBase =
    inputs.baseline.kind !== 'auto' || baseSha === undefined
      ? undefined
      : async (): Promise<ShardBase> => {
          const read = await withBaseTree(workspace, baseSha, actionLog.info, (directory) =>
            scanBaseTree(
              directory,
              baseScan.paths,
              (present) => readShard(scanOptionsFor(directory, baseScan, present), shard),
              emptySide,
            ),
          );
          return read.ok
            ? { kind: 'read', description: `the base commit ${baseSha.slice(0, 7)}`, side: read.value }
            : { kind: 'unavailable', reason: read.reason };
        };
  const report = await scanShard(
    options,
    shard,
    {
      toolVersion: manifest.version,
      commit: event.headSha,
      config: shardConfigOf(options, settings.terraformDir),
    },
    readBase,
  );
  const jsonPath = reportJsonPath();
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, JSON.stringify(report));
  setOutput('report-json', jsonPath);
  actionLog.info(
    `shard ${shard.index}/${shard.count} read ${report.head.read.length} of ${report.head.inputs.length} inputs; merge the shards with mode: merge`,
  );
}

/** `mode: merge`: the shards of one run, merged and judged as one scan, published once. */
async function runMerge(
  inputs: ActionInputs,
  settings: ActionSettings,
  workspace: string,
  event: RunEvent,
): Promise<void> {
  const pattern = inputs.shardReports as string;
  // Only merging globs: tinyglobby and its directory walker load here, not at every start.
  const { glob } = await import('tinyglobby');
  const files = (await glob(pattern, { cwd: workspace, absolute: true, onlyFiles: true })).sort();
  if (files.length === 0) throw new CannotRunError(`shard-reports "${pattern}" matches no file`);
  // Only merging reads shard reports, and compiles their schema to check them.
  const { mergeShards, parseShardReport } = await import('../shard/merge.js');
  // A merge keeps nearly all it makes (the reports' trees, then every finding): its young
  // generation is kept small from the reading to the reports, as the CLI's is.
  await withYoungGenerationKeptAsync(async () => {
    const sources = readShardReportFiles(
      files.map((path) => ({ path, displayPath: relative(workspace, path) || path })),
    );
    // The compiler tiers are chosen for what was read, as a scan's are (compiler-tiers.ts).
    chooseCompilerTiers(sources);
    const shards = sources.map(({ displayPath, text }) => parseShardReport(displayPath, text));
    // Gated under this step's settings, as a scan is; the shards must have assessed under the same.
    const merged = mergeShards(shards, settings.scan);
    actionLog.info(`merged ${shards.length} shard reports`);
    const baseline: Baseline =
      inputs.baseline.kind === 'auto'
        ? (merged.base ?? { kind: 'unavailable', reason: 'the shards did not read the base commit' })
        : await resolveBaseline({
            source: inputs.baseline,
            workspace,
            scanTree: () => Promise.reject(new Error('the base commit is read by the shards')),
            log: actionLog.info,
          });
    await decideAndPublish({
      inputs,
      settings,
      event,
      scanned: merged.report,
      baseline,
      live: false,
    });
  });
}
