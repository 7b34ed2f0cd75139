import { distance } from 'fastest-levenshtein';
import { qualifiedRuleId, type Catalog, type CatalogRule } from './catalog.js';
import { compareCatalogAge } from './select-catalogs.js';

export interface CatalogRuleRef {
  catalog: Catalog;
  rule: CatalogRule;
}

/** Newest catalog first, so that a bare id explains the version a scan picks by default. */
const newestFirst = (catalogs: readonly Catalog[]): Catalog[] =>
  [...catalogs].sort((a, b) => compareCatalogAge(b, a));

/**
 * The rules a user names: `cis-kubernetes-v1.12.0:5.2.2` (one catalog), `cis-kubernetes:5.2.2`
 * (the newest catalog of the family that has it) or `5.2.2` (that, in every family).
 */
export function findRules(catalogs: readonly Catalog[], name: string): CatalogRuleRef[] {
  const separator = name.lastIndexOf(':');
  const scope = separator < 0 ? undefined : name.slice(0, separator);
  const id = name.slice(separator + 1);
  const found: CatalogRuleRef[] = [];
  for (const catalog of newestFirst(catalogs)) {
    if (scope !== undefined && scope !== catalog.id && scope !== catalog.family) continue;
    if (found.some((entry) => entry.catalog.family === catalog.family)) continue;
    const rule = catalog.rules.find((candidate) => candidate.id === id);
    if (rule !== undefined) found.push({ catalog, rule });
  }
  return found;
}

/** The rule names closest to a mistyped one (`cis-kubernetes:5.2.2`), by edit distance. */
export function closestRuleNames(catalogs: readonly Catalog[], name: string, count = 5): string[] {
  const names = new Set(
    catalogs.flatMap((catalog) => catalog.rules.map((rule) => qualifiedRuleId(catalog.family, rule.id))),
  );
  // A bare id is compared with the ids, a qualified one with the qualified names.
  const key = (candidate: string) =>
    name.includes(':') ? candidate : candidate.slice(candidate.indexOf(':') + 1);
  return [...names]
    .map((candidate) => ({ candidate, cost: distance(name, key(candidate)) }))
    .sort((a, b) => a.cost - b.cost || a.candidate.localeCompare(b.candidate, 'en', { numeric: true }))
    .slice(0, count)
    .map((entry) => entry.candidate);
}
