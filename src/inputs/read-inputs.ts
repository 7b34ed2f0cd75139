import { emptyModel, type ScanModel } from '../model/scan-model.js';
import {
  type InputContext,
  type InputError,
  type InputFormat,
  type InputResult,
  loadClaims,
  type NotCheckedInput,
  type SkippedFile,
  type SourceFile,
} from './input-format.js';
import { forgetParsedJson } from './parsed-json-store.js';
import { inputFormats } from './registry.js';

export interface ReadInputs {
  model: ScanModel;
  errors: InputError[];
  skipped: SkippedFile[];
  notChecked: NotCheckedInput[];
}

/**
 * Hands each file to the first registered format that claims it, reads each format's files in
 * one call, and merges their model fragments. A file no format claims is an error when it was
 * named on the command line, and skipped with the reason when it was found by walking.
 */
export async function readInputs(
  files: SourceFile[],
  context: InputContext,
  formats: readonly InputFormat[] = inputFormats,
): Promise<ReadInputs> {
  const result: ReadInputs = { model: emptyModel(), errors: [], skipped: [], notChecked: [] };
  // No files, nothing to tell apart: an empty workspace never loads the formats' detection.
  if (files.length === 0) return result;
  const claimOf = await loadClaims(formats, files);
  const claimed = new Map<InputFormat, SourceFile[]>();
  for (const file of files) {
    const format = claimOf(file)?.format;
    if (format !== undefined) {
      const formatFiles = claimed.get(format) ?? [];
      formatFiles.push(file);
      claimed.set(format, formatFiles);
    } else if (file.explicit) {
      result.errors.push({
        file: file.displayPath,
        message: 'not a Kubernetes manifest or other supported input',
      });
    } else {
      result.skipped.push({ file: file.displayPath, reason: 'not a supported input' });
    }
  }
  const outputs = await Promise.all(
    [...claimed].map(([format, claimedFiles]) => readGuarded(format, claimedFiles, context)),
  );
  // What detection parsed and no reader took (a JSON manifest's value) must not outlive the read.
  for (const file of files) forgetParsedJson(file);
  for (const output of outputs) {
    addFragment(result.model, output.model);
    result.errors.push(...output.errors);
    result.skipped.push(...output.skipped);
    result.notChecked.push(...(output.notChecked ?? []));
  }
  return result;
}

/**
 * Scanned content is hostile: should some file still drive a reader into an exception, that
 * format's files become errors (which block by default) and every other format's results stand.
 */
async function readGuarded(
  format: InputFormat,
  files: SourceFile[],
  context: InputContext,
): Promise<InputResult> {
  try {
    return await format.read(files, context);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      model: {},
      errors: files.map((file) => ({
        file: file.displayPath,
        message: `the ${format.name} reader failed: ${reason}`,
      })),
      skipped: [],
    };
  }
}

function addFragment(model: ScanModel, fragment: Partial<ScanModel>): void {
  // concat, not push(...): a 50k-object stream would overflow the argument list.
  if (fragment.kubeObjects !== undefined) model.kubeObjects = model.kubeObjects.concat(fragment.kubeObjects);
  if (fragment.clusters !== undefined) model.clusters = model.clusters.concat(fragment.clusters);
  if (fragment.unreadable !== undefined)
    model.unreadable = (model.unreadable ?? []).concat(fragment.unreadable);
}
