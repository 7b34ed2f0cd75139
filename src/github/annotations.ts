import type { ScanReport } from '../results/results.js';
import type { GateVerdict } from '../results/gate.js';
import { describeApiError } from './api-errors.js';
import type { GitHubClient } from './octokit.js';

export type AnnotationLevel = 'failure' | 'warning';

/** One annotation, in the Checks API's terms. */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

// The Checks API's own bounds (per request, and per field).
export const annotationsPerRequest = 50;
const maxTitle = 255;
const maxMessage = 64 * 1024;

/**
 * Every failure at its file and line: blocking ones as failures, the rest as warnings, plus
 * every input error. A finding judged under several benchmarks becomes one annotation that
 * names all its rules. For Helm output the path is the rendered file and the template is
 * named in the message, since the template has no line of its own.
 */
export function annotationsOf(report: ScanReport, verdict: GateVerdict): Annotation[] {
  const byPlace = new Map<string, Annotation & { rules: string[] }>();
  for (const failure of verdict.failures) {
    const { finding } = failure;
    const { location } = finding;
    // A live cluster's object has no file in the repository to annotate.
    if (location.kind !== 'file') continue;
    const key = [
      location.file,
      location.line,
      finding.resource,
      finding.container ?? '',
      finding.message,
    ].join('|');
    const rule = `${failure.benchmark.id} ${failure.rule.id}`;
    const existing = byPlace.get(key);
    if (existing) {
      existing.rules.push(rule);
      if (failure.blocking) existing.annotation_level = 'failure';
      continue;
    }
    const details = [
      finding.resource,
      finding.container === undefined ? '' : `container ${finding.container}`,
      location.template === undefined ? '' : `from template ${location.template}`,
      location.terraformAddress === undefined ? '' : `Terraform ${location.terraformAddress}`,
    ].filter((part) => part !== '');
    byPlace.set(key, {
      path: location.file,
      start_line: location.line,
      end_line: location.line,
      annotation_level: failure.blocking ? 'failure' : 'warning',
      title: failure.rule.title,
      message: `${finding.message} (${details.join(', ')})${failure.isNew ? ' [new]' : ''}`,
      rules: [rule],
    });
  }
  const findings = [...byPlace.values()].map(({ rules, ...annotation }) => ({
    ...annotation,
    title: `${rules.join(', ')}: ${annotation.title}`.slice(0, maxTitle),
    message: annotation.message.slice(0, maxMessage),
  }));
  const errors: Annotation[] = report.errors.map((error) => ({
    path: error.file,
    start_line: error.line ?? 1,
    end_line: error.line ?? 1,
    annotation_level: 'failure',
    title: 'aks-cis-gate: file could not be read',
    message: error.message.slice(0, maxMessage),
  }));
  const order = (annotation: Annotation) => (annotation.annotation_level === 'failure' ? 0 : 1);
  return [...errors, ...findings].sort((a, b) => order(a) - order(b));
}

export interface CheckRunTarget {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
}

export interface CheckRunSummary {
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
  conclusion: 'success' | 'failure';
}

/** How many annotations reached GitHub; `error` when a request failed (the rest were not sent). */
export interface CheckRunOutcome {
  sent: number;
  error?: string;
  /** `created === false`: the token may not create check runs (or the API is down). */
  created: boolean;
}

/**
 * A check run carrying every annotation, 50 per request: the run is created with the first
 * batch, and each PATCH appends the next. The last request completes the run.
 */
export async function publishCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  output: CheckRunSummary,
  annotations: Annotation[],
): Promise<CheckRunOutcome> {
  const batches: Annotation[][] = [];
  for (let start = 0; start < annotations.length; start += annotationsPerRequest) {
    batches.push(annotations.slice(start, start + annotationsPerRequest));
  }
  if (batches.length === 0) batches.push([]);
  const completion = (index: number) =>
    index === batches.length - 1
      ? { status: 'completed' as const, conclusion: output.conclusion }
      : { status: 'in_progress' as const };
  const outputWith = (batch: Annotation[]) => ({
    title: output.title,
    summary: output.summary,
    annotations: batch,
  });

  let sent = 0;
  let checkRunId: number;
  try {
    const created = await client.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: target.name,
      head_sha: target.headSha,
      ...completion(0),
      output: outputWith(batches[0] ?? []),
    });
    checkRunId = created.data.id;
    sent += batches[0]?.length ?? 0;
  } catch (error) {
    return { sent, created: false, error: describeApiError(error) };
  }
  for (const [index, batch] of batches.entries()) {
    if (index === 0) continue;
    try {
      await client.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: checkRunId,
        ...completion(index),
        output: outputWith(batch),
      });
      sent += batch.length;
    } catch (error) {
      return { sent, created: true, error: describeApiError(error) };
    }
  }
  return { sent, created: true };
}

export interface WorkflowCommands {
  error(message: string, properties: { title: string; file: string; startLine: number }): void;
  warning(message: string, properties: { title: string; file: string; startLine: number }): void;
}

/** GitHub shows at most 10 error and 10 warning annotations from a step's workflow commands. */
export const workflowCommandCap = 10;

/**
 * The fallback when no check run can be written: workflow-command annotations, the first
 * ten of each level (the runner drops the rest silently). Returns how many were left out.
 */
export function emitWorkflowAnnotations(annotations: Annotation[], commands: WorkflowCommands): number {
  let errors = 0;
  let warnings = 0;
  for (const annotation of annotations) {
    const properties = { title: annotation.title, file: annotation.path, startLine: annotation.start_line };
    if (annotation.annotation_level === 'failure' && errors < workflowCommandCap) {
      commands.error(annotation.message, properties);
      errors += 1;
    } else if (annotation.annotation_level === 'warning' && warnings < workflowCommandCap) {
      commands.warning(annotation.message, properties);
      warnings += 1;
    }
  }
  return annotations.length - errors - warnings;
}
