import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../package-root.js';
import type { Catalog } from './catalog.js';
import { catalogDocs } from './catalog-docs.js';
import { catalogValidatorPath, catalogValidatorSource } from './catalog-validator-source.js';
import { loadCatalogs } from './load-catalogs.js';

const regenerate = 'run `npx vite-node scripts/generate-docs.ts`';

describe('what is generated from rules/ is committed fresh', () => {
  test.each(catalogDocs(loadCatalogs()).map((doc) => [doc.path, doc.content]))('%s', (path, content) => {
    expect(readFileSync(join(packageRoot(), path), 'utf8'), `${path} is stale: ${regenerate}`).toBe(content);
  });

  test('docs/rules holds no page for a catalog that is gone', () => {
    const expected = catalogDocs(loadCatalogs()).map((doc) => doc.path.replace('docs/rules/', ''));
    expect(readdirSync(join(packageRoot(), 'docs', 'rules')).sort()).toEqual(expected.sort());
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
  const [index, page] = catalogDocs([catalog]);

  test('one page per catalog, with its section headings and one row per rule', () => {
    expect(page?.path).toBe('docs/rules/cis-kubernetes-v9.9.9.md');
    const tableRows = page?.content
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| CIS'));
    expect(tableRows).toEqual([
      '| **5** | **Policies** | | | | | | |',
      '| **5.1** | **RBAC** | | | | | | |',
      '| 5.1.1 | Minimize a \\| b | Automated | L1 | Depends on Environment: Up to you | user | `rbac.wildcards`, `rbac.create-pods` | Do the thing. |',
      '| **5.2** | **Pods** | | | | | | |',
      '| 5.2.1 | Second |  |  | Pass | platform |  | Nothing. |',
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
