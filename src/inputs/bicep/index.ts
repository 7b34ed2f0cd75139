import { resolve } from 'node:path';
import type { Cluster } from '../../model/cluster.js';
import { type ArmObject, getProperty, isArmObject } from '../arm/arm-value.js';
import { parameterValuesOf } from '../arm/evaluate-template.js';
import { type TemplateRun, clustersOfRun, parameterFileErrors, parameterFileValues } from '../arm/index.js';
import {
  type ParameterFile,
  parameterFilesFor,
  parseParameterFile,
  readExplicitParameterFiles,
} from '../arm/parameter-files.js';
import type {
  InputContext,
  InputError,
  InputResult,
  NotCheckedInput,
  SkippedFile,
  SourceFile,
} from '../input-format.js';
import { type BicepTemplateFile, BicepPositions } from './bicep-positions.js';
import { BicepSource } from './bicep-source.js';
import {
  type BicepCompiler,
  type BicepDiagnostic,
  BicepRequestError,
  withBicepCompiler,
} from './compiler.js';
import { findBicep } from './find-bicep.js';
import { referencesOf } from './detection.js';
import { isBicep, isBicepParam } from './format.js';
import { type ReferenceScan, type SourceReader, sourceReader, throughPrefix } from './references.js';
import { describeArtifact, isCachedModuleTemplate, isRestored } from './registry-modules.js';
import { isInsideRoots, isWithin } from './scanned-roots.js';

/** One thing to compile: a .bicepparam, or a .bicep with the ARM parameter files it is deployed with. */
type CompileJob =
  | { kind: 'bicepparam'; path: string; scan: ReferenceScan }
  | { kind: 'bicep'; path: string; scan: ReferenceScan; parameterFiles: ParameterFile[] };

interface ReadState {
  context: InputContext;
  reader: SourceReader;
  clusters: Cluster[];
  errors: InputError[];
  skipped: SkippedFile[];
  notChecked: NotCheckedInput[];
}

function diagnosticErrors(diagnostics: BicepDiagnostic[], reader: SourceReader): InputError[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.level.toLowerCase() === 'error')
    .map((diagnostic) => ({
      file: reader.displayPath(resolve(diagnostic.source)),
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.char + 1,
      message: `${diagnostic.code}: ${diagnostic.message}`,
    }));
}

/** The entry file and every local module it reaches, each with the compiler's deployment graph. */
async function templateFiles(
  compiler: BicepCompiler,
  entry: string,
  modules: string[],
  reader: SourceReader,
): Promise<Map<string, BicepTemplateFile>> {
  const files = new Map<string, BicepTemplateFile>();
  // The compiler answers only for .bicep files; a module of another name is located at its declaration.
  for (const path of [entry, ...modules.filter(isBicep)]) {
    const text = reader.read(path);
    if (typeof text !== 'string') continue;
    const graph = await compiler.deploymentGraph(path);
    files.set(path, { path, displayPath: reader.displayPath(path), source: new BicepSource(text), graph });
  }
  return files;
}

function parseCompiled(text: string | null | undefined): ArmObject | undefined {
  if (!text) return undefined;
  const value: unknown = JSON.parse(text);
  return isArmObject(value as never) ? (value as ArmObject) : undefined;
}

async function checkRuns(
  compiler: BicepCompiler,
  state: ReadState,
  template: ArmObject,
  templatePath: string,
  scan: ReferenceScan,
  runs: Pick<TemplateRun, 'parameterValues' | 'parameterFile'>[],
): Promise<void> {
  const files = await templateFiles(compiler, templatePath, scan.localModules, state.reader);
  const root = files.get(templatePath);
  if (root === undefined) return;
  const positions = new BicepPositions(template, root, files);
  for (const run of runs) {
    const result = clustersOfRun({ ...run, template, positions, origin: 'bicep', file: root.displayPath });
    state.clusters.push(...result.clusters);
    state.skipped.push(...result.skipped);
    state.errors.push(...result.errors);
  }
}

/**
 * The compiler's own list of what it read (sources, load*() targets, bicepconfig.json) must stay
 * inside the scanned roots or bicep's module cache: the pre-check reads Bicep with a tokenizer of
 * its own, and this closes whatever it might miss. It also restores the entry's registry modules.
 */
async function readOutsideRoots(
  compiler: BicepCompiler,
  job: CompileJob,
  state: ReadState,
): Promise<boolean> {
  const read = await compiler.fileReferences(job.path);
  const outside = read.filter(
    (path) =>
      !isInsideRoots(path, state.context.allowedRoots) &&
      !job.scan.cacheRoots.some((cacheRoot) => isWithin(path, cacheRoot)),
  );
  for (const path of outside) {
    state.errors.push({
      file: state.reader.displayPath(job.path),
      message: `bicep read ${path}, which is outside the scanned directories and bicep's module cache; the compiled output is discarded`,
    });
  }
  return outside.length > 0;
}

/** Registry artifacts that compiling was to restore and did not (offline, or the registry refused). */
function unrestoredAfterCompiling(job: CompileJob): NotCheckedInput[] {
  return job.scan.pendingRestore
    .filter((pending) => !isRestored(pending.cacheRoot, pending.artifact, pending.kind))
    .map((pending) => ({
      file: pending.file,
      line: pending.line,
      reason: `${throughPrefix(pending.through)}the registry ${pending.kind} ${describeArtifact(pending.artifact)} could not be restored (no network access to ${pending.artifact.registry}, or it does not exist there), so the file is not checked`,
      fix: 'run `bicep restore` on it with network access before the scan',
    }));
}

async function runJob(compiler: BicepCompiler, job: CompileJob, state: ReadState): Promise<void> {
  if (await readOutsideRoots(compiler, job, state)) return;
  const unrestored = unrestoredAfterCompiling(job);
  if (unrestored.length > 0) {
    state.notChecked.push(...unrestored);
    return;
  }
  const file = state.reader.displayPath(job.path);
  if (job.kind === 'bicepparam') {
    const response = await compiler.compileParams(job.path);
    const errors = diagnosticErrors(response.diagnostics, state.reader);
    state.errors.push(...errors);
    const template = parseCompiled(response.template);
    const parameters = parseCompiled(response.parameters);
    if (!response.success || template === undefined) {
      if (errors.length === 0)
        state.errors.push({ file, message: 'bicep could not compile the parameter file' });
      return;
    }
    if (job.scan.usingTarget === undefined) {
      // `using none` deploys nothing by itself; any other .bicepparam must be applied to its template.
      const source = state.reader.read(job.path);
      if (typeof source === 'string' && new BicepSource(source).usesNoTemplate()) {
        state.skipped.push({ file, reason: 'it names no template (`using none`)' });
      } else {
        state.errors.push({
          file,
          message: 'the template its `using` line names could not be resolved, so its values are not applied',
        });
      }
      return;
    }
    const parameterValues = parameterValuesOf(parameters ? getProperty(parameters, 'parameters') : undefined);
    const run = { parameterValues, parameterFile: file };
    await checkRuns(compiler, state, template, job.scan.usingTarget, job.scan, [run]);
    return;
  }
  const response = await compiler.compile(job.path);
  state.errors.push(...diagnosticErrors(response.diagnostics, state.reader));
  const template = parseCompiled(response.contents);
  if (!response.success || template === undefined) return;
  const runs =
    job.parameterFiles.length === 0
      ? [{ parameterValues: new Map() }]
      : job.parameterFiles.map((parameterFile) => {
          state.errors.push(...parameterFileErrors(template, parameterFile));
          return {
            parameterValues: parameterFileValues(parameterFile),
            parameterFile: parameterFile.displayPath,
          };
        });
  await checkRuns(compiler, state, template, job.path, job.scan, runs);
}

/** Decides what to compile: each .bicepparam, and each .bicep that is not deployed through one. */
function planJobs(files: SourceFile[], state: ReadState, armParameterFiles: ParameterFile[]): CompileJob[] {
  const explicit = readExplicitParameterFiles(state.context);
  state.errors.push(...explicit.errors);
  const entries = files.filter((file) => isBicep(file.path) || isBicepParam(file.path));
  const scans = new Map(
    entries.map((file) => [file.path, referencesOf(file.path, state.context, state.reader)]),
  );
  // A template deployed through a .bicepparam, or used as a module, is checked that way only.
  const coveredBy = new Map<string, string>();
  const compilable = (scan: ReferenceScan) => scan.refused.length === 0 && scan.notChecked.length === 0;
  for (const [path, scan] of [...scans].filter(([, candidate]) => compilable(candidate))) {
    if (scan.usingTarget)
      coveredBy.set(scan.usingTarget, `the parameter file ${state.reader.displayPath(path)}`);
    for (const module of scan.localModules)
      coveredBy.set(module, `the module reference in ${state.reader.displayPath(path)}`);
  }
  const jobs: CompileJob[] = [];
  for (const file of entries) {
    const scan = scans.get(file.path) as ReferenceScan;
    const covered = coveredBy.get(file.path);
    if (covered !== undefined && isBicep(file.path)) {
      state.context.log.info(`${file.displayPath} is checked through ${covered}`);
      continue;
    }
    if (!compilable(scan)) {
      state.errors.push(...scan.refused);
      if (scan.refused.length === 0) state.notChecked.push(...scan.notChecked);
      continue;
    }
    jobs.push(
      isBicepParam(file.path)
        ? { kind: 'bicepparam', path: file.path, scan }
        : {
            kind: 'bicep',
            path: file.path,
            scan,
            parameterFiles: parameterFilesFor(file.path, armParameterFiles, explicit.files),
          },
    );
  }
  const used = new Set(jobs.flatMap((job) => (job.kind === 'bicep' ? job.parameterFiles : [])));
  for (const parameterFile of armParameterFiles.filter((candidate) => !used.has(candidate))) {
    state.skipped.push({
      file: parameterFile.displayPath,
      reason:
        'not used: its Bicep template is deployed through a .bicepparam, is a module, or could not be compiled (see its own entries)',
    });
  }
  return jobs;
}

/** The reader of bicep/format.ts. */
export async function readBicepFiles(files: SourceFile[], context: InputContext): Promise<InputResult> {
  const inputs = new Map(
    files.map((file) => [file.path, { text: file.text, displayPath: file.displayPath }]),
  );
  const state: ReadState = {
    context,
    reader: sourceReader(inputs, context.limits),
    clusters: [],
    errors: [],
    skipped: [],
    notChecked: [],
  };
  const armParameterFiles: ParameterFile[] = [];
  for (const file of files.filter((candidate) => isCachedModuleTemplate(candidate.path))) {
    state.skipped.push({
      file: file.displayPath,
      reason: "a registry module in bicep's module cache: it is checked through the Bicep files that use it",
    });
  }
  const parameterFileCandidates = files.filter(
    (candidate) =>
      !isBicep(candidate.path) && !isBicepParam(candidate.path) && !isCachedModuleTemplate(candidate.path),
  );
  for (const file of parameterFileCandidates) {
    const parsed = parseParameterFile(file, context);
    if ('errors' in parsed) state.errors.push(...parsed.errors);
    else armParameterFiles.push(parsed);
  }
  const sources = files.filter((file) => isBicep(file.path) || isBicepParam(file.path));
  if (sources.length === 0) return { model: { clusters: [] }, errors: state.errors, skipped: state.skipped };
  const bicep = context.bicepCompiler ? undefined : findBicep(context.bicepPath);
  if (bicep !== undefined && 'error' in bicep) {
    const errors = sources.map((file) => ({ file: file.displayPath, message: bicep.error }));
    return { model: { clusters: [] }, errors: [...state.errors, ...errors], skipped: state.skipped };
  }
  const jobs = planJobs(files, state, armParameterFiles);
  const runJobs = async (compiler: BicepCompiler) => {
    for (const [index, job] of jobs.entries()) {
      context.progress?.(`compiling Bicep file ${index + 1} of ${jobs.length}`);
      try {
        await runJob(compiler, job, state);
      } catch (error) {
        if (!(error instanceof BicepRequestError)) throw error;
        state.errors.push({
          file: state.reader.displayPath(job.path),
          message: `bicep failed: ${error.message}`,
        });
      }
    }
  };
  if (context.bicepCompiler) await runJobs(context.bicepCompiler);
  else if (bicep !== undefined && jobs.length > 0) await withBicepCompiler(bicep.path, runJobs);
  return {
    model: { clusters: state.clusters },
    errors: state.errors,
    skipped: state.skipped,
    notChecked: state.notChecked,
  };
}
