import { readFileSync } from 'node:fs';
import type { Catalog } from './catalog.js';

let loaded: Catalog[] | undefined;

/**
 * Every benchmark catalog we ship (rules/*.yaml), CIS Kubernetes first and the newest version
 * last within a family. They are resolved and validated against rules/schema.json when they
 * are generated (resolve-catalogs.ts), not on every run: reading and validating the YAML took
 * a third of the scan of a small manifest. The JSON is a file beside this module (the bundler
 * copies it beside the bundle), not a string inside it: a 311 kB string made every start read
 * and compile it, even a run that never loads a catalog (issue 12). Callers must not mutate them.
 */
export function loadCatalogs(): Catalog[] {
  loaded ??= JSON.parse(
    readFileSync(new URL('./catalogs.generated.json', import.meta.url), 'utf8'),
  ) as Catalog[];
  return loaded;
}
