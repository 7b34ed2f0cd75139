import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Cluster } from '../../model/cluster.js';
import type { KubeObject } from '../../model/kubernetes.js';
import type { InputContext, InputFormat, InputResult, SourceFile } from '../input-format.js';
import { azurermTypes, readAzurermClusters } from './azurerm-cluster.js';
import { isKubernetesResourceType, readKubernetesResources } from './kubernetes-resources.js';
import { parsePlanJson, planResources } from './plan-json.js';
import { TerraformSources } from './terraform-sources.js';
import { readTerraformSources } from '../terraform-source/index.js';

/** `terraform show -json` output: a plan has a format version and planned values or resource changes. */
function isTerraformPlan(file: SourceFile): boolean {
  return (
    file.path.toLowerCase().endsWith('.json') &&
    /^\uFEFF?\s*\{/.test(file.text) &&
    file.text.includes('"format_version"') &&
    (file.text.includes('"planned_values"') || file.text.includes('"resource_changes"'))
  );
}

/** Only these resources feed the model; the rest of a large plan is not even indexed. */
const isReadType = (type: string): boolean => azurermTypes.has(type) || isKubernetesResourceType(type);

function readPlan(file: SourceFile, context: InputContext): InputResult {
  const parsed = parsePlanJson(file.text, file.displayPath, context.limits);
  if ('error' in parsed) return { model: {}, errors: [parsed.error], skipped: [] };
  const { plan } = parsed;
  const resources = planResources(plan, context.limits.maxDepth, isReadType);
  const sources = new TerraformSources(plan, file, context);
  const azurerm = readAzurermClusters(plan, resources, sources);
  const kubernetes = readKubernetesResources(plan, resources, sources, azurerm.clusters, {
    defaultNamespace: context.defaultNamespace,
    maxDepth: context.limits.maxDepth,
  });
  return {
    model: { clusters: [...azurerm.clusters.values()], kubeObjects: kubernetes.objects },
    errors: sources.errors,
    skipped: [],
    notChecked: [...azurerm.notChecked, ...kubernetes.notChecked],
  };
}

const isTerraformSource = (file: SourceFile): boolean => file.path.endsWith('.tf');

/** `source = "./modules/pool"`: a module in this repository (only grouping reads it, never evaluation). */
const localModuleSource = /\bsource\s*=\s*"(\.\.?\/[^"]*)"/g;

function terraformFilesIn(directory: string): string[] {
  try {
    return readdirSync(directory)
      .filter((name) => name.endsWith('.tf'))
      .map((name) => join(directory, name));
  } catch {
    return [];
  }
}

/**
 * Terraform plans, and .tf sources. A plan decides the configuration it was made from (its own
 * directory, or --terraform-dir), whose .tf files then only give its lines; sources that no plan
 * covers are evaluated directly.
 */
export const terraformPlan: InputFormat = {
  name: 'terraform',
  detect: (file) => isTerraformPlan(file) || isTerraformSource(file),
  // The .tf sources beside the plan (or in --terraform-dir) go where the plan is read, whose lines
  // they give; a .tf file also goes with the local modules it calls, which are read through it.
  companions(file, context) {
    const directory = isTerraformSource(file)
      ? dirname(file.path)
      : resolve(context.terraformDir ?? dirname(file.path));
    const calledModules = isTerraformSource(file)
      ? [...file.text.matchAll(localModuleSource)].map((match) => resolve(directory, match[1] as string))
      : [];
    return [directory, ...calledModules].flatMap(terraformFilesIn);
  },
  async read(files, context) {
    const plans = files.filter((file) => !isTerraformSource(file));
    const planDirectories = new Map(
      plans.map((plan) => [resolve(context.terraformDir ?? dirname(plan.path)), plan.displayPath]),
    );
    const results = plans.map((file) => readPlan(file, context));
    results.push(
      await readTerraformSources(files.filter(isTerraformSource), context, {
        planFor: (directory) => planDirectories.get(directory),
        isReadType,
      }),
    );
    // concat, not push(...spread): a large plan holds more objects than a call may take arguments.
    return {
      model: {
        clusters: ([] as Cluster[]).concat(...results.map((result) => result.model.clusters ?? [])),
        kubeObjects: ([] as KubeObject[]).concat(...results.map((result) => result.model.kubeObjects ?? [])),
      },
      errors: results.flatMap((result) => result.errors),
      skipped: results.flatMap((result) => result.skipped),
      notChecked: results.flatMap((result) => result.notChecked ?? []),
    };
  },
};
