import { dirname, resolve } from 'node:path';
import type { Cluster } from '../../model/cluster.js';
import type { KubeObject } from '../../model/kubernetes.js';
import type { InputContext, InputResult, SourceFile } from '../input-format.js';
import { isTerraformSource } from '../terraform-source/format.js';
import { readAzurermClusters } from './azurerm-cluster.js';
import { readKubernetesResources } from './kubernetes-resources.js';
import { isReadType } from './read-types.js';
import { parsePlanJson, planResources } from './plan-json.js';
import { TerraformSources } from './terraform-sources.js';

function readPlan(file: SourceFile, context: InputContext): InputResult {
  const parsed = parsePlanJson(file, context.limits);
  if ('error' in parsed) return { model: {}, errors: [parsed.error], skipped: [] };
  const { plan } = parsed;
  const resources = planResources(plan, context.limits.maxDepth, isReadType);
  const sources = new TerraformSources(plan, file, context, resources);
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

/** The reader of terraform-plan/format.ts. */
export async function readTerraformFiles(files: SourceFile[], context: InputContext): Promise<InputResult> {
  const plans = files.filter((file) => !isTerraformSource(file.path));
  const planDirectories = new Map(
    plans.map((plan) => [resolve(context.terraformDir ?? dirname(plan.path)), plan.displayPath]),
  );
  const results = plans.map((file) => readPlan(file, context));
  const sources = files.filter((file) => isTerraformSource(file.path));
  // The sources' evaluator (HCL, functions, modules) loads only when there are .tf files to read.
  if (sources.length > 0) {
    const { readTerraformSources } = await import('../terraform-source/index.js');
    results.push(
      await readTerraformSources(sources, context, {
        planFor: (directory) => planDirectories.get(directory),
        isReadType,
      }),
    );
  }
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
}
