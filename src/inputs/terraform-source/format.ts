/** What Terraform itself reads as configuration: the `.tf` files of a module's directory (case matters). */
export const terraformSourceExtensions: readonly string[] = ['.tf'];

/**
 * Variable files, read from a configuration's directory (and --var-file), never handed over by
 * discovery; `*.tfvars.json` ends in `.json`, which discovery collects anyway.
 */
export const terraformVariableExtensions: readonly string[] = ['.tfvars'];

export const isTerraformSource = (path: string): boolean =>
  terraformSourceExtensions.some((extension) => path.endsWith(extension));
