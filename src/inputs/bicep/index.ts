import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Cluster } from '../../model/cluster.js';
import { type ArmObject, getProperty, isArmObject } from '../arm/arm-value.js';
import { parameterValuesOf } from '../arm/evaluate-template.js';
import { type TemplateRun, clustersOfRun, parameterFileValues, undeclaredParameters } from '../arm/index.js';
import {
  type ParameterFile,
  armFileKind,
  parameterFilesFor,
  parseParameterFile,
  readExplicitParameterFiles,
  templateCandidatesOf,
  templateStemOfParameterFile,
} from '../arm/parameter-files.js';
import type {
  InputContext,
  InputError,
  InputFormat,
  InputResult,
  SkippedFile,
  SourceFile,
} from '../input-format.js';
import { type BicepTemplateFile, BicepPositions } from './bicep-positions.js';
import { BicepSource } from './bicep-source.js';
import {
  type BicepCompiler,
  type BicepDiagnostic,
  BicepRequestError,
  findBicep,
  withBicepCompiler,
} from './compiler.js';
import { type ReferenceScan, type SourceReader, scanReferences, sourceReader } from './references.js';

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
}

const isBicep = (path: string) => /\.bicep$/i.test(path);
const isBicepParam = (path: string) => /\.bicepparam$/i.test(path);

/** An ARM parameter file whose template, by the naming convention, is a .bicep file beside it. */
function pairsWithBicep(file: SourceFile): boolean {
  const stem = templateStemOfParameterFile(file.path);
  return stem !== undefined && armFileKind(file.text) === 'parameters' && existsSync(`${stem}.bicep`);
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
  for (const path of [entry, ...modules]) {
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
  }
}

async function runJob(compiler: BicepCompiler, job: CompileJob, state: ReadState): Promise<void> {
  if (job.kind === 'bicepparam') {
    const response = await compiler.compileParams(job.path);
    state.errors.push(...diagnosticErrors(response.diagnostics, state.reader));
    const template = parseCompiled(response.template);
    const parameters = parseCompiled(response.parameters);
    if (!response.success || template === undefined || job.scan.usingTarget === undefined) {
      if (response.success) {
        state.skipped.push({
          file: state.reader.displayPath(job.path),
          reason: 'it names no local Bicep template (`using`)',
        });
      }
      return;
    }
    const parameterValues = parameterValuesOf(parameters ? getProperty(parameters, 'parameters') : undefined);
    const run = { parameterValues, parameterFile: state.reader.displayPath(job.path) };
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
          state.errors.push(...undeclaredParameters(template, parameterFile));
          return {
            parameterValues: parameterFileValues(parameterFile),
            parameterFile: parameterFile.displayPath,
          };
        });
  await checkRuns(compiler, state, template, job.path, job.scan, runs);
}

/** Decides what to compile: each .bicepparam, and each .bicep that is not deployed through one. */
function planJobs(files: SourceFile[], state: ReadState, armParameterFiles: ParameterFile[]): CompileJob[] {
  const roots = state.context.allowedRoots;
  const explicit = readExplicitParameterFiles(state.context);
  state.errors.push(...explicit.errors);
  const entries = files.filter((file) => isBicep(file.path) || isBicepParam(file.path));
  const scans = new Map(entries.map((file) => [file.path, scanReferences(file.path, roots, state.reader)]));
  // A template deployed through a .bicepparam, or used as a module, is checked that way only.
  const coveredBy = new Map<string, string>();
  const compilable = (scan: ReferenceScan) => scan.refused.length === 0 && scan.unrestored.length === 0;
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
      state.skipped.push(...scan.unrestored);
      if (scan.refused.length === 0) {
        state.skipped.push({
          file: file.displayPath,
          reason:
            'not compiled: it uses registry modules that are not available offline, so none of its resources are checked',
        });
      }
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

async function readBicepFiles(files: SourceFile[], context: InputContext): Promise<InputResult> {
  const inputs = new Map(
    files.map((file) => [file.path, { text: file.text, displayPath: file.displayPath }]),
  );
  const state: ReadState = {
    context,
    reader: sourceReader(inputs, context.limits),
    clusters: [],
    errors: [],
    skipped: [],
  };
  const armParameterFiles: ParameterFile[] = [];
  for (const file of files.filter((candidate) => !isBicep(candidate.path) && !isBicepParam(candidate.path))) {
    const parsed = parseParameterFile(file, context);
    if ('errors' in parsed) state.errors.push(...parsed.errors);
    else armParameterFiles.push(parsed);
  }
  const sources = files.filter((file) => isBicep(file.path) || isBicepParam(file.path));
  if (sources.length === 0) return { model: { clusters: [] }, errors: state.errors, skipped: state.skipped };
  const bicep = findBicep(context.bicepPath);
  if ('error' in bicep) {
    const errors = sources.map((file) => ({ file: file.displayPath, message: bicep.error }));
    return { model: { clusters: [] }, errors: [...state.errors, ...errors], skipped: state.skipped };
  }
  const jobs = planJobs(files, state, armParameterFiles);
  if (jobs.length > 0) {
    await withBicepCompiler(bicep.path, async (compiler) => {
      for (const job of jobs) {
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
    });
  }
  return { model: { clusters: state.clusters }, errors: state.errors, skipped: state.skipped };
}

export const bicepFiles: InputFormat = {
  name: 'bicep',
  detect: (file) =>
    isBicep(file.path) || isBicepParam(file.path) || (/\.json$/i.test(file.path) && pairsWithBicep(file)),
  read: readBicepFiles,
  companions(file, context) {
    if (!isBicep(file.path) && !isBicepParam(file.path)) return templateCandidatesOf(file.path);
    // A module or a .bicepparam's template is checked through its parent only when read beside it.
    const scan = scanReferences(file.path, context.allowedRoots, sourceReader(new Map(), context.limits));
    return [...scan.localModules, ...(scan.usingTarget === undefined ? [] : [scan.usingTarget])];
  },
};
