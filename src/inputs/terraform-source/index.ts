import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Cluster } from '../../model/cluster.js';
import type { KubeObject } from '../../model/kubernetes.js';
import type { InputContext, InputError, InputResult, SkippedFile, SourceFile } from '../input-format.js';
import { readAzurermClusters } from '../terraform-plan/azurerm-cluster.js';
import { readKubernetesResources } from '../terraform-plan/kubernetes-resources.js';
import { locateJsonError, planResources } from '../terraform-plan/plan-json.js';
import { displayPathBeside, readSource, TerraformSources } from '../terraform-plan/terraform-sources.js';
import { buildSourcePlan } from './configuration.js';
import { evaluateRaw, type Scope } from './evaluate.js';
import { parseHclFile } from './hcl.js';
import { loadModule, type LoadedModule } from './load-module.js';
import { quote, Unknown, type Value } from './values.js';

/** tfvars hold literals only: a reference there is an error Terraform reports, so it is unknown here. */
const literalsOnly: Scope = {
  lookup: (_root, _name, _rest, expression) =>
    Promise.resolve(new Unknown(`${quote(expression)} in a variables file`)),
  bindings: new Map(),
};

/**
 * Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars and
 * *.auto.tfvars.json by name, then each --var-file; a later file overrides an earlier one.
 */
function variableFiles(directory: string, context: InputContext): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(directory);
  } catch {
    names = [];
  }
  const automatic = names.filter((name) => /\.auto\.tfvars(\.json)?$/.test(name)).sort();
  return ['terraform.tfvars', 'terraform.tfvars.json']
    .filter((name) => names.includes(name))
    .concat(automatic)
    .map((name) => join(directory, name))
    .concat((context.terraformVarFiles ?? []).map((path) => resolve(path)));
}

type VariablesFile = { values: Record<string, Value> } | { error: Omit<InputError, 'file'> };

/** A variables file's top-level values, HCL or JSON; in JSON every value is a literal, never a template. */
async function readVariablesFile(path: string, text: string, maxDepth: number): Promise<VariablesFile> {
  if (path.endsWith('.json')) {
    try {
      const parsed: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        return { values: parsed as Record<string, Value> };
      return { error: { line: 1, message: 'a JSON variables file must hold one object' } };
    } catch {
      return { error: locateJsonError(text, 'the variables file', maxDepth) };
    }
  }
  const parsed = await parseHclFile(basename(path), text);
  if ('error' in parsed) return parsed;
  const values: Record<string, Value> = {};
  for (const [name, raw] of Object.entries(parsed.body))
    values[name] = (await evaluateRaw(raw, literalsOnly)).value;
  return { values };
}

async function rootVariables(
  directory: string,
  context: InputContext,
  displayPathOf: (path: string) => string,
  errors: InputError[],
): Promise<Map<string, Value>> {
  const values = new Map<string, Value>();
  for (const path of variableFiles(directory, context)) {
    const file = displayPathOf(path);
    const text = readSource(path, file, context, errors);
    if (text === undefined) continue;
    const read = await readVariablesFile(path, text, context.limits.maxDepth);
    if ('error' in read) {
      errors.push({ file, ...read.error });
      continue;
    }
    for (const [name, value] of Object.entries(read.values)) values.set(name, value);
  }
  return values;
}

/** The local module directories that the modules in `loaded` call: read through their callers, not as roots. */
function calledDirectories(loaded: LoadedModule): string[] {
  return [...loaded.config.moduleCalls.values()]
    .map((call) => call.source)
    .filter((source): source is string => typeof source === 'string' && /^\.\.?[/\\]/.test(source))
    .map((source) => resolve(loaded.config.directory, source));
}

export interface SourceReadOptions {
  /** The plan that decides a directory's configuration, when one was scanned. */
  planFor(directory: string): string | undefined;
  isReadType(type: string): boolean;
}

/**
 * Terraform sources read without a plan: each directory of .tf files that no scanned plan covers
 * and no other scanned directory calls as a module is a root module, evaluated as far as the
 * configuration knows its values, then mapped by the same readers as a plan.
 */
export async function readTerraformSources(
  files: SourceFile[],
  context: InputContext,
  options: SourceReadOptions,
): Promise<InputResult> {
  const errors: InputError[] = [];
  const skipped: SkippedFile[] = [];
  const result: InputResult = { model: { clusters: [], kubeObjects: [] }, errors, skipped, notChecked: [] };
  const byDirectory = new Map<string, SourceFile[]>();
  for (const file of files) {
    const directory = dirname(resolve(file.path));
    byDirectory.set(directory, [...(byDirectory.get(directory) ?? []), file]);
  }
  const roots = new Map<string, { anchor: SourceFile; loaded: LoadedModule }>();
  const called = new Set<string>();
  for (const [directory, directoryFiles] of byDirectory) {
    const plan = options.planFor(directory);
    if (plan !== undefined) {
      for (const file of directoryFiles) {
        skipped.push({
          file: file.displayPath,
          reason: `read through the plan ${plan}: the plan decides, these files give its lines`,
        });
      }
      continue;
    }
    const anchor = directoryFiles[0] as SourceFile;
    const loaded = await loadModule(directory, context, (path) => displayPathBeside(anchor, path), errors);
    roots.set(directory, { anchor, loaded });
    for (const child of calledDirectories(loaded)) called.add(child);
  }
  for (const [directory, { anchor, loaded }] of roots) {
    if (called.has(directory)) {
      for (const file of byDirectory.get(directory) ?? []) {
        skipped.push({
          file: file.displayPath,
          reason: 'a local module: read where a scanned configuration calls it',
        });
      }
      continue;
    }
    const displayPathOf = (path: string) => displayPathBeside(anchor, path);
    const built = await buildSourcePlan(loaded, {
      context,
      rootVariables: await rootVariables(directory, context, displayPathOf, errors),
      displayPathOf,
      isReadType: (type) => options.isReadType(type),
    });
    errors.push(...built.errors);
    result.notChecked?.push(...built.notChecked);
    const resources = planResources(built.plan, context.limits.maxDepth, (type) =>
      options.isReadType(type),
    ).map((resource) => {
      const reasons = built.reasons.get(resource.address);
      return {
        ...resource,
        unknownReason: (path: readonly (string | number)[]) => nearestReason(reasons, path),
      };
    });
    const sources = new TerraformSources(
      built.plan,
      anchor,
      { ...context, terraformDir: directory },
      resources,
    );
    const azurerm = readAzurermClusters(built.plan, resources, sources);
    const kubernetes = readKubernetesResources(built.plan, resources, sources, azurerm.clusters, {
      defaultNamespace: context.defaultNamespace,
      maxDepth: context.limits.maxDepth,
    });
    result.model.clusters = (result.model.clusters as Cluster[]).concat([...azurerm.clusters.values()]);
    result.model.kubeObjects = (result.model.kubeObjects as KubeObject[]).concat(kubernetes.objects);
    errors.push(...sources.errors);
    result.notChecked?.push(...azurerm.notChecked, ...kubernetes.notChecked);
  }
  return result;
}

/** The reason recorded for `path` or for the nearest block around it. */
function nearestReason(
  reasons: Map<string, string> | undefined,
  path: readonly (string | number)[],
): string | undefined {
  for (let length = path.length; length > 0 && reasons !== undefined; length -= 1) {
    const reason = reasons.get(path.slice(0, length).join('.'));
    if (reason !== undefined) return reason;
  }
  return undefined;
}
