import fc from 'fast-check';
import { loadAll } from 'js-yaml-4';
import { describe, expect, it } from 'vitest';
import { generateManifestStream } from '../../../bench/generate-manifests.js';
import type { FieldPath } from '../../model/location.js';
import { kubernetesSchema } from './kubernetes-schema.js';
import { PlainLocator } from './plain-locator.js';
import { PositionRecorder, offsetOf } from './positions.js';
import { splitDocuments } from './split-documents.js';

/** The recorder's answer for every path, as the reader reads a plain document again. */
function recorded(text: string) {
  const recorder = new PositionRecorder(1000);
  recorder.startSlice(0);
  const [value] = loadAll(text, null, { schema: kubernetesSchema, json: true, listener: recorder.listener });
  const [document] = recorder.documents;
  if (document === undefined) throw new Error('no document');
  return {
    value,
    at: (path: FieldPath) => offsetOf(document.root, document.start, path),
    start: document.start,
  };
}

/** Every path in `value`, and beside each some that are not there or go past a scalar. */
function pathsOf(value: unknown): FieldPath[] {
  const paths: FieldPath[] = [[], ['missing'], [0]];
  const walk = (node: unknown, path: FieldPath): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      const step = Array.isArray(node) ? Number(key) : key;
      const childPath = [...path, step];
      paths.push(
        childPath,
        [...childPath, 'missing'],
        [...childPath, 0],
        [...path, Array.isArray(node) ? 99 : 'zz'],
      );
      walk(child, childPath);
    }
  };
  walk(value, []);
  return paths;
}

interface Compared {
  answered: number;
  asked: number;
}

/** Compares the locator with the recorder on every path of a one-document text; undefined when the text is no plain document. */
function compare(text: string): Compared | undefined {
  let reference;
  try {
    reference = recorded(text);
  } catch {
    return undefined;
  }
  const slices = splitDocuments(text);
  if (slices.length !== 1 || !slices[0]?.plain) return undefined;
  const compared = { answered: 0, asked: 0 };
  for (const path of pathsOf(reference.value)) {
    // A locator for each path: one gives up after a few walks over its document.
    const found = PlainLocator.of(text, reference.start, text.length)?.offsetOf(path);
    compared.asked += 1;
    if (found === undefined) continue;
    compared.answered += 1;
    expect({ path, offset: found }).toEqual({ path, offset: reference.at(path) });
  }
  return compared;
}

// Documents built from the layouts YAML allows, and the ones the locator must refuse.
const keys = fc.oneof(
  {
    arbitrary: fc.constantFrom('a', 'b', 'name', 'spec', 'x.y/z', 'k-1', '_u', 'constructor', '1'),
    weight: 20,
  },
  {
    arbitrary: fc.constantFrom(
      'yes',
      'on',
      '0x1F',
      'null',
      '"a"',
      "'b'",
      'a b',
      '__proto__',
      'y',
      'a#b',
      'a :',
    ),
    weight: 1,
  },
);
/** Scalars; more rarely, ones over several lines: `\n` is followed by the continuation's indentation, `+` more than the parent's, `0` none. */
const tameScalars = [
  'v',
  'hello world',
  '1',
  'yes',
  '~',
  '"q"',
  "'s'",
  '"a: b"',
  "'it''s'",
  '"es\\"c"',
  '[a, b]',
  '{a: 1}',
  '[]',
  '{}',
  '["x", "y"]',
  "['a]', b]",
  '[a, [b, c]]',
  'a # c',
  'x:y',
  "it's",
  'a [b',
];
const nastyScalars = [
  '',
  '"two\n0lines"',
  '"two\n+lines"',
  "'two\n0b: c'",
  '"esc\\\n0aped"',
  '[a,\n0b]',
  '{a: 1,\n+b: 2}',
  'first\n+second',
  '|\n+block\n+- item\n+key: v\n+"open',
  '>-\n+folded\n\n+  more',
  '|2\n+  two',
  'a\tb',
];

type Tree =
  | { kind: 'scalar'; text: string }
  | { kind: 'map'; entries: { key: string; value: Tree; comment: number }[]; indent: number }
  | {
      kind: 'seq';
      items: { value: Tree; spaces: number; below: boolean }[];
      indent: number;
      compact: boolean;
    };

const trees = fc.letrec<{ node: Tree; scalar: Tree; map: Tree; seq: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('scalar'), tie('map'), tie('seq')),
  scalar: fc.record({
    kind: fc.constant('scalar' as const),
    text: fc.oneof(
      { arbitrary: fc.constantFrom(...tameScalars), weight: 30 },
      { arbitrary: fc.constantFrom(...nastyScalars), weight: 1 },
    ),
  }),
  map: fc.record({
    kind: fc.constant('map' as const),
    entries: fc.array(
      fc.record({ key: keys, value: tie('node'), comment: fc.integer({ min: -1, max: 6 }) }),
      { minLength: 1, maxLength: 3 },
    ),
    indent: fc.integer({ min: 1, max: 3 }),
  }),
  seq: fc.record({
    kind: fc.constant('seq' as const),
    items: fc.array(
      fc.record({
        value: tie('node'),
        spaces: fc.integer({ min: 1, max: 3 }),
        below: fc.constantFrom(false, false, false, false, false, false, false, true),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    indent: fc.integer({ min: 0, max: 2 }),
    compact: fc.boolean(),
  }),
}));

const pad = (width: number) => ' '.repeat(Math.max(0, width));

function scalarText(text: string, parent: number): string {
  return text.replaceAll(/\n([0+]?)/g, (_, mark: string) => `\n${mark === '0' ? '' : pad(parent + 2)}`);
}

/** `tree` as the value of a key or item whose line has indentation `parent`; `inline`: what follows `key:` or `- `. */
function render(tree: Tree, parent: number, column: number, afterDash: boolean): string {
  if (tree.kind === 'scalar') return tree.text === '' ? '' : ` ${scalarText(tree.text, parent)}`;
  if (tree.kind === 'map') {
    const lines = tree.entries.map(({ key, value, comment }, index) => {
      const at = afterDash && index === 0 ? '' : pad(column);
      const note = comment >= 0 ? `${pad(comment)}# note\n` : '';
      return `${index === 0 && afterDash ? '' : note}${at}${key}:${render(value, column, column + tree.indent, false)}`;
    });
    return afterDash ? lines.join('\n') : `\n${lines.join('\n')}`;
  }
  const column2 = afterDash ? column : tree.compact ? parent : column;
  const lines = tree.items.map(({ value, spaces, below }, index) => {
    const at = afterDash && index === 0 ? '' : pad(column2);
    if (value.kind === 'scalar')
      return `${at}-${value.text === '' ? '' : pad(spaces - 1)}${render(value, column2, column2 + 2, false)}`;
    if (below) return `${at}-${render(value, column2, column2 + spaces + 1, false)}`;
    return `${at}-${pad(spaces)}${render(value, column2, column2 + 1 + spaces, true)}`;
  });
  return afterDash ? lines.join('\n') : `\n${lines.join('\n')}`;
}

const documents = trees.map.map((tree) => `${render(tree, -1, 0, false).slice(1)}\n`);

describe("the plain locator gives the recorder's offsets", () => {
  it('on generated documents, or declines', () => {
    let answered = 0;
    let asked = 0;
    let parsed = 0;
    fc.assert(
      fc.property(documents, (text) => {
        const compared = compare(text);
        if (compared === undefined) return;
        parsed += 1;
        answered += compared.answered;
        asked += compared.asked;
      }),
      { numRuns: 4000 },
    );
    // Most generated documents parse, and the locator answers most of what is asked of them.
    expect(parsed).toBeGreaterThan(1000);
    expect(answered / asked).toBeGreaterThan(0.1);
  });

  it('on the bench stream, answering every position but those inside flow collections', () => {
    const text = generateManifestStream(600);
    let answered = 0;
    let asked = 0;
    for (const slice of splitDocuments(text).filter((each) => each.hasContent)) {
      const compared = compare(text.slice(slice.start, slice.end));
      expect(compared).toBeDefined();
      answered += compared?.answered ?? 0;
      asked += compared?.asked ?? 0;
    }
    // The Roles' rules hold flow collections (`verbs: [get, watch]`): a path into one is read again.
    expect(answered / asked).toBeGreaterThan(0.9);
  });

  it.each([
    ['a quoted scalar whose next line reads as a key', 'a: "one\nb: two"\nb: 3\n', ['b']],
    ['a flow collection over two lines', 'a: [x,\nb: y]\nb: 3\n', ['b']],
    ['a tab', 'a:\tx\nb: 3\n', ['b']],
    ['a carriage return', 'a: x\r\nb: 3\r\n', ['b']],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', ['a']],
    ['a key that reads as another', 'true: 1\nyes: 2\n', ['true']],
    ['a quoted key on the path', '"a": {b: 1}\nc: 2\n', ['a']],
    ['a flow collection on the path', 'a: {b: 1}\n', ['a', 'b']],
    ['an empty sequence entry', 'a:\n  -\n  - x\n', ['a', 1]],
    ['__proto__', '__proto__: 1\n', ['__proto__']],
    ['content on the marker line', '--- a\n', ['a']],
  ])('declines %s', (_, text, path) => {
    const start = text.startsWith('---') ? 4 : 0;
    expect(PlainLocator.of(text, start, text.length)?.offsetOf(path)).toBeUndefined();
  });

  it('stops at a key whose value is a scalar, as the recorder does', () => {
    const text = 'a: |\n  b: 1\nc:\n  >\n  d: 2\n';
    expect(compare(text)).toEqual({ answered: expect.any(Number), asked: expect.any(Number) });
    expect(PlainLocator.of(text, 0, text.length)?.offsetOf(['a', 'b'])).toBe(0);
  });
});

describe('the plain locator on hostile text', () => {
  it('never throws, whatever the text and path', () => {
    const text = fc.stringMatching(/^[-a-c :#"'[\]{}|>\n\t\\]*$/);
    const path = fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: -1, max: 3 })), {
      maxLength: 5,
    });
    fc.assert(
      fc.property(text, path, fc.nat(), (source, steps, start) => {
        PlainLocator.of(source, start % (source.length + 1), source.length)?.offsetOf(steps);
      }),
      { numRuns: 5000 },
    );
  });

  it('gives up after a few walks over a document: the caller then reads it once', () => {
    const text = `${Array.from({ length: 2000 }, (_, index) => `k${index}: ${index}`).join('\n')}\n`;
    const locator = PlainLocator.of(text, 0, text.length);
    const answers = Array.from({ length: 40 }, () => locator?.offsetOf(['k1999']));
    expect(answers[0]).toBe(text.indexOf('k1999'));
    expect(answers.filter((answer) => answer !== undefined).length).toBeLessThanOrEqual(16);
    expect(answers[39]).toBeUndefined();
  });
});
