import resolvedCatalogs from './catalogs.generated.json' with { type: 'json' };
import type { Catalog } from './catalog.js';

/**
 * Every benchmark catalog we ship (rules/*.yaml), CIS Kubernetes first and the newest version
 * last within a family. They are resolved and validated against rules/schema.json when they
 * are generated (resolve-catalogs.ts), not on every run: reading and validating the YAML took
 * a third of the scan of a small manifest. Callers must not mutate them.
 */
export function loadCatalogs(): Catalog[] {
  return resolvedCatalogs as Catalog[];
}
