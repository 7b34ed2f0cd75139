import { quoteInput } from '../../model/quote.js';
import { existsSync } from 'node:fs';
import type { Cluster } from '../../model/cluster.js';
import type { FieldPath, FileLocation } from '../../model/location.js';
import type { InputContext, InputError, InputResult, SkippedFile, SourceFile } from '../input-format.js';
import { type ArmObject, findKey, getProperty, isArmObject, textOf } from './arm-value.js';
import { type SourcePositions, buildClusters } from './build-clusters.js';
import {
  type ParameterValues,
  evaluateTemplate,
  parameterTypeMismatch,
  parameterValuesOf,
} from './evaluate-template.js';
import { type JsonDocument, parseJsonDocument } from './json-document.js';
import {
  type ParameterFile,
  armKindOf,
  parameterFilesFor,
  parseParameterFile,
  readExplicitParameterFiles,
  templateStem,
  templateStemOfParameterFile,
} from './parameter-files.js';

/** A template evaluated once per parameter file it is deployed with, or once with its defaults. */
export interface TemplateRun {
  template: ArmObject;
  positions: SourcePositions<FileLocation>;
  parameterValues: ParameterValues;
  parameterFile?: string;
  origin: Cluster['origin'];
  /** The file that the "not followed" notes name. */
  file: string;
}

/** Evaluates one template run into clusters, and notes the parts that were not followed or are invalid. */
export function clustersOfRun(run: TemplateRun): {
  clusters: Cluster[];
  skipped: SkippedFile[];
  errors: InputError[];
} {
  const evaluation = evaluateTemplate(run.template, run.parameterValues);
  const built = buildClusters(evaluation, run.positions, {
    origin: run.origin,
    parameterFile: run.parameterFile,
    source: run.parameterFile ?? run.file,
  });
  const skipped = evaluation.notFollowed.map(({ path, reason }) => ({
    file: run.file,
    reason: `line ${run.positions.locate(path).line}: ${reason}`,
  }));
  const invalid = evaluation.invalid.map(({ path, message }) => ({ ...run.positions.locate(path), message }));
  return { clusters: built.clusters, skipped, errors: [...invalid, ...built.errors] };
}

/**
 * What ARM would reject in a parameter file paired with its template, each at its line in the
 * parameter file: a parameter the template does not declare, a value of another type than declared.
 */
export function parameterFileErrors(template: ArmObject, parameterFile: ParameterFile): InputError[] {
  const declared = getProperty(template, 'parameters');
  const declarations = isArmObject(declared) ? declared : {};
  const entries = getProperty(parameterFile.document.value as ArmObject, 'parameters');
  const values = parameterValuesOf(entries);
  const errorAt = (name: string, path: string[], message: string): InputError => ({
    ...parameterFile.document.locate(['parameters', name, ...path]),
    file: parameterFile.displayPath,
    message,
  });
  return Object.keys(isArmObject(entries) ? entries : {}).flatMap((name) => {
    const declaredName = findKey(declarations, name);
    if (declaredName === undefined) {
      return [
        errorAt(
          name,
          [],
          `parameter '${quoteInput(name)}' is not declared by the template it is paired with`,
        ),
      ];
    }
    const declaration = declarations[declaredName];
    const type = isArmObject(declaration) ? textOf(getProperty(declaration, 'type')) : '';
    const mismatch = parameterTypeMismatch(declaredName, type, values.get(name) ?? null);
    return mismatch === undefined ? [] : [errorAt(name, ['value'], mismatch)];
  });
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

/**
 * Reads each file on its own: should a hostile file still drive the evaluator into an exception,
 * that file alone becomes an error and every other file is read.
 */
function isolated<T>(file: string, read: () => T, fallback: T, errors: InputError[]): T {
  try {
    return read();
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    errors.push({ file, line: 1, message: `the ARM reader could not read this file: ${reason}` });
    return fallback;
  }
}

/** The reader of arm/format.ts. */
export async function readArmFiles(files: SourceFile[], context: InputContext): Promise<InputResult> {
  const errors: InputError[] = [];
  const skipped: SkippedFile[] = [];
  const clusters: Cluster[] = [];
  const templates: { file: SourceFile; document: JsonDocument }[] = [];
  const parameterFiles: ParameterFile[] = [];
  for (const file of files) {
    if (armKindOf(file) === 'parameters') {
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
    paired.forEach((parameterFile) => used.add(parameterFile));
    const read = isolated(
      file.displayPath,
      () => readTemplate(template, document, file, paired),
      { clusters: [], skipped: [], errors: [] },
      errors,
    );
    clusters.push(...read.clusters);
    skipped.push(...read.skipped);
    errors.push(...read.errors);
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

/** One template, once per parameter file it is deployed with (or once with its defaults). */
function readTemplate(
  template: ArmObject,
  document: JsonDocument,
  file: SourceFile,
  paired: ParameterFile[],
): ReturnType<typeof clustersOfRun> {
  const base = {
    template,
    positions: { locate: (path: FieldPath) => document.locate(path) },
    origin: 'arm' as const,
    file: file.displayPath,
  };
  const result: ReturnType<typeof clustersOfRun> = { clusters: [], skipped: [], errors: [] };
  const runs: TemplateRun[] =
    paired.length === 0
      ? [{ ...base, parameterValues: new Map() }]
      : paired.map((parameterFile) => {
          result.errors.push(...parameterFileErrors(template, parameterFile));
          return {
            ...base,
            parameterValues: parameterFileValues(parameterFile),
            parameterFile: parameterFile.displayPath,
          };
        });
  for (const run of runs) {
    const { clusters, skipped, errors } = clustersOfRun(run);
    result.clusters.push(...clusters);
    result.skipped.push(...skipped);
    result.errors.push(...errors);
  }
  return result;
}
