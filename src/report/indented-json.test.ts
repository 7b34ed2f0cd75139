import fc from 'fast-check';
import { expect, test } from 'vitest';
import { joinedPieces, MappedArray, writeIndentedJson, writeInPieces } from './indented-json.js';

/** What the pieces make together. */
const stringifyInPieces = (value: unknown): string => joinedPieces((write) => writeInPieces(value, write));

const nested = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(undefined, () => 1, new Date(0), 'line\nbreak'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
    fc
      .array(tie('value'), { maxLength: 4 })
      .map((items) => new MappedArray(items, (item) => (item === undefined ? undefined : { item }))),
  ),
}));

test('the report written in pieces is byte for byte JSON.stringify with indentation', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), nested.value), (value) => {
      expect(stringifyInPieces(value)).toBe(JSON.stringify(value, null, 2));
    }),
    { numRuns: 2000 },
  );
});

test('long arrays, mapped arrays and objects of many keys, written some members at a time, are byte for byte JSON.stringify', () => {
  const member = fc.oneof(
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom(undefined, () => 1, new Date(0)),
  );
  const long = fc
    .array(member, { maxLength: 200, size: 'max' })
    .chain((items) =>
      fc.constantFrom(
        items,
        new MappedArray(items, (item) => (typeof item === 'number' ? undefined : { item })),
      ),
    );
  const holding = fc.dictionary(fc.string(), fc.oneof(long, member), { maxKeys: 150, size: 'max' });
  fc.assert(
    fc.property(fc.array(fc.oneof(long, holding), { maxLength: 3 }), (value) => {
      expect(stringifyInPieces(value)).toBe(JSON.stringify(value, null, 2));
    }),
    { numRuns: 100 },
  );
});

test('an undefined member is left out of an object and written as null in an array, as JSON.stringify does', () => {
  const value = {
    kept: [undefined, 1],
    dropped: undefined,
    mapped: new MappedArray([1, 2], (item) => (item === 1 ? undefined : item)),
    empty: {},
    none: new MappedArray([], () => 1),
  };
  expect(stringifyInPieces(value)).toBe(
    '{\n  "kept": [\n    null,\n    1\n  ],\n  "mapped": [\n    null,\n    2\n  ],\n  "empty": {},\n  "none": []\n}',
  );
});

test('a mapped array is made and written a few dozen items at a time; a small document is one piece', () => {
  const made: number[] = [];
  const pieces: string[] = [];
  const items = Array.from({ length: 1000 }, (_, index) => index);
  writeInPieces(
    {
      findings: new MappedArray(items, (item) => {
        made.push(pieces.length);
        return { item };
      }),
    },
    (piece) => pieces.push(piece),
  );
  // The last item is made after most of the others were written.
  expect(made.at(-1)).toBeGreaterThan(10);
  expect(Math.max(...pieces.map((piece) => piece.split('"item"').length - 1))).toBeLessThanOrEqual(64);
  const small: string[] = [];
  writeInPieces({ rules: [{ id: '1', findings: new MappedArray([], () => 1) }] }, (piece) =>
    small.push(piece),
  );
  expect(small).toHaveLength(1);
});

test('a document of a piece of mapped items or fewer is one JSON.stringify; more go in pieces; the same bytes', () => {
  const document = (count: number) => ({
    rules: Array.from({ length: 150 }, (_, index) => ({ id: `${index}` })),
    findings: new MappedArray(
      Array.from({ length: count }, (_, index) => index),
      (item) => ({ item }),
    ),
  });
  for (const [count, one] of [
    [0, true],
    [64, true],
    [65, false],
  ] as const) {
    const pieces: string[] = [];
    writeIndentedJson(document(count), count, (piece) => pieces.push(piece));
    expect(pieces.length === 1).toBe(one);
    expect(pieces.join('')).toBe(JSON.stringify(document(count), null, 2));
  }
});
