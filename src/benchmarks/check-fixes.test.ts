import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureLanguages, fixturesRoot } from '../../test/fixture-markers.js';
import { loadCatalogs } from './load-catalogs.js';
import type { FixLanguage } from '../results/results.js';
import { checkFixes } from './check-fixes.js';
import { checks } from '../checks/registry.js';

/** The fix language of each fixture language: ARM is fixed with the same properties as Bicep. */
const fixLanguageOf: Record<(typeof fixtureLanguages)[number], FixLanguage> = {
  kubernetes: 'yaml',
  bicep: 'bicep',
  arm: 'bicep',
  terraform: 'terraform',
};

/** The languages a check decides from: those it has fixtures in (test/fixtures/<language>/<check>/). */
function languagesOf(checkId: string): FixLanguage[] {
  return fixtureLanguages
    .filter((language) => existsSync(join(fixturesRoot, language, checkId)))
    .map((language) => fixLanguageOf[language]);
}

describe('every row the scan decides carries the fix for each language that decides it', () => {
  test.each(loadCatalogs().map((catalog) => [catalog.id, catalog] as const))('%s', (_, catalog) => {
    const missing = catalog.rules.flatMap((rule) =>
      [...new Set((rule.checks ?? []).flatMap(languagesOf))]
        .filter((language) => rule.fix?.[language] === undefined)
        .map((language) => `${rule.id} (${language})`),
    );
    expect(missing).toEqual([]);
  });

  test('the fix table names only registered checks, and only languages they have fixtures in', () => {
    const known = new Set(checks.map((check) => check.id));
    const stray = Object.entries(checkFixes).flatMap(([checkId, fix]) =>
      !known.has(checkId)
        ? [checkId]
        : Object.keys(fix)
            .filter((language) => !languagesOf(checkId).includes(language as FixLanguage))
            .map((language) => `${checkId} (${language})`),
    );
    expect(stray).toEqual([]);
  });
});
