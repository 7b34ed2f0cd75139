import { existsSync } from 'node:fs';
import type { Cluster } from '../../model/cluster.js';
import type {
  InputContext,
  InputError,
  InputFormat,
  InputResult,
  SkippedFile,
  SourceFile,
} from '../input-format.js';
import { type ArmObject, getProperty, isArmObject } from './arm-value.js';
import { type SourcePositions, buildClusters } from './build-clusters.js';
import { type ParameterValues, evaluateTemplate, parameterValuesOf } from './evaluate-template.js';
import { type JsonDocument, parseJsonDocument } from './json-document.js';
import {
  type ParameterFile,
  armFileKind,
  parameterFilesFor,
  parseParameterFile,
  readExplicitParameterFiles,
  templateCandidatesOf,
  templateStem,
  templateStemOfParameterFile,
} from './parameter-files.js';

/** A template evaluated once per parameter file it is deployed with, or once with its defaults. */
export interface TemplateRun {
  template: ArmObject;
  positions: SourcePositions;
  parameterValues: ParameterValues;
  parameterFile?: string;
  origin: Cluster['origin'];
  /** The file that the "not followed" notes name. */
  file: string;
}

/** Evaluates one template run into clusters, and notes the parts that were not followed. */
export function clustersOfRun(run: TemplateRun): { clusters: Cluster[]; skipped: SkippedFile[] } {
  const evaluation = evaluateTemplate(run.template, run.parameterValues);
  const clusters = buildClusters(evaluation, run.positions, {
    origin: run.origin,
    parameterFile: run.parameterFile,
  });
  const skipped = evaluation.notFollowed.map(({ path, reason }) => ({
    file: run.file,
    reason: `line ${run.positions.locate(path).line}: ${reason}`,
  }));
  return { clusters, skipped };
}

/** Parameters a parameter file gives that its template does not declare: ARM would reject the deployment. */
export function undeclaredParameters(template: ArmObject, parameterFile: ParameterFile): InputError[] {
  const declared = getProperty(template, 'parameters');
  const given = getProperty(parameterFile.document.value as ArmObject, 'parameters');
  if (!isArmObject(given)) return [];
  const names = new Set(Object.keys(isArmObject(declared) ? declared : {}).map((name) => name.toLowerCase()));
  return Object.keys(given)
    .filter((name) => !names.has(name.toLowerCase()))
    .map((name) => ({
      ...parameterFile.document.locate(['parameters', name]),
      file: parameterFile.displayPath,
      message: `parameter '${name}' is not declared by the template it is paired with`,
    }));
}

export function parameterFileValues(parameterFile: ParameterFile): ParameterValues {
  return parameterValuesOf(getProperty(parameterFile.document.value as ArmObject, 'parameters'));
}

/** A JSON file compiled from a Bicep file beside it: the Bicep file is what gets checked. */
function compiledFromBicepBeside(file: SourceFile, template: ArmObject): boolean {
  const metadata = getProperty(template, 'metadata');
  const generator = isArmObject(metadata) ? getProperty(metadata, '_generator') : undefined;
  const isBicepOutput = isArmObject(generator) && getProperty(generator, 'name') === 'bicep';
  return isBicepOutput && existsSync(`${templateStem(file.path)}.bicep`);
}

async function readArmFiles(files: SourceFile[], context: InputContext): Promise<InputResult> {
  const errors: InputError[] = [];
  const skipped: SkippedFile[] = [];
  const clusters: Cluster[] = [];
  const templates: { file: SourceFile; document: JsonDocument }[] = [];
  const parameterFiles: ParameterFile[] = [];
  for (const file of files) {
    if (armFileKind(file.text) === 'parameters') {
      const parsed = parseParameterFile(file, context);
      if ('errors' in parsed) errors.push(...parsed.errors);
      else parameterFiles.push(parsed);
      continue;
    }
    const parsed = parseJsonDocument(file.text, file.displayPath, context.limits);
    if (!parsed.ok) errors.push(...parsed.errors);
    else if (!isArmObject(parsed.document.value)) {
      errors.push({ file: file.displayPath, line: 1, message: 'an ARM template must be a JSON object' });
    } else if (compiledFromBicepBeside(file, parsed.document.value)) {
      skipped.push({
        file: file.displayPath,
        reason: 'compiled from the .bicep file beside it, which is checked instead',
      });
    } else templates.push({ file, document: parsed.document });
  }
  const explicit = readExplicitParameterFiles(context);
  errors.push(...explicit.errors);
  const used = new Set<ParameterFile>();
  for (const { file, document } of templates) {
    const template = document.value as ArmObject;
    const paired = parameterFilesFor(file.path, parameterFiles, explicit.files);
    const base = {
      template,
      positions: { locate: document.locate },
      origin: 'arm' as const,
      file: file.displayPath,
    };
    const runs: TemplateRun[] =
      paired.length === 0
        ? [{ ...base, parameterValues: new Map() }]
        : paired.map((parameterFile) => {
            used.add(parameterFile);
            errors.push(...undeclaredParameters(template, parameterFile));
            return {
              ...base,
              parameterValues: parameterFileValues(parameterFile),
              parameterFile: parameterFile.displayPath,
            };
          });
    for (const run of runs) {
      const result = clustersOfRun(run);
      clusters.push(...result.clusters);
      skipped.push(...result.skipped);
    }
  }
  for (const parameterFile of parameterFiles.filter((file) => !used.has(file))) {
    const stem = templateStemOfParameterFile(parameterFile.path);
    skipped.push({
      file: parameterFile.displayPath,
      reason:
        stem === undefined
          ? 'no template pairs with this parameter file: name it X.parameters.json beside X.json, or pass it with --parameters'
          : `its template (${stem}.json, ${stem}.template.json or ${stem}.bicep) is not part of the scan`,
    });
  }
  return { model: { clusters }, errors, skipped };
}

export const armTemplates: InputFormat = {
  name: 'arm',
  detect: (file) => /\.jsonc?$/i.test(file.path) && armFileKind(file.text) !== undefined,
  read: readArmFiles,
  companions: (file) => templateCandidatesOf(file.path),
};
