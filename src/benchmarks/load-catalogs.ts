import { readFileSync } from 'node:fs';
import type { Catalog, CatalogHeader } from './catalog.js';
import { catalogFiles } from './catalogs.generated.js';

let loaded: Catalog[] | undefined;

/**
 * Every benchmark catalog we ship (rules/*.yaml), CIS Kubernetes first and the newest version
 * last within a family. They are resolved and validated against rules/schema.json when they
 * are generated (resolve-catalogs.ts), not on every run: reading and validating the YAML took
 * a third of the scan of a small manifest. Each catalog's rows are a JSON file beside this module
 * (the bundler copies it beside the bundle), read and parsed when first used: a scan reads only
 * those of the catalogs it chose (issue 12). Callers must not mutate them.
 */
export function loadCatalogs(): Catalog[] {
  loaded ??= catalogFiles.map(({ header, rows }) =>
    withRowsOnDemand(header, () => readFileSync(rows(), 'utf8')),
  );
  return loaded;
}

/**
 * The catalog of `header`, whose sections and rules are parsed from `rowsText()` when first read,
 * so that a scan keeps only those of the catalogs it evaluates: the six catalogs' rows, parsed and
 * live in the young generation, cost a small scan about 5% (issue 12).
 */
export function withRowsOnDemand(header: CatalogHeader, rowsText: () => string): Catalog {
  let rows: Pick<Catalog, 'sections' | 'rules'> | undefined;
  const parsedRows = () => (rows ??= JSON.parse(rowsText()) as Pick<Catalog, 'sections' | 'rules'>);
  return Object.defineProperties(
    { ...header },
    {
      sections: { enumerable: true, get: () => parsedRows().sections },
      rules: { enumerable: true, get: () => parsedRows().rules },
    },
  ) as Catalog;
}
