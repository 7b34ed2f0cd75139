import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Catalog } from './catalog.js';
import { packageRoot } from '../package-root.js';
import { loadCatalogs, withRowsOnDemand } from './load-catalogs.js';
import { catalogRowsDirectory, loadCatalogsFrom, resolvedCatalogFiles } from './resolve-catalogs.js';

/** Checks that judge what only a live scan sees; they may decide rows that stay the platform's. */
const liveCheck = /^(kubelet|kube-proxy|node-audit)\./;

describe('loadCatalogs', () => {
  test('returns the six catalogs, CIS Kubernetes first and the newest version last in each family', () => {
    expect(loadCatalogs().map((catalog) => catalog.id)).toEqual([
      'cis-kubernetes-v1.11.1',
      'cis-kubernetes-v1.12.0',
      'cis-aks-v1.7',
      'cis-aks-v1.8',
      'cis-azure-linux-2.0-v1.0',
      'cis-azure-linux-3.0-v1.0',
    ]);
  });

  test('loads once per process', () => {
    expect(loadCatalogs()).toBe(loadCatalogs());
  });

  test('are rules/ as it is now, resolved and validated (else run `npm run docs`)', () => {
    const resolved = loadCatalogsFrom(join(packageRoot(), 'rules'));
    expect(loadCatalogs()).toEqual(resolved);
    for (const { path, text } of resolvedCatalogFiles(resolved))
      expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readdirSync(catalogRowsDirectory).sort()).toEqual(resolved.map(({ id }) => `${id}.json`).sort());
  });

  test("parses a catalog's rows only when they are first read", () => {
    const [first] = loadCatalogsFrom(join(packageRoot(), 'rules'));
    const { sections, rules, ...header } = first as Catalog;
    let reads = 0;
    const catalog = withRowsOnDemand(header, () => {
      reads += 1;
      return JSON.stringify({ sections, rules });
    });
    expect(catalog.id).toBe(first?.id);
    expect(reads).toBe(0);
    expect(catalog.rules).toEqual(rules);
    expect(catalog.rules).toBe(catalog.rules);
    expect(catalog.sections).toEqual(sections);
    expect(reads).toBe(1);
    // Rows that cannot be read fail where they are read; the header stays readable.
    const broken = withRowsOnDemand(header, () => '{"sections": [broken');
    expect(broken.id).toBe(first?.id);
    expect(() => broken.rules).toThrow(SyntaxError);
  });

  test('a resolved catalog carries no trace of how it was written', () => {
    for (const catalog of loadCatalogs()) {
      expect(Object.keys(catalog).sort()).toEqual(
        ['family', 'id', 'rules', 'sections', 'source', 'title', 'version', 'kubernetes']
          .filter((key) => key !== 'kubernetes' || catalog.kubernetes)
          .sort(),
      );
    }
  });

  test('gives every row our own remediation', () => {
    for (const catalog of loadCatalogs()) {
      for (const rule of catalog.rules) {
        expect(rule.remediation.length, `${catalog.id} ${rule.id}`).toBeGreaterThan(20);
      }
    }
  });

  test('CIS Kubernetes: sections 1-4 are the platform’s except the rows cluster configuration decides', () => {
    const decidedByConfiguration = [
      '1.2.8',
      '1.2.27',
      '1.2.28',
      '1.2.30',
      '3.1.1',
      '3.1.2',
      '3.2.1',
      '3.2.2',
      '4.2.13',
    ];
    for (const id of ['cis-kubernetes-v1.11.1', 'cis-kubernetes-v1.12.0']) {
      const catalog = loadCatalogs().find((candidate) => candidate.id === id) as Catalog;
      const userRows = catalog.rules.filter((rule) => rule.responsibility === 'user').map((rule) => rule.id);
      const expected = [...decidedByConfiguration, ...(id.endsWith('1.12.0') ? ['4.2.14'] : [])];
      expect(userRows.filter((rule) => !rule.startsWith('5.'))).toEqual(expected);
      expect(
        catalog.rules
          .filter((rule) => rule.id.startsWith('5.'))
          .every((rule) => rule.responsibility === 'user'),
      ).toBe(true);
      for (const rule of catalog.rules) {
        if (rule.responsibility === 'platform') {
          expect(
            rule.checks.filter((check) => !liveCheck.test(check)),
            `${id} ${rule.id}`,
          ).toEqual([]);
        }
      }
    }
  });
});

const rule = (id: string, section: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  section,
  title: `Rule ${id}`,
  aksStatus: 'Pass',
  aksReason: '',
  responsibility: 'platform',
  checks: [],
  remediation: 'Nothing to configure here; the platform does it.',
  ...extra,
});
const header = (id: string, family = 'cis-kubernetes'): Record<string, unknown> => ({
  id,
  family,
  title: `Test ${id}`,
  version: id.replace(/^cis-[a-z]+-v/, ''),
  source: 'test',
});
const base = {
  ...header('cis-kubernetes-v1.0.0'),
  kubernetes: { max: '1.31' },
  sections: [
    { id: '1', title: 'One' },
    { id: '1.1', title: 'One one' },
  ],
  rules: [rule('1.1.1', '1.1'), rule('1.1.2', '1.1'), rule('1.1.3', '1.1')],
};
const extending = (changes: unknown, id = 'cis-kubernetes-v2.0.0', baseId = 'cis-kubernetes-v1.0.0') => ({
  ...header(id),
  extends: baseId,
  changes,
});

let directory = '';
afterEach(() => rmSync(directory, { recursive: true, force: true }));

/** Writes each file (JSON is YAML too) into a fresh directory and loads that directory. */
function loadFiles(files: Record<string, unknown>): Catalog[] {
  directory = mkdtempSync(join(tmpdir(), 'catalogs-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(directory, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return loadCatalogsFrom(directory);
}

describe('loadCatalogsFrom rejects a broken catalog, naming the file', () => {
  test('a row missing a required field: the file, the row and the field', () => {
    const incomplete = rule('1.1.2', '1.1', { remediation: undefined });
    expect(() =>
      loadFiles({ 'broken.yaml': { ...base, rules: [rule('1.1.1', '1.1'), incomplete] } }),
    ).toThrow(/broken\.yaml: \/rules\/1 \(rule 1\.1\.2\) must have required property 'remediation'/);
  });

  test('an id that YAML reads as a number', () => {
    expect(() =>
      loadFiles({ 'numbers.yaml': { ...base, rules: [rule('1.1.1', '1.1', { id: 2.1 })] } }),
    ).toThrow(/numbers\.yaml: \/rules\/0\/id must be string/);
  });

  test('a field the schema does not know', () => {
    expect(() => loadFiles({ 'extra.yaml': { ...base, severity: 'high' } })).toThrow(
      /extra\.yaml: \/ must NOT have additional properties \(severity\)/,
    );
  });

  test('a YAML syntax error: the file, line and column', () => {
    expect(() => loadFiles({ 'syntax.yaml': 'id: x\nrules:\n  - id: "1"\n  bad: [\n' })).toThrow(
      /syntax\.yaml: .*\(4:\d+\)/,
    );
  });

  test('a rule under a section that is not listed', () => {
    expect(() => loadFiles({ 'orphan.yaml': { ...base, rules: [rule('1.2.1', '1.2')] } })).toThrow(
      /orphan\.yaml: rule 1\.2\.1 is in section 1\.2, which is not listed/,
    );
  });

  test('the same rule id twice', () => {
    expect(() =>
      loadFiles({ 'twice.yaml': { ...base, rules: [rule('1.1.1', '1.1'), rule('1.1.1', '1.1')] } }),
    ).toThrow(/twice\.yaml: rule 1\.1\.1 appears twice/);
  });

  test('two files with one catalog id', () => {
    expect(() => loadFiles({ 'a.yaml': base, 'b.yaml': base })).toThrow(
      /b\.yaml: catalog id cis-kubernetes-v1\.0\.0 is also used by .*a\.yaml/,
    );
  });

  test('extending a catalog that does not exist, or one of another family', () => {
    const missingBase = extending({ remove: ['1.1.1'] }, 'cis-kubernetes-v2.0.0', 'cis-kubernetes-v0.9');
    expect(() => loadFiles({ 'base.yaml': base, 'next.yaml': missingBase })).toThrow(
      /next\.yaml: extends cis-kubernetes-v0\.9, which no file in .* defines/,
    );
    const otherFamily = { ...extending({ remove: ['1.1.1'] }), ...header('cis-aks-v2.0', 'cis-aks') };
    expect(() => loadFiles({ 'base.yaml': base, 'aks.yaml': otherFamily })).toThrow(
      /aks\.yaml: extends cis-kubernetes-v1\.0\.0 of family cis-kubernetes, not cis-aks/,
    );
  });

  test('versions that extend each other', () => {
    expect(() =>
      loadFiles({
        'first.yaml': extending({ remove: ['1.1.1'] }, 'cis-kubernetes-v2.0.0', 'cis-kubernetes-v3.0.0'),
        'second.yaml': extending({ remove: ['1.1.1'] }, 'cis-kubernetes-v3.0.0', 'cis-kubernetes-v2.0.0'),
      }),
    ).toThrow(/first\.yaml: catalogs extend each other in a cycle/);
  });

  test.each([
    [{ remove: ['9.9'] }, /next\.yaml: removes 9\.9, which cis-kubernetes-v1\.0\.0 does not have/],
    [{ renumber: { '9.9': '9.8' } }, /next\.yaml: renumbers 9\.9/],
    [{ update: [{ id: '9.9', aksStatus: 'Fail' }] }, /next\.yaml: updates 9\.9/],
    [{ add: [{ after: '9.9', rules: [rule('1.1.9', '1.1')] }] }, /next\.yaml: adds rows after 9\.9/],
    [{ add: [{ after: '1.1.1', rules: [rule('1.1.2', '1.1')] }] }, /next\.yaml: rule 1\.1\.2 appears twice/],
  ])('a change the base does not fit: %o', (changes, message) => {
    expect(() => loadFiles({ 'base.yaml': base, 'next.yaml': extending(changes) })).toThrow(message);
  });
});

test('a version written as its base plus changes: remove, renumber (rows and sections), update, add', () => {
  const next = `
id: cis-kubernetes-v1.1.0
family: cis-kubernetes
title: Next
version: "1.1.0"
source: test
extends: cis-kubernetes-v1.0.0
changes:
  remove: ["1.1.1"]
  renumber: { "1.1": "1.2", "1.1.2": "1.2.1", "1.1.3": "1.2.2" }
  update: [{ id: "1.2.2", aksStatus: Fail, aksReason: "Changed." }]
  add:
    - after: "1.2.1"
      rules:
        - { id: "1.2.9", section: "1.2", title: New, aksStatus: Pass, aksReason: "", responsibility: user,
            checks: ["rbac.wildcards"], remediation: "Replace wildcards with the exact values needed." }
`;
  const [, resolved] = loadFiles({ 'base.yaml': base, 'next.yaml': next });
  expect(resolved?.id).toBe('cis-kubernetes-v1.1.0');
  expect(resolved?.kubernetes).toBeUndefined();
  expect(resolved?.sections).toEqual([
    { id: '1', title: 'One' },
    { id: '1.2', title: 'One one' },
  ]);
  expect(
    resolved?.rules.map(({ id, section, title, aksStatus, aksReason }) => [
      id,
      section,
      title,
      aksStatus,
      aksReason,
    ]),
  ).toEqual([
    ['1.2.1', '1.2', 'Rule 1.1.2', 'Pass', ''],
    ['1.2.9', '1.2', 'New', 'Pass', ''],
    ['1.2.2', '1.2', 'Rule 1.1.3', 'Fail', 'Changed.'],
  ]);
  // The base is left as it was.
  expect(loadCatalogsFrom(directory)[0]?.rules.map((row) => row.id)).toEqual(['1.1.1', '1.1.2', '1.1.3']);
});
