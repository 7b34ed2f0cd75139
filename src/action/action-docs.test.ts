import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../package-root.js';
import { actionUses, renderActionDocs, replaceGeneratedSection } from './action-docs.js';

const read = (path: string) => readFileSync(join(packageRoot(), path), 'utf8');

describe("the README's usage section", () => {
  test('is what action.yml generates (run `npx vite-node scripts/generate-action-docs.ts`)', () => {
    const committed = read('README.md');
    const update = replaceGeneratedSection(committed, renderActionDocs(read('action.yml'), actionUses));
    expect(update).toEqual({ ok: true, document: committed });
  });

  test('lists every input with its default and every output', () => {
    const docs = renderActionDocs(
      [
        'name: x',
        'inputs:',
        '  level:',
        '    description: Which rules | count.',
        '    default: L2',
        'outputs:',
        '  passed:',
        '    description: Whether | it passed.',
      ].join('\n'),
      actionUses,
    );
    expect(docs).toContain("    # Which rules | count.\n    # Default: L2\n    level: ''\n```");
    expect(docs).toContain('| `passed` | Whether \\| it passed. |');
  });

  test('a document without the markers is an error', () => {
    expect(replaceGeneratedSection('# no markers', 'x')).toEqual({
      ok: false,
      message: 'the document has no <!-- action-docs:start --> … <!-- action-docs:end --> section',
    });
  });
});
