import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../package-root.js';
import type { Catalog, CatalogRule } from './catalog.js';
import { loadCatalogs } from './load-catalogs.js';

// The sources the catalogs are copied from sit beside the repository, read-only.
const sharedDirectory = join(packageRoot(), '..', 'shared');
if (!existsSync(sharedDirectory)) {
  throw new Error(
    `catalog-tables.test: the benchmark sources are missing; expected them at ${sharedDirectory}`,
  );
}

/** The cells of every row of the first `| CIS ID | …` table in a Markdown file, trimmed. */
function markdownTable(relativePath: string): string[][] {
  const lines = readFileSync(join(sharedDirectory, relativePath), 'utf8').split('\n');
  const header = lines.findIndex((line) => /^\|\s*CIS ID\s*\|/.test(line));
  if (header < 0) throw new Error(`no CIS ID table in ${relativePath}`);
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

function catalog(id: string): Catalog {
  const found = loadCatalogs().find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no catalog ${id}`);
  return found;
}

/** What the catalogs copy from Microsoft's tables, in one shape for the table and the catalog. */
function attestation(
  id?: string,
  title?: string,
  aksStatus?: string,
  aksReason?: string,
  assessment?: string,
  level?: string,
): Record<string, string | undefined> {
  return { id, title, assessment, level, aksStatus, aksReason };
}

const attestationOf = (rule: CatalogRule) =>
  attestation(rule.id, rule.title, rule.aksStatus, rule.aksReason, rule.assessment, rule.level);

function countBy(rules: CatalogRule[], field: 'assessment' | 'aksStatus'): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const rule of rules) {
    const value = rule[field] ?? '(none)';
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

describe.each([
  {
    id: 'cis-kubernetes-v1.11.1',
    table: 'seeds/cis-kubernetes-benchmark-aks.md',
    assessments: { Automated: 72, Manual: 60 },
    statuses: { Pass: 61, Fail: 8, 'N/A': 23, 'Depends on Environment': 36, 'Equivalent Control': 4 },
  },
  {
    id: 'cis-kubernetes-v1.12.0',
    table: 'reference/cis-kubernetes-aks-v1.12.0.md',
    assessments: { Automated: 71, Manual: 61 },
    statuses: { Pass: 61, Fail: 7, 'N/A': 23, 'Depends on Environment': 37, 'Equivalent Control': 4 },
  },
])('$id matches Microsoft’s table', ({ id, table, assessments, statuses }) => {
  const rows = markdownTable(table);
  // Heading rows (1, 1.1, …) have no assessment; every other row is a recommendation.
  const headings = rows.filter(([, , assessment]) => !assessment);
  const recommendations = rows.filter(([, , assessment]) => assessment);

  test('row by row: id, title, assessment, level, status and reason, in order', () => {
    const expected = recommendations.map(([ruleId, title, assessment, level, status, reason]) =>
      attestation(ruleId, title, status, reason, assessment, level),
    );
    expect(catalog(id).rules.map(attestationOf)).toEqual(expected);
  });

  test('the heading rows are the sections, and each rule sits under the heading above it', () => {
    expect(catalog(id).sections).toEqual(headings.map(([sectionId, title]) => ({ id: sectionId, title })));
    let section = '';
    const expectedSections = rows.flatMap(([ruleId, , assessment]) => {
      if (!assessment) section = ruleId as string;
      return assessment ? [section] : [];
    });
    expect(catalog(id).rules.map((rule) => rule.section)).toEqual(expectedSections);
  });

  test('counts: 132 rows with the published assessment and status totals', () => {
    const { rules } = catalog(id);
    expect(rules).toHaveLength(132);
    expect(countBy(rules, 'assessment')).toEqual(assessments);
    expect(countBy(rules, 'aksStatus')).toEqual(statuses);
  });
});

describe.each([
  { id: 'cis-azure-linux-2.0-v1.0', table: 'reference/cis-azure-linux-aks.md', statuses: { Pass: 135 } },
  {
    id: 'cis-azure-linux-3.0-v1.0',
    table: 'reference/cis-azure-linux-v3-aks.md',
    statuses: { Pass: 135, 'N/A': 5, Fail: 1 },
  },
])('$id matches Microsoft’s table', ({ id, table, statuses }) => {
  test('row by row: id, title, status and reason; no assessment or level is invented', () => {
    const expected = markdownTable(table).map(([ruleId, title, status, reason]) =>
      attestation(ruleId, title, status, reason),
    );
    expect(catalog(id).rules.map(attestationOf)).toEqual(expected);
    expect(countBy(catalog(id).rules, 'aksStatus')).toEqual(statuses);
  });

  test('each row sits in its chapter, and only the node image decides it', () => {
    for (const rule of catalog(id).rules) {
      expect(rule.section).toBe(rule.id.split('.')[0]);
      expect(rule.responsibility).toBe('platform');
    }
  });
});

interface KubeBenchCheck {
  id: string;
  text: string;
  type?: string;
}
interface KubeBenchControls {
  id: string;
  text: string;
  groups?: Array<{ id: string; text: string; checks?: KubeBenchCheck[] }>;
}

const kubeBenchFiles = ['master', 'controlplane', 'node', 'policies', 'managedservices'];

describe.each([
  { id: 'cis-aks-v1.7', folder: 'aks-1.7', count: 45 },
  { id: 'cis-aks-v1.8', folder: 'aks-1.8', count: 51 },
])('$id matches kube-bench’s $folder', ({ id, folder, count }) => {
  // FAILSAFE keeps `2.1` a string, as kube-bench's own loader treats ids.
  const controls = kubeBenchFiles.map(
    (file) =>
      load(readFileSync(join(sharedDirectory, 'reference/kube-bench', folder, `${file}.yaml`), 'utf8'), {
        schema: FAILSAFE_SCHEMA,
      }) as KubeBenchControls,
  );
  const groups = controls.flatMap((control) => control.groups ?? []);
  const checks = groups.flatMap((group) =>
    (group.checks ?? []).map((check) => ({ ...check, section: group.id })),
  );

  test('row by row: id, section, and kube-bench’s text without its assessment suffix as the title', () => {
    const actual = catalog(id).rules.map(({ id: ruleId, section, title }) => ({
      id: ruleId,
      section,
      title,
    }));
    const expected = checks.map((check) => ({
      id: check.id,
      section: check.section,
      title: check.text.trim().replace(/ \((Automated|Manual)\)$/, ''),
    }));
    expect(actual).toEqual(expected);
    expect(catalog(id).rules).toHaveLength(count);
  });

  test('assessment: the text’s suffix where it has one, else kube-bench’s type', () => {
    const expected = checks.map((check) => {
      const suffix = /\((Automated|Manual)\)\s*$/.exec(check.text)?.[1];
      return suffix ?? (check.type === 'manual' ? 'Manual' : 'Automated');
    });
    expect(catalog(id).rules.map((rule) => rule.assessment)).toEqual(expected);
    // kube-bench marks every managed-services item Manual; we keep that.
    const managedServices = catalog(id).rules.filter((rule) => rule.id.startsWith('5.'));
    expect(new Set(managedServices.map((rule) => rule.assessment))).toEqual(new Set(['Manual']));
  });

  test('sections are kube-bench’s controls and groups; nobody attests a row; no levels', () => {
    const expectedSections = controls.flatMap((control) => [
      { id: control.id, title: control.text },
      ...(control.groups ?? []).map((group) => ({ id: group.id, title: group.text })),
    ]);
    expect(catalog(id).sections).toEqual(expectedSections);
    for (const rule of catalog(id).rules) {
      expect([rule.aksStatus, rule.aksReason, rule.level]).toEqual(['Not evaluated', '', undefined]);
    }
  });
});

test('each catalog declares the Kubernetes versions it is meant for', () => {
  expect(Object.fromEntries(loadCatalogs().map((entry) => [entry.id, entry.kubernetes]))).toEqual({
    'cis-kubernetes-v1.11.1': { max: '1.31' },
    'cis-kubernetes-v1.12.0': { min: '1.32' },
    'cis-aks-v1.7': { min: '1.29', max: '1.31' },
    'cis-aks-v1.8': { min: '1.32' },
    'cis-azure-linux-2.0-v1.0': undefined,
    'cis-azure-linux-3.0-v1.0': undefined,
  });
});
