import fc from 'fast-check';
import { expect, test } from 'vitest';
import { joinedPieces, MappedArray, writeInPieces } from './indented-json.js';

/** What the pieces make together. */
const stringifyInPieces = (value: unknown, levels: number): string =>
  joinedPieces((write) => writeInPieces(value, levels, write));

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

test('the report written in pieces is byte for byte JSON.stringify with indentation, at every depth of pieces', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), nested.value), fc.nat({ max: 7 }), (value, levels) => {
      expect(stringifyInPieces(value, levels)).toBe(JSON.stringify(value, null, 2));
    }),
    { numRuns: 2000 },
  );
});

test('an undefined member is left out of an object and written as null in an array, as JSON.stringify does', () => {
  const value = { kept: [undefined, 1], dropped: undefined, empty: {}, none: [] };
  expect(stringifyInPieces(value, 3)).toBe(
    '{\n  "kept": [\n    null,\n    1\n  ],\n  "empty": {},\n  "none": []\n}',
  );
});
