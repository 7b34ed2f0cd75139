import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryPoints, layers, orchestration } from '../eslint.config.js';
import { packageRoot } from '../src/package-root.js';

const map = readFileSync(join(packageRoot(), 'docs', 'architecture.md'), 'utf8');
const layerTable = map.slice(map.indexOf('<!-- layers:start -->'), map.indexOf('<!-- layers:end -->'));

describe('docs/architecture.md, the lint rule and src/ agree', () => {
  test('the map lists the layers in the order the lint rule enforces', () => {
    const documented = [...layerTable.matchAll(/^\| `([a-z-]+)\/` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual(layers);
  });

  test('every folder of src/ is a layer, orchestration or an entry point', () => {
    const folders = readdirSync(join(packageRoot(), 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(
      [...layers, ...orchestration, ...entryPoints].filter((name) => name !== 'scan').sort(),
    );
  });

  test('no test support under src/: every non-test module there is product code', () => {
    const testSupport = (directory: string): string[] =>
      readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testSupport(path);
        return entry.name.endsWith('.ts') &&
          !entry.name.endsWith('.test.ts') &&
          /from 'vitest'/.test(readFileSync(path, 'utf8'))
          ? [path]
          : [];
      });
    expect(testSupport(join(packageRoot(), 'src'))).toEqual([]);
  });
});
