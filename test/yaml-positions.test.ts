import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../src/inputs/input-format.js';
import { parseKubernetesManifests } from '../src/inputs/kubernetes-yaml/index.js';
import type { KubeObject } from '../src/model/kubernetes.js';
import type { FieldPath, SourceLocation } from '../src/model/location.js';
import { packageRoot } from '../src/package-root.js';

/**
 * Every key and value position the YAML reader gives, over every fixture and example file. The
 * snapshot was first written by the earlier three-pass reader (js-yaml 5 events, constructor and
 * a separate position table) and the one-pass reader that replaced it gives the same line and
 * column for every field and object. What it changed on purpose: syntax errors are reported
 * where js-yaml 4 notices them, with its wording; a key written as an alias (`*name :`) is now
 * located; a collection used as a key is reported at the key.
 */
const root = packageRoot();
// The files the YAML reader reads: manifests (ARM, Bicep and Terraform JSON go to their own readers).
const files = globSync(
  ['test/fixtures/{kubernetes,yaml-input}/**/*.{yaml,yml,json}', 'examples/**/*.{yaml,yml}'],
  {
    cwd: root,
  },
).sort();

const at = (location: SourceLocation) =>
  `${location.line}:${location.column}${location.template === undefined ? '' : ` ${location.template}`}`;

/** `path line:column` for every field below `value`, in document order. */
function fieldPositions(object: KubeObject): string[] {
  const lines: string[] = [];
  const walk = (value: unknown, path: FieldPath): void => {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const step = Array.isArray(value) ? Number(key) : key;
      const childPath = [...path, step];
      lines.push(`${childPath.join('.')} ${at(object.locate(childPath))}`);
      walk(child, childPath);
    }
  };
  walk(object.body, []);
  return lines;
}

describe('positions of every field in every fixture and example', () => {
  it('finds the files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('%s', (file) => {
    const parsed = parseKubernetesManifests(readFileSync(join(root, file), 'utf8'), file, {
      defaultNamespace: 'default',
      limits: defaultLimits,
    });
    const summary = [
      ...parsed.errors.map((error) => `error ${error.line}:${error.column} ${error.message}`),
      ...parsed.objects.flatMap((object) => [
        `${object.kind}/${object.name} ${at(object.location)}`,
        ...fieldPositions(object).map((line) => `  ${line}`),
      ]),
    ];
    expect(summary.join('\n')).toMatchSnapshot();
  });
});
