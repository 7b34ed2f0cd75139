import { armTemplates } from './arm/format.js';
import { bicepFiles } from './bicep/format.js';
import type { InputFormat } from './input-format.js';
import { kubernetesYaml } from './kubernetes-yaml/format.js';
import { terraformPlan } from './terraform-plan/format.js';

/**
 * Every input language, in detection order: the first format whose detect() accepts a file
 * reads it. Adding a language is one module and one line here. Only the declarations are
 * loaded here; each format loads its reader when it first has files to read.
 */
export const inputFormats: readonly InputFormat[] = [
  // Before ARM: an ARM parameter file named after a .bicep file belongs to that template.
  bicepFiles,
  // Before Terraform, whose detection looks for words in the text: a template that mentions
  // "format_version" and "planned_values" must still be read as the template it is.
  armTemplates,
  terraformPlan,
  // Last: it takes every .yaml/.yml/.json, so the formats above must see .json files first.
  kubernetesYaml,
];

const unique = (extensions: readonly string[]): readonly string[] => [...new Set(extensions)].sort();

/** What discovery collects below a directory: the files some format may claim. */
export const discoveredExtensions = unique(inputFormats.flatMap((format) => format.extensions));

/** What a scan may open: discovered files, and the files readers open beside them. */
export const scannedExtensions = unique(
  inputFormats.flatMap((format) => [...format.extensions, ...(format.readsBeside ?? [])]),
);
