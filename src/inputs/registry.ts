import { armTemplates } from './arm/index.js';
import { bicepFiles } from './bicep/index.js';
import type { InputFormat } from './input-format.js';
import { kubernetesYaml } from './kubernetes-yaml/index.js';
import { terraformPlan } from './terraform-plan/index.js';

/**
 * Every input language, in detection order: the first format whose detect() accepts a file
 * reads it. Adding a language is one module and one line here.
 */
export const inputFormats: InputFormat[] = [
  // Before ARM: an ARM parameter file named after a .bicep file belongs to that template.
  bicepFiles,
  // Before Terraform, whose detection looks for words in the text: a template that mentions
  // "format_version" and "planned_values" must still be read as the template it is.
  armTemplates,
  terraformPlan,
  // Last: it takes every .yaml/.yml/.json, so the formats above must see .json files first.
  kubernetesYaml,
];
