import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../package-root.js';
import type { Catalog } from './catalog.js';
import { checks } from '../checks/registry.js';
import { catalogDocs } from './catalog-docs.js';
import { catalogValidatorPath, catalogValidatorSource } from './catalog-validator-source.js';
import { loadCatalogs } from './load-catalogs.js';

const regenerate = 'run `npx vite-node scripts/generate-docs.ts`';

describe('what is generated from rules/ is committed fresh', () => {
  test.each(catalogDocs(loadCatalogs(), checks).map((doc) => [doc.path, doc.content]))(
    '%s',
    (path, content) => {
      expect(readFileSync(join(packageRoot(), path), 'utf8'), `${path} is stale: ${regenerate}`).toBe(
        content,
      );
    },
  );

  test('docs/rules holds no page for a catalog or rule that is gone', () => {
    const expected = catalogDocs(loadCatalogs(), checks).map((doc) => doc.path.replace('docs/rules/', ''));
    const files = readdirSync(join(packageRoot(), 'docs', 'rules'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name).replace(`${join(packageRoot(), 'docs', 'rules')}/`, ''),
      );
    expect(files.sort()).toEqual(expected.sort());
  });

  test('the compiled validator matches rules/schema.json', async () => {
    expect(readFileSync(catalogValidatorPath, 'utf8'), `the validator is stale: ${regenerate}`).toBe(
      await catalogValidatorSource(),
    );
  });
});

describe('catalog pages', () => {
  const catalog: Catalog = {
    id: 'cis-kubernetes-v9.9.9',
    family: 'cis-kubernetes',
    title: 'Test benchmark',
    version: '9.9.9',
    source: 'a test',
    kubernetes: { min: '1.29', max: '1.31' },
    sections: [
      { id: '5', title: 'Policies' },
      { id: '5.1', title: 'RBAC' },
      { id: '5.2', title: 'Pods' },
    ],
    rules: [
      {
        id: '5.1.1',
        section: '5.1',
        title: 'Minimize a | b',
        assessment: 'Automated',
        level: 'L1',
        aksStatus: 'Depends on Environment',
        aksReason: 'Up to\nyou',
        responsibility: 'user',
        remediation: 'Do the thing.',
        checks: ['rbac.wildcards', 'rbac.create-pods'],
      },
      {
        id: '5.2.1',
        section: '5.2',
        title: 'Second',
        aksStatus: 'Pass',
        aksReason: '',
        responsibility: 'platform',
        remediation: 'Nothing.',
        checks: [],
      },
    ],
  };
  const [index, page, firstRule, secondRule] = catalogDocs(
    [
      {
        ...catalog,
        rules: catalog.rules.map((rule) =>
          rule.id === '5.1.1' ? { ...rule, fix: { terraform: 'Set `x = false`.' } } : rule,
        ),
      },
    ],
    [{ id: 'rbac.wildcards', description: 'Roles that use wildcards.', reads: ['Role'] }],
  );

  test('one page per rule: how it is decided, by which check and input, the attestation and the fix', () => {
    expect(firstRule?.path).toBe('docs/rules/cis-kubernetes-v9.9.9/5.1.1.md');
    const content = firstRule?.content ?? '';
    expect(content).toContain('# 5.1.1 Minimize a | b\n');
    expect(content).toContain(
      'Test benchmark (`cis-kubernetes-v9.9.9`), section 5.1 RBAC. Automated, level L1.\nSuppressions and SARIF name it `cis-kubernetes:5.1.1`.',
    );
    expect(content).toContain(
      '- `rbac.wildcards`: Roles that use wildcards. Reads Kubernetes objects (Role) from YAML, Helm output',
    );
    expect(content).toContain('- `rbac.create-pods`: see src/checks');
    expect(content).toContain("## Microsoft's AKS attestation\n\nDepends on Environment: Up to\nyou");
    expect(content).toContain('## Fix\n\nDo the thing.\n\n- Terraform: Set `x = false`.\n');
    expect(secondRule?.content).toContain('AKS owns this row');
  });

  test('one page per catalog, with its section headings and one row per rule', () => {
    expect(page?.path).toBe('docs/rules/cis-kubernetes-v9.9.9.md');
    const tableRows = page?.content
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| CIS'));
    expect(tableRows).toEqual([
      '| **5** | **Policies** | | | | | | |',
      '| **5.1** | **RBAC** | | | | | | |',
      '| [5.1.1](cis-kubernetes-v9.9.9/5.1.1.md) | Minimize a \\| b | Automated | L1 | Depends on Environment: Up to you | user | `rbac.wildcards`, `rbac.create-pods` | Do the thing. |',
      '| **5.2** | **Pods** | | | | | | |',
      '| [5.2.1](cis-kubernetes-v9.9.9/5.2.1.md) | Second |  |  | Pass | platform |  | Nothing. |',
    ]);
    expect(page?.content).toContain('- Kubernetes versions: 1.29 to 1.31');
  });

  test('an index that links every page', () => {
    expect(index?.path).toBe('docs/rules/README.md');
    expect(index?.content).toContain(
      '| [`cis-kubernetes-v9.9.9`](cis-kubernetes-v9.9.9.md) | Test benchmark | 1.29 to 1.31 | 2 | 1 |',
    );
  });
});
