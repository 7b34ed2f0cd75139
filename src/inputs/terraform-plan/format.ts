import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hasExtension, type InputFormat, type SourceFile } from '../input-format.js';
import {
  isTerraformSource,
  terraformSourceExtensions,
  terraformVariableExtensions,
} from '../terraform-source/format.js';

/** `terraform show -json` output: a plan has a format version and planned values or resource changes. */
export function isTerraformPlan(file: SourceFile): boolean {
  return (
    hasExtension(file.path, ['.json']) &&
    /^\uFEFF?\s*\{/.test(file.text) &&
    file.text.includes('"format_version"') &&
    (file.text.includes('"planned_values"') || file.text.includes('"resource_changes"'))
  );
}

/** `source = "./modules/pool"`: a module in this repository (only grouping reads it, never evaluation). */
const localModuleSource = /\bsource\s*=\s*"(\.\.?\/[^"]*)"/g;

function terraformFilesIn(directory: string): string[] {
  try {
    return readdirSync(directory)
      .filter(isTerraformSource)
      .map((name) => join(directory, name));
  } catch {
    return [];
  }
}

/**
 * Terraform plans, and .tf sources. A plan decides the configuration it was made from (its own
 * directory, or --terraform-dir), whose .tf files then only give its lines; sources that no plan
 * covers are evaluated directly. The reader (with the HCL parser) is loaded on the first read.
 */
export const terraformPlan: InputFormat = {
  name: 'terraform',
  extensions: ['.json', ...terraformSourceExtensions],
  readsBeside: terraformVariableExtensions,
  detection: async () => ({
    detect: (file) => isTerraformPlan(file) || isTerraformSource(file.path),
    // The .tf sources beside the plan (or in --terraform-dir) go where the plan is read, whose lines
    // they give; a .tf file also goes with the local modules it calls, which are read through it.
    companions(file, context) {
      const source = isTerraformSource(file.path);
      const directory = source ? dirname(file.path) : resolve(context.terraformDir ?? dirname(file.path));
      const calledModules = source
        ? [...file.text.matchAll(localModuleSource)].map((match) => resolve(directory, match[1] as string))
        : [];
      return [directory, ...calledModules].flatMap(terraformFilesIn);
    },
  }),
  read: async (files, context) => (await import('./index.js')).readTerraformFiles(files, context),
};
