import { expect, test } from 'vitest';
import { quietClientLibraryDeprecations } from './library-deprecations.js';

test('drops the two deprecations of the client library and passes every other warning on', () => {
  // What the wrapper passes on goes to this recorder, not to Node (which would print it).
  const passedOn: unknown[][] = [];
  const nodeEmitWarning = process.emitWarning;
  process.emitWarning = (...args: unknown[]) => passedOn.push(args);
  try {
    quietClientLibraryDeprecations();
    const quiet = process.emitWarning;
    quietClientLibraryDeprecations(); // a second live scan in the same process wraps nothing twice
    expect(process.emitWarning).toBe(quiet);
    process.emitWarning('punycode', 'DeprecationWarning', 'DEP0040');
    process.emitWarning('url.parse', { type: 'DeprecationWarning', code: 'DEP0169' });
    process.emitWarning('another', 'DeprecationWarning', 'DEP0005');
    process.emitWarning('options form', { type: 'DeprecationWarning', code: 'DEP0044' });
    process.emitWarning('no code at all');
  } finally {
    process.emitWarning = nodeEmitWarning;
  }
  expect(passedOn).toEqual([
    ['another', 'DeprecationWarning', 'DEP0005'],
    ['options form', { type: 'DeprecationWarning', code: 'DEP0044' }],
    ['no code at all'],
  ]);
});
