import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../input-format.js';
import type { FieldPath, FileLocation } from '../../model/location.js';
import { parseKubernetesManifests } from './parse-manifests.js';

/**
 * Each document counts its lines from its own start, in the text the loader read (line-index.ts),
 * and a plain run's documents start on the lines the loader counted: an object's and a field's line
 * and column must still be where its key is written in the file, whatever came before it (runs
 * read at once or one by one, Lists, errors, CRLF, a lone carriage return, lines longer than 64 KiB).
 */
const long = 'x'.repeat(70_000);
const documents = [
  (n: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain${n}\ndata:\n  key: "${n}"\n`,
  (n: number) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n anchored${n}\n  labels:\n    app: *n\n`,
  (n: number) =>
    `apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: item${n}\n`,
  (n: number) => `# ${long}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: long${n}\n`,
  () => `kindless: ${long}\n`,
  () => 'broken: [\n',
  () => '# only a comment\n',
  // The loader ends a line at a lone carriage return too; the file's lines are counted in line feeds.
  () => '# a comment\r# and another\n',
];
const markers = ['---\n', '--- # comment\n', '---\n# Source: chart/templates/a.yaml\n', '...\n---\n'];

/** The key that names a path's last step, where its location must point. */
const keyAt = (text: string, { line, column }: FileLocation) =>
  (text.split('\n')[line - 1] ?? '').slice(column - 1);

describe("fields' lines in a stream, counted per document", () => {
  it('puts every located field at its key, and every error on a line of its document', () => {
    const stream = fc.array(fc.tuple(fc.constantFrom(...markers), fc.nat(documents.length - 1)), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(stream, fc.boolean(), (parts, crlf) => {
        const lf = parts
          .map(([marker, kind], n) => `${marker}${(documents[kind] as (n: number) => string)(n)}`)
          .join('');
        const text = crlf ? lf.replaceAll('\n', '\r\n') : lf;
        const parsed = parseKubernetesManifests(text, 'stream.yaml', {
          defaultNamespace: 'default',
          limits: { ...defaultLimits, maxFileBytes: 10_000_000 },
        });
        for (const object of parsed.objects) {
          expect(keyAt(text, object.location as FileLocation)).toMatch(/^apiVersion:/);
          const paths: FieldPath[] = [['metadata', 'name'], ['kind'], ['apiVersion']];
          for (const path of paths) {
            const location = object.locate(path) as FileLocation;
            expect(keyAt(text, location)).toMatch(new RegExp(`^${path[path.length - 1] as string}:`));
          }
        }
        for (const error of parsed.errors) {
          const line = text.split('\n')[(error.line as number) - 1] ?? '';
          if (error.message.includes('neither apiVersion nor kind')) expect(line).toMatch(/^kindless:/);
          else expect(line).toMatch(/^(broken: \[|---|\.\.\.)/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("a plain run's roots, placed from the loader's lines", () => {
  // Roots that do not start a line (on the marker's line, after a tag or a directive), a literal
  // root, an end marker and empty documents between: a file with a carriage return counts its lines
  // again rather than take the loader's, and must put everything in the same places.
  const stream = [
    '%YAML 1.1',
    '--- !!map',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: tagged}',
    '--- {apiVersion: v1, kind: ConfigMap,',
    '  metadata: {name: flow}}',
    '--- |',
    '  a literal root',
    '...',
    '---',
    '# only a comment',
    '---\t# a tab',
    '',
    '  apiVersion: v1',
    '  kind: ConfigMap',
    '  metadata:',
    '    name: indented',
    '',
  ].join('\n');
  const places = (text: string) => {
    const parsed = parseKubernetesManifests(text, 'stream.yaml', {
      defaultNamespace: 'default',
      limits: defaultLimits,
    });
    return {
      objects: parsed.objects.map((object) => [
        object.name,
        object.location,
        object.locate(['metadata', 'name']),
      ]),
      errors: parsed.errors,
    };
  };

  it('puts roots and fields where the lines counted again put them', () => {
    const lf = places(`# a heading\n${stream}`);
    expect(lf.objects.map(([, location]) => location)).toEqual([
      { file: 'stream.yaml', line: 4, column: 1 },
      { file: 'stream.yaml', line: 7, column: 5 },
      { file: 'stream.yaml', line: 16, column: 3 },
    ]);
    expect(lf.errors).toEqual([
      { file: 'stream.yaml', line: 9, column: 5, message: 'document has neither apiVersion nor kind' },
    ]);
    // A lone carriage return: the file's lines are the same, the loader's are not.
    expect(places(`# a\r heading\n${stream}`)).toEqual(lf);
    expect(places(`\uFEFF# a heading\r\n${stream.replaceAll('\n', '\r\n')}`)).toEqual(lf);
  });
});
