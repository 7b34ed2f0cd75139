import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import picomatch from 'picomatch';
import manifest from '../../package.json' with { type: 'json' };
import { readBaseFile, resolveBaseline } from '../github/baseline.js';
import { insideWorkspace } from '../github/workspace.js';
import { runEventOf } from '../github/event.js';
import { blockedMessage, decideGate, type Baseline, type GateVerdict } from '../github/gate.js';
import { defaultNodeAuditImage } from '../inputs/live-kubernetes/node-audit.js';
import { publishResults } from '../github/publish.js';
import { renderJson } from '../report/json.js';
import type { ScanReport } from '../report/report.js';
import { renderSarif } from '../report/sarif.js';
import { LiveScanError } from '../inputs/live-kubernetes/connection.js';
import {
  defaultNodeAuditNamespace,
  defaultPageSize,
  defaultRequestTimeoutSeconds,
  liveSource,
  type LiveSettings,
} from '../inputs/live/live-source.js';
import { CannotRunError, scan, type ScanSource } from '../scan.js';
import { readActionInputs, type ActionInputs } from './inputs.js';
import { actionLog } from './log.js';
import { resolveSettings, type ScanSettings } from './settings.js';

/** One scan of `directory` with the given settings; every reference stays inside it. */
function scanDirectory(
  directory: string,
  settings: ScanSettings,
  paths = settings.paths,
  sources: ScanSource[] = [],
): Promise<ScanReport> {
  return scan({
    paths,
    sources,
    cwd: directory,
    allowedRoots: [directory],
    benchmarks: settings.benchmarks,
    namespace: settings.namespace,
    ignores: settings.ignores,
    log: actionLog,
    ...(settings.bicepPath === undefined ? {} : { bicepPath: settings.bicepPath }),
    bicepRestore: settings.bicepRestore,
    bicepRegistries: settings.bicepRegistries,
    ...(settings.terraformDir === undefined
      ? {}
      : { terraformDir: resolve(directory, settings.terraformDir) }),
  });
}

const emptyReport: ScanReport = { schemaVersion: 1, benchmarks: [], skipped: [], notChecked: [], errors: [] };

/**
 * The base tree may lack what the head adds: literal paths it does not have are left out,
 * and a base where nothing matches is an empty report (so every head finding is new).
 */
async function scanBaseTree(directory: string, settings: ScanSettings): Promise<ScanReport> {
  // As in the workspace: a path of the base tree that is a link out of it is not followed.
  const present = settings.paths.filter(
    (path) =>
      picomatch.scan(path).isGlob ||
      (existsSync(resolve(directory, path)) && insideWorkspace(directory, path) !== undefined),
  );
  if (settings.paths.length > 0 && present.length === 0) return emptyReport;
  try {
    return await scanDirectory(directory, settings, present);
  } catch (error) {
    if (error instanceof CannotRunError) return emptyReport;
    throw error;
  }
}

/** Where the JSON report goes: the runner's temp directory, outside the scanned tree. */
function reportJsonPath(): string {
  return join(process.env['RUNNER_TEMP'] || tmpdir(), 'aks-cis-gate', 'report.json');
}

async function writeReports(inputs: ActionInputs, workspace: string, report: ScanReport): Promise<void> {
  const jsonPath = reportJsonPath();
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, renderJson(report));
  core.setOutput('report-json', jsonPath);
  if (inputs.sarifFile === undefined) return;
  const relativePath = insideWorkspace(workspace, inputs.sarifFile);
  if (relativePath === undefined) {
    actionLog.warn(`sarif-file "${inputs.sarifFile}" is outside the workspace; no SARIF written`);
    return;
  }
  const sarifPath = join(workspace, relativePath);
  await mkdir(dirname(sarifPath), { recursive: true });
  await writeFile(sarifPath, renderSarif(report, { toolVersion: manifest.version }));
  core.setOutput('sarif-file', sarifPath);
}

function setCountOutputs(verdict: GateVerdict): void {
  core.setOutput('passed', String(verdict.passed));
  core.setOutput('failed', String(verdict.failures.length));
  core.setOutput('new-failed', String(verdict.failures.filter((failure) => failure.isNew).length));
  core.setOutput('suppressed', String(verdict.suppressed));
  core.setOutput('errors', String(verdict.errors));
  core.setOutput('score', verdict.score === undefined ? '' : String(verdict.score));
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
  const event = runEventOf(context);
  const baseSha = event.pullRequest?.baseSha;
  const readBase =
    baseSha === undefined || inputs.configSource === 'head'
      ? undefined
      : (configPath: string) => readBaseFile(workspace, baseSha, configPath, actionLog.info);
  const resolved = await resolveSettings(inputs, workspace, readBase);
  if (!resolved.ok) return actionLog.fail(resolved.errors.join('\n'));
  const { settings } = resolved;
  resolved.notes.forEach((note) => actionLog.info(note));

  const live = inputs.mode === 'live';
  let report: ScanReport;
  try {
    report = await scanDirectory(
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
        scanTree: (directory) => scanBaseTree(directory, settings.baseScan),
        log: actionLog.info,
      });
  actionLog.info(
    baseline.kind === 'report' ? `baseline: ${baseline.description}` : `no baseline: ${baseline.reason}`,
  );
  const verdict = decideGate(report, baseline, settings.gate);

  // The verdict is settled before anything else can fail or talk to GitHub.
  setCountOutputs(verdict);
  if (!verdict.passed) actionLog.fail(blockedMessage(verdict.reasons));
  await writeReports(inputs, workspace, report);

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
