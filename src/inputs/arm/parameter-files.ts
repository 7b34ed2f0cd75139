import { readFileSync, statSync } from 'node:fs';
import { createScanner } from 'jsonc-parser';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { InputContext, InputError, SourceFile } from '../input-format.js';
import { isArmObject, getProperty } from './arm-value.js';
import { jsonToken } from '../json-nesting.js';
import { parsedJsonOf } from '../parsed-json.js';
import { forgetParsedJson } from '../parsed-json-store.js';
import { type JsonDocument, parseJsonDocument } from './json-document.js';

const schemaPattern = /\/(\w*deploymentTemplate|deploymentParameters)\.json#?$/i;

/** One open object or array while scanning, with the key whose value is being read. */
interface Container {
  isObject: boolean;
  expectsKey: boolean;
  key?: string;
  /** Keys of a resource declaration seen so far (`type`, `apiVersion`). */
  resourceKeys?: Set<string>;
}

export type ArmFileKind = 'template' | 'parameters';

const kindOfSchema = (schema: string): ArmFileKind | undefined => {
  const match = schemaPattern.exec(schema.trim());
  if (match === null) return undefined;
  return (match[1] as string).toLowerCase() === 'deploymentparameters' ? 'parameters' : 'template';
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `armFileKind`'s judgement of a parsed value: the same keys, compared in any case. */
function armKindOfValue(value: unknown): ArmFileKind | undefined {
  if (!isPlainObject(value)) return undefined;
  let declaresResources = false;
  for (const [key, item] of Object.entries(value)) {
    const name = key.toLowerCase();
    if (name === '$schema' && typeof item === 'string') {
      const kind = kindOfSchema(item);
      if (kind !== undefined) return kind;
    } else if (name === 'resources' && typeof item === 'object' && item !== null) {
      // An array of declarations, or (languageVersion 2.0) an object of them by symbolic name.
      declaresResources ||= Object.values(item).some(
        (resource) =>
          isPlainObject(resource) &&
          Object.keys(resource).some((resourceKey) => resourceKey.toLowerCase() === 'type') &&
          Object.keys(resource).some((resourceKey) => resourceKey.toLowerCase() === 'apiversion'),
      );
    }
  }
  return declaresResources ? 'template' : undefined;
}

const fileKinds = new WeakMap<SourceFile, ArmFileKind | 'none'>();

/**
 * What an ARM file is, judged once per file (Bicep's detection, ARM's, then ARM's reader ask).
 * Strict JSON is judged from its parsed value, which the Terraform plan reader then takes: a
 * 50 MB plan is tokenized once, not scanned here and parsed again there. Only what JSON.parse
 * refuses (comments, trailing commas) is scanned token by token. An ARM file's value is not
 * kept: its reader parses it again with positions.
 */
export function armKindOf(file: SourceFile): ArmFileKind | undefined {
  let kind = fileKinds.get(file);
  if (kind === undefined) {
    const parsed = parsedJsonOf(file);
    kind = (parsed.ok ? armKindOfValue(parsed.value) : armFileKind(file.text)) ?? 'none';
    if (kind !== 'none') forgetParsedJson(file);
    fileKinds.set(file, kind);
  }
  return kind === 'none' ? undefined : kind;
}

/**
 * What an ARM JSON file is, judged by reading its tokens (never a regular expression over raw
 * bytes, which a `$schema` after the first kilobytes or spelt `\u0024schema` would evade): a
 * root object whose `$schema` names a deployment template or parameter file, or whose
 * `resources` declare a `type` and an `apiVersion`. The scanner is iterative, so no nesting
 * depth can exhaust the stack, and comments are allowed, as ARM allows them.
 */
export function armFileKind(text: string): ArmFileKind | undefined {
  const scanner = createScanner(text.replace(/^\uFEFF/, ''), true);
  const stack: Container[] = [];
  let declaresResources = false;
  for (let token = scanner.scan(); token !== jsonToken.endOfFile; token = scanner.scan()) {
    const top = stack.at(-1);
    if (token === jsonToken.openBrace || token === jsonToken.openBracket) {
      if (top === undefined && token === jsonToken.openBracket) return undefined;
      const isResource = stack.length === 2 && stack[0]?.key === 'resources' && token === jsonToken.openBrace;
      stack.push({
        isObject: token === jsonToken.openBrace,
        expectsKey: true,
        ...(isResource ? { resourceKeys: new Set<string>() } : {}),
      });
    } else if (token === jsonToken.closeBrace || token === jsonToken.closeBracket) {
      stack.pop();
      if (stack.length === 0) break;
    } else if (token === jsonToken.comma && top?.isObject) {
      top.expectsKey = true;
    } else if (token === jsonToken.string && top?.isObject && top.expectsKey) {
      top.key = scanner.getTokenValue().toLowerCase();
      top.expectsKey = false;
      top.resourceKeys?.add(top.key);
      if (top.resourceKeys?.has('type') && top.resourceKeys.has('apiversion')) declaresResources = true;
    } else if (token === jsonToken.string && stack.length === 1 && top?.key === '$schema') {
      const kind = kindOfSchema(scanner.getTokenValue());
      if (kind !== undefined) return kind;
    } else if (top === undefined) {
      return undefined;
    }
  }
  return declaresResources ? 'template' : undefined;
}

/**
 * The naming convention that pairs a parameter file with its template, in the same directory:
 * `X.parameters.json` and `X.parameters.<anything>.json` belong to `X.json`, `X.template.json`
 * or `X.bicep`.
 */
export function templateStemOfParameterFile(path: string): string | undefined {
  const match = /^(.+?)\.parameters(\.[^.]+)?\.json$/i.exec(basename(path));
  return match ? join(dirname(path), match[1] as string) : undefined;
}

/** The files a parameter file may belong to by the naming convention (none when its name does not follow it). */
export function templateCandidatesOf(parameterPath: string): string[] {
  const stem = templateStemOfParameterFile(parameterPath);
  return stem === undefined ? [] : [`${stem}.json`, `${stem}.template.json`, `${stem}.bicep`];
}

export function templateStem(path: string): string {
  return path.replace(/(\.template)?\.json$/i, '').replace(/\.bicep$/i, '');
}

const sameStem = (left: string, right: string): boolean => resolve(left) === resolve(right);

/** A parameter file, read and parsed, with where it came from. */
export interface ParameterFile {
  path: string;
  displayPath: string;
  document: JsonDocument;
  /** Named with --parameters: it applies to every template it does not clearly belong elsewhere. */
  explicit: boolean;
}

const displayPathOf = (path: string): string => {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') ? path : fromCwd;
};

/** Reads the --parameters files (bounded, like any scanned file). */
export function readExplicitParameterFiles(context: InputContext): {
  files: ParameterFile[];
  errors: InputError[];
} {
  const files: ParameterFile[] = [];
  const errors: InputError[] = [];
  for (const path of context.parameterFiles.map((file) => resolve(file))) {
    const displayPath = displayPathOf(path);
    try {
      if (statSync(path).size > context.limits.maxFileBytes) {
        errors.push({
          file: displayPath,
          message: `the parameter file is larger than ${context.limits.maxFileBytes} bytes`,
        });
        continue;
      }
      const parsed = parseParameterFile(
        { path, displayPath, text: readFileSync(path, 'utf8'), explicit: true },
        context,
      );
      if ('errors' in parsed) errors.push(...parsed.errors);
      else files.push(parsed);
    } catch (error) {
      errors.push({
        file: displayPath,
        message: `cannot read the parameter file: ${(error as Error).message}`,
      });
    }
  }
  return { files, errors };
}

export function parseParameterFile(
  file: SourceFile,
  context: InputContext,
): ParameterFile | { errors: InputError[] } {
  const parsed = parseJsonDocument(file.text, file.displayPath, context.limits);
  if (!parsed.ok) return { errors: parsed.errors };
  if (!isArmObject(parsed.document.value) || !isArmObject(getProperty(parsed.document.value, 'parameters'))) {
    return {
      errors: [
        { file: file.displayPath, line: 1, message: 'an ARM parameter file needs a "parameters" object' },
      ],
    };
  }
  return {
    path: file.path,
    displayPath: file.displayPath,
    document: parsed.document,
    explicit: file.explicit,
  };
}

/** The parameter files a template is deployed with: by the naming convention, else the --parameters files. */
export function parameterFilesFor(
  templatePath: string,
  candidates: ParameterFile[],
  explicit: ParameterFile[],
): ParameterFile[] {
  const stem = templateStem(templatePath);
  const byConvention = [...candidates, ...explicit].filter((file) => {
    const fileStem = templateStemOfParameterFile(file.path);
    return fileStem !== undefined && sameStem(fileStem, stem);
  });
  const unclaimedExplicit = explicit.filter((file) => templateStemOfParameterFile(file.path) === undefined);
  return [...new Set([...byConvention, ...unclaimedExplicit])];
}
