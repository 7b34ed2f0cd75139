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
  loaded ??= catalogsOf(readFileSync(new URL('./catalogs.generated.json', import.meta.url), 'utf8'));
  return loaded;
}

/**
 * The catalogs in `text`, as resolvedCatalogsText writes it: a JSON array of one value per line,
 * each catalog's header and, on the line after it, its sections and rules. A scan reads every
 * header to choose its benchmarks; the rows of a catalog are parsed when first read, so a scan
 * parses and keeps only those it chose (issue 12: the six catalogs' rows, parsed and live in the
 * young generation, cost a small scan about 5%).
 */
export function catalogsOf(text: string): Catalog[] {
  const values = text
    .split('\n')
    .slice(1, -2)
    .map((line) => (line.endsWith(',') ? line.slice(0, -1) : line));
  const catalogs: Catalog[] = [];
  for (let index = 0; index < values.length; index += 2) {
    catalogs.push(
      withRowsOnDemand(JSON.parse(values[index] as string) as object, values[index + 1] as string),
    );
  }
  return catalogs;
}

function withRowsOnDemand(header: object, rowsText: string): Catalog {
  let rows: Pick<Catalog, 'sections' | 'rules'> | undefined;
  const parsedRows = () => (rows ??= JSON.parse(rowsText) as Pick<Catalog, 'sections' | 'rules'>);
  return Object.defineProperties(header, {
    sections: { enumerable: true, get: () => parsedRows().sections },
    rules: { enumerable: true, get: () => parsedRows().rules },
  }) as Catalog;
}
