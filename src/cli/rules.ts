import { howDecided, rulePage } from '../benchmarks/catalog-docs.js';
import { ruleDocPath, type Catalog } from '../benchmarks/catalog.js';
import { closestRuleNames, findRules } from '../benchmarks/rule-lookup.js';
import { unknownBenchmark } from '../benchmarks/select-catalogs.js';
import { checks } from '../checks/registry.js';

export type LookupOutcome = { ok: true; text: string } | { ok: false; message: string };

/** `aks-cis-gate rules`: each catalog (or those named), every rule with its grading and how it is decided. */
export function listRules(catalogs: readonly Catalog[], benchmarks: readonly string[]): LookupOutcome {
  const refused = unknownBenchmark(catalogs, benchmarks);
  if (refused !== undefined) return { ok: false, message: refused };
  const chosen = catalogs.filter(
    (catalog) =>
      benchmarks.length === 0 || benchmarks.includes(catalog.id) || benchmarks.includes(catalog.family),
  );
  const blocks = chosen.map((catalog) =>
    [
      `${catalog.id}  ${catalog.title} (${catalog.rules.length} rules)`,
      ...catalog.rules.map((rule) => {
        const grading = [rule.assessment ?? '-', rule.level ?? '-'].join(' ');
        return `  ${rule.id.padEnd(9)}${grading.padEnd(13)}${rule.title}\n  ${' '.repeat(22)}${howDecided(rule)}`;
      }),
    ].join('\n'),
  );
  return { ok: true, text: `${blocks.join('\n\n')}\n` };
}

/** `aks-cis-gate explain RULE`: the rule's page for each family that has it. */
export function explainRule(catalogs: readonly Catalog[], name: string): LookupOutcome {
  const found = findRules(catalogs, name);
  if (found.length === 0) {
    return {
      ok: false,
      message: `unknown rule "${name}"; closest: ${closestRuleNames(catalogs, name).join(', ')}`,
    };
  }
  const pages = found.map(
    ({ catalog, rule }) => `${rulePage(catalog, rule, checks)}\nPage: ${ruleDocPath(catalog.id, rule.id)}\n`,
  );
  return { ok: true, text: pages.join('\n---\n\n') };
}
